package vn.hungyen.snv.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The reported percentages and K are {@code BigDecimal.divide} in {@link TaskCriteria#REPORTING_PRECISION}; the
 * quicker exact path must give the same value and the same scale (the API shows both), whatever the operands.
 */
class TaskCriteriaTest {

    @Test
    void quotientIsTheOneBigDecimalGivesValueAndScale() {
        Random random = new Random(540);
        int exact = 0;
        for (int i = 0; i < 200_000; i++) {
            BigDecimal dividend = operand(random, true);
            BigDecimal divisor = operand(random, false);
            BigDecimal expected = dividend.divide(divisor, TaskCriteria.REPORTING_PRECISION);
            BigDecimal actual = TaskCriteria.reportingQuotient(dividend, divisor);
            assertThat(actual).as("%s / %s", dividend, divisor).isEqualTo(expected);
            assertThat(actual.scale()).as("scale of %s / %s", dividend, divisor).isEqualTo(expected.scale());
            if (expected.precision() < 19) {
                exact++;
            }
        }
        assertThat(exact).as("operands that take the exact path").isGreaterThan(50_000);
    }

    @Test
    void repeatingAndHugeQuotientsAreRoundedAsBefore() {
        BigDecimal third = TaskCriteria.reportingQuotient(BigDecimal.valueOf(100), BigDecimal.valueOf(3));
        assertThat(third).isEqualTo(new BigDecimal("33.33333333333333333333333333333333"));
        BigDecimal huge = new BigDecimal(BigInteger.TEN.pow(40).add(BigInteger.ONE));
        assertThat(TaskCriteria.reportingQuotient(huge, BigDecimal.valueOf(7)))
                .isEqualTo(huge.divide(BigDecimal.valueOf(7), TaskCriteria.REPORTING_PRECISION));
        assertThat(TaskCriteria.reportingQuotient(new BigDecimal("1E+18"), new BigDecimal("8")))
                .isEqualTo(new BigDecimal("1.25E+17"));
    }

    @Test
    void percentagesOfOneProductAreItsShares() {
        TaskCriteria criteria = new TaskCriteria(new BigDecimal("1.5"), new BigDecimal("1.5"),
                new BigDecimal("1.35"), BigDecimal.ZERO);
        assertThat(criteria.a()).isEqualTo(new BigDecimal("100"));
        assertThat(criteria.b()).isEqualTo(new BigDecimal("90.0"));
        assertThat(criteria.c()).isEqualTo(new BigDecimal("0E+1"));
    }

    /** Weights, points and sums as a month has them, zeros, signs and unusual scales. */
    private static BigDecimal operand(Random random, boolean zeroAllowed) {
        long unscaled = switch (random.nextInt(4)) {
            case 0 -> random.nextInt(10);
            case 1 -> random.nextInt(100_000);
            case 2 -> random.nextLong() >> random.nextInt(64);
            default -> (long) random.nextInt(50) * (random.nextBoolean() ? 1 : 5) * (random.nextBoolean() ? 1 : 8);
        };
        if (random.nextInt(20) == 0) {
            unscaled = -unscaled;
        }
        if (unscaled == 0 && !zeroAllowed) {
            unscaled = 1 + random.nextInt(9);
        }
        return BigDecimal.valueOf(unscaled, random.nextInt(8) - 2);
    }
}
