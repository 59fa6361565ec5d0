package vn.hungyen.snv.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hungyen.snv.evaluation.domain.Fixtures.dec;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
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

    @Test
    void aPeriodSpentWhollyOnLeave_isOnLeave() {
        PeriodResult quarter = rollUp.rollUp(List.of(
                new MonthRecord(YearMonth.of(2026, 1), Optional.empty(), true, false),
                new MonthRecord(YearMonth.of(2026, 2), Optional.of(dec("91.00")), true, false)));

        assertThat(quarter.score()).isEmpty();
        assertThat(quarter.monthsEvaluated()).isZero();
        assertThat(quarter.level()).isEqualTo(Level.ON_LEAVE);
    }

    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth FEB = YearMonth.of(2026, 2);

    private static List<MonthRecord> months(String january, String february) {
        return List.of(MonthRecord.scored(JAN, dec(january)), MonthRecord.scored(FEB, dec(february)));
    }

    private static PeriodOfficer officer(String id, Position position, String unit, String group,
            List<MonthRecord> months) {
        return new PeriodOfficer(id, position, Optional.of(unit), Optional.of(group), months);
    }

    /** Staff of CCHC rated HTTNV in the period. */
    private static List<PeriodOfficer> good(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> officer("good" + i, Position.STAFF, "CCHC", "staff", months("80.00", "80.00")))
                .toList();
    }

    private static PeriodOutcome.Officer rated(PeriodOutcome outcome, String id) {
        return outcome.officers().stream().filter(o -> o.officerId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aHeadIsCappedByTheUnitsPeriodLevel_staffAreNot() {
        List<PeriodOfficer> officers = new ArrayList<>(List.of(
                officer("head", Position.HEAD, "CCHC", "leaders", months("95.00", "93.00")),
                officer("staff", Position.STAFF, "CCHC", "staff", months("95.00", "93.00"))));
        officers.addAll(good(5)); // so that the quota keeps one HTXSNV among the staff
        PeriodOutcome quarter = rollUp.rate(officers, Map.of("CCHC", months("75.00", "72.00")));

        assertThat(quarter.units()).containsEntry("CCHC", Level.HTTNV);
        assertThat(rated(quarter, "head").rollUp().level()).isEqualTo(Level.HTXSNV);
        assertThat(rated(quarter, "head").level()).isEqualTo(Level.HTTNV);
        assertThat(rated(quarter, "head").adjustments()).containsExactly(OfficerResult.Adjustment.CAPPED_BY_UNIT);
        assertThat(rated(quarter, "staff").level()).isEqualTo(Level.HTXSNV);
        assertThat(rated(quarter, "staff").adjustments()).isEmpty();
    }

    @Test
    void aUnitWithAMemberNotCompleteInThePeriod_isAtMostHTTNV() {
        PeriodOutcome quarter = rollUp.rate(List.of(
                        officer("forced", Position.STAFF, "VP", "staff", List.of(MonthRecord.scored(JAN, dec("80.00")),
                                new MonthRecord(FEB, Optional.of(dec("85.00")), false, true)))),
                Map.of("VP", months("92.00", "94.00"), "TCBC", months("92.00", "94.00")));

        assertThat(quarter.units()).containsEntry("VP", Level.HTTNV).containsEntry("TCBC", Level.HTXSNV);
        assertThat(rated(quarter, "forced").level()).isEqualTo(Level.KHTNV);
    }

    @Test
    void theQuotaAppliesAgainToThePeriod_tiesOnSGoToTheHigherMeanK() {
        MonthRecord.Ranking highK = new MonthRecord.Ranking(dec("65.00"), dec("100"), dec("100"));
        MonthRecord.Ranking lowK = new MonthRecord.Ranking(dec("60.00"), dec("100"), dec("100"));
        List<PeriodOfficer> staff = new ArrayList<>(List.of(
                officer("lowK", Position.STAFF, "CCHC", "staff", List.of(
                        new MonthRecord(JAN, Optional.of(dec("94.00")), false, false, Optional.of(lowK)))),
                officer("highK", Position.STAFF, "CCHC", "staff", List.of(
                        new MonthRecord(JAN, Optional.of(dec("94.00")), false, false, Optional.of(highK))))));
        staff.addAll(good(4));

        PeriodOutcome quarter = rollUp.rate(staff, Map.of());

        QuotaResult quota = quarter.quotas().stream().filter(q -> q.group().equals("staff")).findFirst().orElseThrow();
        assertThat(quota.allowed()).as("floor((4 + 2) / 6)").isEqualTo(1);
        assertThat(quota.kept()).containsExactly("highK");
        assertThat(rated(quarter, "highK").level()).isEqualTo(Level.HTXSNV);
        assertThat(rated(quarter, "lowK").level()).isEqualTo(Level.HTTNV);
        assertThat(rated(quarter, "lowK").rollUp().score()).contains(dec("94.00"));
        assertThat(rated(quarter, "lowK").adjustments()).containsExactly(OfficerResult.Adjustment.QUOTA);
    }

    @Test
    void anOfficerOfAnUnknownQuotaGroup_isRefused() {
        assertThatThrownBy(() -> rollUp.rate(List.of(
                        officer("x", Position.STAFF, "VP", "volunteers", months("80.00", "80.00"))), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("volunteers");
    }
}
