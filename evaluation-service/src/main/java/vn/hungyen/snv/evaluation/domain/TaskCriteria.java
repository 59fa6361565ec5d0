package vn.hungyen.snv.evaluation.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The task criteria a (quantity), b (quality) and c (timeliness) of scoring-hy540 §3, kept as exact
 * weighted sums so that no rounding happens before S.
 *
 * <p>a = 100·Σwᵢqᵢ/W, b = 100·Σwᵢbᵢ/W, c = 100·Σwᵢcᵢ/W. The percentages returned by {@link #a()},
 * {@link #b()} and {@link #c()} are exact when the decimal terminates and otherwise carry
 * {@link #REPORTING_PRECISION} significant digits; S never goes through them.
 *
 * @param totalWeight      W = Σwᵢ, positive
 * @param quantityPoints   Σwᵢqᵢ
 * @param qualityPoints    Σwᵢbᵢ
 * @param timelinessPoints Σwᵢcᵢ
 */
public record TaskCriteria(BigDecimal totalWeight, BigDecimal quantityPoints, BigDecimal qualityPoints,
                           BigDecimal timelinessPoints) {

    /** Precision of the reported percentages and of K when their decimals do not terminate. */
    public static final MathContext REPORTING_PRECISION = new MathContext(34, RoundingMode.HALF_UP);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The largest power of ten a quotient is scaled by in {@link #reportingQuotient}'s exact path. */
    private static final int MAX_EXACT_RAISE = 18;

    /** The most digits an unscaled value has for {@link #reportingQuotient}'s exact path: it fits a {@code long}. */
    private static final int MAX_LONG_DIGITS = 18;

    public TaskCriteria {
        Objects.requireNonNull(totalWeight, "totalWeight");
        Objects.requireNonNull(quantityPoints, "quantityPoints");
        Objects.requireNonNull(qualityPoints, "qualityPoints");
        Objects.requireNonNull(timelinessPoints, "timelinessPoints");
        if (totalWeight.signum() <= 0) {
            throw new IllegalArgumentException("W must be positive; W = 0 means no task data: " + totalWeight);
        }
    }

    /** Quantity a, 0–100. */
    public BigDecimal a() {
        return percent(quantityPoints);
    }

    /** Quality b, 0–100. */
    public BigDecimal b() {
        return percent(qualityPoints);
    }

    /** Timeliness c, 0–100. */
    public BigDecimal c() {
        return percent(timelinessPoints);
    }

    /** Σ of the three criteria's points, the numerator of (a + b + c) × W / 100. */
    BigDecimal pointsSum() {
        return quantityPoints.add(qualityPoints).add(timelinessPoints);
    }

    /** Exactly c &lt; {@code threshold}, without going through a rounded c. */
    boolean timelinessBelow(BigDecimal threshold) {
        return timelinessPoints.multiply(HUNDRED).compareTo(threshold.multiply(totalWeight)) < 0;
    }

    private BigDecimal percent(BigDecimal points) {
        return reportingQuotient(points.multiply(HUNDRED), totalWeight);
    }

    /**
     * {@code dividend.divide(divisor, REPORTING_PRECISION)}, the same value and scale, without its cost when the
     * quotient terminates within a {@code long}: {@code BigDecimal} divides in 34 digits of {@code BigInteger} and
     * then strips the trailing zeros one division by ten at a time, which a month pays for every product. The exact
     * quotient is the one {@code BigDecimal} returns then: the exact value at the smallest scale not below the
     * preferred one, {@code dividend.scale() - divisor.scale()}.
     */
    static BigDecimal reportingQuotient(BigDecimal dividend, BigDecimal divisor) {
        long scale = (long) dividend.scale() - divisor.scale();
        if (divisor.signum() != 0 && dividend.precision() <= MAX_LONG_DIGITS && divisor.precision() <= MAX_LONG_DIGITS
                && Math.abs(scale) < Integer.MAX_VALUE - MAX_EXACT_RAISE) {
            long numerator = unscaled(dividend);
            long denominator = unscaled(divisor);
            for (int raise = 0; raise <= MAX_EXACT_RAISE; raise++) {
                if (numerator % denominator == 0) {
                    return BigDecimal.valueOf(numerator / denominator, (int) scale + raise);
                }
                if (Math.abs(numerator) > Long.MAX_VALUE / 10) {
                    break;
                }
                numerator *= 10;
            }
        }
        return dividend.divide(divisor, REPORTING_PRECISION);
    }

    /**
     * The unscaled value of a decimal of at most {@value #MAX_LONG_DIGITS} digits, without the {@code BigInteger}
     * that {@link BigDecimal#unscaledValue()} makes: the same digits at scale 0 are held as a {@code long}.
     */
    private static long unscaled(BigDecimal value) {
        return value.scaleByPowerOfTen(value.scale()).longValue();
    }
}
