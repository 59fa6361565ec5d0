package vn.hungyen.snv.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hungyen.snv.evaluation.domain.Fixtures.all;
import static vn.hungyen.snv.evaluation.domain.Fixtures.at10;
import static vn.hungyen.snv.evaluation.domain.Fixtures.dec;
import static vn.hungyen.snv.evaluation.domain.Fixtures.done;
import static vn.hungyen.snv.evaluation.domain.Fixtures.unfinished;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The score formula of scoring-hy540 §3 beyond the worked examples. */
class ScoreCalculatorTest {

    private final ScoreCalculator calculator = new ScoreCalculator(ScoringSettings.defaults());

    @Test
    void leaderScore_averagesSixCriteria() {
        TaskCriteria criteria = calculator.criteria(all(done("p", 3), unfinished("f", 1))).orElseThrow();

        Score score = calculator.leaderScore(dec("25"), criteria,
                new LeaderCriteria(dec("50"), dec("75"), dec("100")));

        assertThat(score.leaderCriteria()).isPresent();
        // 0.70 × (75 + 75 + 75 + 50 + 75 + 100) / 6 = 52.5
        assertThat(score.k()).isEqualByComparingTo("52.5");
        assertThat(score.s()).isEqualTo(dec("77.50"));
    }

    @Test
    void repeatingCriteria_doNotTipTheRoundingOfS() {
        TaskCriteria criteria = calculator.criteria(all(done("p", 2), unfinished("f", 1))).orElseThrow();

        Score score = calculator.score(dec("23.33"), criteria);

        // a = b = c = 66.66…, K = 46.66…, S = 69.99…: rounds to 70.00, banded HTTNV
        assertThat(at10(score.a())).isEqualByComparingTo("66.6666666667");
        assertThat(at10(score.k())).isEqualByComparingTo("46.6666666667");
        assertThat(score.s()).isEqualTo(dec("70.00"));
        assertThat(new LevelRules(ScoringSettings.defaults()).band(score.s())).isEqualTo(Level.HTTNV);
    }

    @Test
    void returnsAndLateEventsBeyondFour_neverGoBelowZero() {
        TaskCriteria criteria = calculator.criteria(List.of(done("bad", 6, 5))).orElseThrow();

        assertThat(criteria.b()).isEqualByComparingTo("0");
        assertThat(criteria.c()).isEqualByComparingTo("0");
        assertThat(criteria.a()).isEqualByComparingTo("100");
    }

    @Test
    void eachReturnAndLateEvent_deductsItsShare_upToAnyCount() {
        ScoreCalculator small = new ScoreCalculator(new SettingsBuilder().deductions(dec("0.05"), dec("0.06")).build());

        for (int events = 0; events <= 20; events++) {
            TaskCriteria criteria = small.criteria(List.of(done("p", events, events))).orElseThrow();

            // b = 100 × max(0, 1 − 0.05 n), c = 100 × max(0, 1 − 0.06 n)
            assertThat(criteria.b()).as("b after %d returns", events)
                    .isEqualByComparingTo(BigDecimal.valueOf(Math.max(0, 100 - 5 * events)));
            assertThat(criteria.c()).as("c after %d late events", events)
                    .isEqualByComparingTo(BigDecimal.valueOf(Math.max(0, 100 - 6 * events)));
        }
    }

    @Test
    void productsOfWeightZeroOnly_meanNoTaskData() {
        ProductResult weightless = new ProductResult("p", BigDecimal.ZERO, true, 0, 0);

        assertThat(calculator.criteria(List.of(weightless))).isEmpty();
    }

    @Test
    void generalScoreAboveGeneralMax_isRejected() {
        TaskCriteria criteria = calculator.criteria(done("p", 1)).orElseThrow();

        assertThatThrownBy(() -> calculator.score(dec("31"), criteria))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("G");
    }

    @Test
    void bonus_needsABonusMax() {
        TaskCriteria criteria = calculator.criteria(done("p", 1)).orElseThrow();
        ScoreCalculator withBonus = new ScoreCalculator(new SettingsBuilder().bonusMax(dec("5")).build());

        assertThatThrownBy(() -> calculator.score(dec("20"), dec("2"), criteria, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(withBonus.score(dec("20"), dec("2"), criteria, Optional.empty()).s()).isEqualTo(dec("92.00"));
    }
}
