package vn.hungyen.snv.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.evaluation.client.PlanGateway;
import vn.hungyen.snv.evaluation.domain.DueDateChange;
import vn.hungyen.snv.evaluation.domain.Level;
import vn.hungyen.snv.evaluation.domain.ProductFacts;
import vn.hungyen.snv.evaluation.domain.Submission;
import vn.hungyen.snv.evaluation.service.RatingViews.MonthRatings;
import vn.hungyen.snv.evaluation.service.RatingViews.OfficerRating;
import vn.hungyen.snv.evaluation.service.RatingViews.UnitRating;

/** The dashboard's counts, computed by hand from a small Department in June 2024. */
class DashboardTest {

    private static final Dashboard.LookedAt JULY_1 = Dashboard.LookedAt.afterMonth(YearMonth.of(2024, 6));
    private static final Set<String> ALL_UNITS = Set.of("CCHC", "VP", "TTRA");

    private static final PlanGateway.Directory DIRECTORY = new PlanGateway.Directory(
            List.of(new PlanGateway.Unit("SNV", "CCHC", "Phòng Cải cách hành chính", "head.cchc", "deputy1", null),
                    new PlanGateway.Unit("SNV", "VP", "Văn phòng Sở", "head.vp", "deputy1", null),
                    new PlanGateway.Unit("SNV", "TTRA", "Thanh tra Sở", "head.ttra", "deputy2", null)),
            List.of(new PlanGateway.Officer(2, "SNV", "deputy1", "Lương Thành Cường", null, "Phó Giám đốc Sở",
                    "deputy_director", "leaders", List.of())));

    /** June: CCHC 95.00 / 80.00 / no products; VP 60.00 / 40.00; TTRA 75.50 and a head awaiting đ. */
    private static final MonthRatings JUNE = new MonthRatings("2024-06", false, null, List.of(
            officer(1, "CCHC", "95.00", Level.HTXSNV), officer(2, "CCHC", "80.00", Level.HTTNV),
            officer(3, "CCHC", null, Level.NO_TASK_DATA), officer(4, "VP", "60.00", Level.HTNV),
            officer(5, "VP", "40.00", Level.KHTNV), officer(6, "TTRA", "75.50", Level.HTTNV),
            officer(7, "TTRA", null, null)),
            List.of(unit("CCHC", "92.50", Level.HTTNV), unit("VP", "70.00", Level.HTTNV)));

    /** May, published: CCHC 90.00 and 85.00, VP 70.00. */
    private static final MonthRatings MAY = new MonthRatings("2024-05", true, null, List.of(
            officer(1, "CCHC", "90.00", Level.HTXSNV), officer(2, "CCHC", "85.00", Level.HTTNV),
            officer(4, "VP", "70.00", Level.HTTNV)), List.of());

    /**
     * Overdue at the start of 1 July: T1 (never handed in) and T3 (returned) of CCHC, T4 of VP (accepted from a
     * submission on 2 July), T7 of TTRA (due 30 June). Not overdue: T2 (awaiting review), T5 (extended to
     * 10 July for an objective cause), T6 (cancelled), T8 (due 1 July).
     */
    private static final List<TaskProduct> TASKS = List.of(
            task(1, "CCHC", facts(1, "2024-06-10", false, List.of())),
            task(2, "CCHC", facts(2, "2024-06-20", false, List.of(
                    new Submission(LocalDate.parse("2024-06-19"), Submission.Verdict.PENDING, false, false)))),
            task(3, "CCHC", facts(3, "2024-06-25", false, List.of(
                    Submission.returnedForMajorError(LocalDate.parse("2024-06-24"))))),
            task(4, "VP", facts(4, "2024-06-30", false, List.of(Submission.accepted(LocalDate.parse("2024-07-02"))))),
            task(5, "VP", new ProductFacts("task-5", LocalDate.parse("2024-05-15"), BigDecimal.ONE, false,
                    List.of(new DueDateChange(LocalDate.parse("2024-07-10"), true)), List.of(), false)),
            task(6, "TTRA", facts(6, "2024-06-01", true, List.of())),
            task(7, "TTRA", facts(7, "2024-06-30", false, List.of())),
            task(8, "CCHC", facts(8, "2024-07-01", false, List.of())));

    @Test
    void leadershipSeesCountsPerLevelUnitAndDeputyWithEveryLevelAlwaysPresent() {
        Dashboard.View view = Dashboard.aggregate(JUNE, List.of(MAY, JUNE), DIRECTORY, TASKS, JULY_1, ALL_UNITS);

        assertThat(view.month()).isEqualTo("2024-06");
        assertThat(view.published()).isFalse();
        assertThat(view.officerCount()).isEqualTo(7);
        // the TTRA head awaiting the approver's đ has no level yet: 6 counted in levels
        assertThat(view.levels()).containsExactly(Map.entry(Level.HTXSNV, 1), Map.entry(Level.HTTNV, 2),
                Map.entry(Level.HTNV, 1), Map.entry(Level.KHTNV, 1), Map.entry(Level.NO_TASK_DATA, 1),
                Map.entry(Level.ON_LEAVE, 0));
        assertThat(view.overdueTasks()).isEqualTo(4);

        assertThat(view.units()).extracting(Dashboard.UnitSummary::unitCode).containsExactly("CCHC", "VP", "TTRA");
        Dashboard.UnitSummary cchc = view.units().get(0);
        assertThat(cchc.unitName()).isEqualTo("Phòng Cải cách hành chính");
        assertThat(cchc.supervisorUsername()).isEqualTo("deputy1");
        assertThat(cchc.officerCount()).isEqualTo(3);
        assertThat(cchc.levels()).containsEntry(Level.HTXSNV, 1).containsEntry(Level.HTTNV, 1)
                .containsEntry(Level.HTNV, 0).containsEntry(Level.KHTNV, 0).containsEntry(Level.NO_TASK_DATA, 1);
        assertThat(cchc.total()).isEqualByComparingTo("92.50");
        assertThat(cchc.level()).isEqualTo(Level.HTTNV);
        assertThat(cchc.overdueTasks()).isEqualTo(2);
        assertThat(view.units().get(1).overdueTasks()).isEqualTo(1);
        Dashboard.UnitSummary ttra = view.units().get(2);
        assertThat(ttra.total()).isNull();
        assertThat(ttra.level()).isNull();
        assertThat(ttra.overdueTasks()).isEqualTo(1);

        assertThat(view.deputies()).hasSize(2);
        Dashboard.DeputySummary deputy1 = view.deputies().get(0);
        assertThat(deputy1.username()).isEqualTo("deputy1");
        assertThat(deputy1.fullName()).isEqualTo("Lương Thành Cường");
        assertThat(deputy1.unitCodes()).containsExactly("CCHC", "VP");
        assertThat(deputy1.levels()).containsEntry(Level.HTXSNV, 1).containsEntry(Level.HTTNV, 1)
                .containsEntry(Level.HTNV, 1).containsEntry(Level.KHTNV, 1).containsEntry(Level.NO_TASK_DATA, 1);
        assertThat(deputy1.overdueTasks()).isEqualTo(3);
        Dashboard.DeputySummary deputy2 = view.deputies().get(1);
        assertThat(deputy2.fullName()).as("not in the directory: the username").isEqualTo("deputy2");
        assertThat(deputy2.unitCodes()).containsExactly("TTRA");
        assertThat(deputy2.overdueTasks()).isEqualTo(1);
    }

    @Test
    void theTrendAveragesTheTotalsOfOfficersWithAScore() {
        Dashboard.View view = Dashboard.aggregate(JUNE, List.of(MAY, JUNE), DIRECTORY, TASKS, JULY_1, ALL_UNITS);

        assertThat(view.trend()).extracting(Dashboard.TrendPoint::month).containsExactly("2024-05", "2024-06");
        Dashboard.TrendPoint may = view.trend().get(0);
        assertThat(may.published()).isTrue();
        // (90.00 + 85.00 + 70.00) / 3 = 81.666… → 81.67
        assertThat(may.averageTotal()).isEqualByComparingTo("81.67");
        assertThat(may.levels()).containsEntry(Level.HTXSNV, 1).containsEntry(Level.HTTNV, 2)
                .containsEntry(Level.NO_TASK_DATA, 0);
        // (95.00 + 80.00 + 60.00 + 40.00 + 75.50) / 5 = 70.10
        assertThat(view.trend().get(1).averageTotal()).isEqualByComparingTo("70.10");
    }

    @Test
    void aHeadSeesOnlyTheirUnit() {
        Dashboard.View view = Dashboard.aggregate(JUNE, List.of(MAY, JUNE), DIRECTORY, TASKS, JULY_1, Set.of("CCHC"));

        assertThat(view.officerCount()).isEqualTo(3);
        assertThat(view.levels()).containsEntry(Level.HTXSNV, 1).containsEntry(Level.HTTNV, 1)
                .containsEntry(Level.HTNV, 0).containsEntry(Level.KHTNV, 0).containsEntry(Level.NO_TASK_DATA, 1);
        assertThat(view.units()).extracting(Dashboard.UnitSummary::unitCode).containsExactly("CCHC");
        assertThat(view.deputies()).singleElement().satisfies(d -> {
            assertThat(d.unitCodes()).containsExactly("CCHC");
            assertThat(d.overdueTasks()).isEqualTo(2);
        });
        assertThat(view.overdueTasks()).isEqualTo(2);
        // (90.00 + 85.00) / 2
        assertThat(view.trend().get(0).averageTotal()).isEqualByComparingTo("87.50");
    }

    @Test
    void beforeTheMonthEndsTasksAreLookedAtToday() {
        // on 21 June only T1 (due 10 June) is overdue: T2 awaits review, the others are due later
        Dashboard.LookedAt june21 = Dashboard.LookedAt.now(LocalDate.of(2024, 6, 21));
        Dashboard.View view = Dashboard.aggregate(JUNE, List.of(JUNE), DIRECTORY, TASKS, june21, ALL_UNITS);

        assertThat(view.overdueTasks()).isEqualTo(1);
        assertThat(view.units().get(0).overdueTasks()).isEqualTo(1);
    }

    @Test
    void aProductHandedInTodayIsNoLongerOverdueTodayAsInTheTaskList() {
        List<TaskProduct> tasks = List.of(task(1, "CCHC", facts(1, "2024-06-10", false, List.of(
                new Submission(LocalDate.parse("2024-06-21"), Submission.Verdict.PENDING, false, false)))));

        Dashboard.View view = Dashboard.aggregate(JUNE, List.of(JUNE), DIRECTORY, tasks,
                Dashboard.LookedAt.now(LocalDate.of(2024, 6, 21)), ALL_UNITS);

        assertThat(view.overdueTasks()).isZero();
    }

    @Test
    void anExtensionWithoutObjectiveCauseLeavesTheTaskOverdueAgainstTheRatedDueDate() {
        List<TaskProduct> tasks = List.of(task(5, "VP", new ProductFacts("task-5", LocalDate.parse("2024-06-15"),
                BigDecimal.ONE, false, List.of(new DueDateChange(LocalDate.parse("2024-07-10"), false)), List.of(),
                false)));

        Dashboard.View view = Dashboard.aggregate(JUNE, List.of(JUNE), DIRECTORY, tasks, JULY_1, ALL_UNITS);

        assertThat(view.overdueTasks()).as("rated against 15 June, not the new 10 July").isEqualTo(1);
    }

    private static OfficerRating officer(long id, String unitCode, String total, Level level) {
        return new OfficerRating(id, "Công chức " + id, unitCode, "STAFF", null, null, null, null, null, null, null,
                null, total == null ? null : new BigDecimal(total), level, level, List.of(), List.of(), "REVIEWED",
                null, null, List.of(), null, List.of(), null);
    }

    private static UnitRating unit(String code, String total, Level level) {
        return new UnitRating(code, code, null, null, null, null, BigDecimal.ZERO, new BigDecimal(total), level, level,
                false, "REVIEWED", 0);
    }

    private static ProductFacts facts(long id, String due, boolean cancelled, List<Submission> submissions) {
        return new ProductFacts("task-" + id, LocalDate.parse(due), BigDecimal.ONE, cancelled, List.of(), submissions, false);
    }

    private static TaskProduct task(long id, String unitCode, ProductFacts facts) {
        return new TaskProduct(id, "Nhiệm vụ " + id, unitCode, null, null, facts, List.of());
    }
}
