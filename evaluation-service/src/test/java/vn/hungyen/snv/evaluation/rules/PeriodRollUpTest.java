package vn.hungyen.snv.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.snv.evaluation.rules.Fixtures.dec;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Quarter and year roll-up of scoring-hy540 §9 beyond E15. */
class PeriodRollUpTest {

    private final PeriodRollUp rollUp = new PeriodRollUp(ScoringSettings.defaults());

    @Test
    void monthsWithoutTaskDataAndLeaveMonths_areLeftOut() {
        PeriodResult quarter = rollUp.rollUp(List.of(
                MonthRecord.scored(YearMonth.of(2026, 1), dec("92.50")),
                new MonthRecord(YearMonth.of(2026, 2), Optional.empty(), false, false),
                new MonthRecord(YearMonth.of(2026, 3), Optional.of(dec("40.00")), true, false)));

        assertThat(quarter.score()).contains(dec("92.50"));
        assertThat(quarter.monthsEvaluated()).isEqualTo(1);
        assertThat(quarter.level()).isEqualTo(Level.HTXSNV);
    }

    @Test
    void forcingEventInAnyMonth_ratesThePeriodKHTNV() {
        PeriodResult year = rollUp.rollUp(List.of(
                MonthRecord.scored(YearMonth.of(2026, 1), dec("95.00")),
                new MonthRecord(YearMonth.of(2026, 2), Optional.of(dec("96.00")), false, true)));

        assertThat(year.score()).contains(dec("95.50"));
        assertThat(year.forced()).isTrue();
        assertThat(year.level()).isEqualTo(Level.KHTNV);
    }

    @Test
    void noEvaluatedMonth_isNoTaskData() {
        PeriodResult quarter = rollUp.rollUp(List.of(
                new MonthRecord(YearMonth.of(2026, 1), Optional.empty(), false, false)));

        assertThat(quarter.score()).isEmpty();
        assertThat(quarter.level()).isEqualTo(Level.NO_TASK_DATA);
    }
}
