package vn.hungyen.snv.task.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.task.domain.ResultsReport.Item;
import vn.hungyen.snv.task.domain.ResultsReport.Product;
import vn.hungyen.snv.task.domain.ResultsReport.Tally;
import vn.hungyen.snv.task.domain.ResultsReport.Task;

class ResultsReportTest {

    private static final ReportPeriod H1 = ReportPeriod.parse("2024-H1").orElseThrow();
    private static final LocalDate TODAY = LocalDate.of(2024, 7, 15);
    private static final String ORGANISING = "Tổ chức bộ máy";
    private static final String REFORM = "Cải cách hành chính";

    private static final Item STAFFING = new Item(1, 1, ORGANISING, "Rà soát vị trí việc làm", "TCBC",
            LocalDate.of(2024, 3, 31));
    private static final Item CHECKS = new Item(2, 2, REFORM, "Kiểm tra cải cách hành chính", "CCHC", null);
    private static final Item INDEX = new Item(3, 3, REFORM, "Chỉ số cải cách hành chính", "CCHC",
            LocalDate.of(2024, 5, 31));
    private static final Item LATER = new Item(4, 4, ORGANISING, "Sơ kết năm", "TCBC", LocalDate.of(2024, 11, 30));
    private static final List<Item> ITEMS = List.of(LATER, INDEX, CHECKS, STAFFING);

    private static Task done(long id, Item item, String unit, LocalDate due, LocalDate doneOn) {
        return new Task(id, item.id(), item.content(), unit, due, doneOn, TaskStatus.DONE,
                List.of(new Product(id + "/BC-SNV", doneOn)));
    }

    private static Task open(long id, Item item, String unit, LocalDate due, TaskStatus status) {
        return new Task(id, item.id(), item.content(), unit, due, null, status, List.of());
    }

    private static ResultsReport report(List<Task> tasks) {
        return ResultsReport.draft(H1, ITEMS, tasks, TODAY, unit -> true);
    }

    private static final List<Task> TASKS = List.of(
            done(10, STAFFING, "TCBC", LocalDate.of(2024, 3, 29), LocalDate.of(2024, 3, 28)),
            done(11, STAFFING, "TCBC", LocalDate.of(2024, 3, 29), LocalDate.of(2024, 4, 2)),
            done(12, CHECKS, "CCHC", LocalDate.of(2024, 2, 20), LocalDate.of(2024, 2, 20)),
            open(13, CHECKS, "CCHC", LocalDate.of(2024, 6, 20), TaskStatus.ASSIGNED),
            open(14, CHECKS, "CCHC", LocalDate.of(2024, 6, 28), TaskStatus.SUBMITTED),
            open(15, CHECKS, "CCHC", LocalDate.of(2024, 7, 20), TaskStatus.ASSIGNED));

    @Test
    void eachFieldCountsItsTasksDueInThePeriodDoneOnTimeLateAndNotYet() {
        ResultsReport report = report(TASKS);
        assertThat(report.fields()).extracting(ResultsReport.FieldResults::field).containsExactly(ORGANISING, REFORM);
        assertThat(report.fields().get(0).tally()).isEqualTo(new Tally(1, 1, 0, 0));
        assertThat(report.fields().get(1).tally()).isEqualTo(new Tally(1, 0, 2, 1));
        assertThat(report.total()).isEqualTo(new Tally(2, 1, 2, 1));
        assertThat(report.total().total()).isEqualTo(5);
    }

    @Test
    void aTaskDueAfterThePeriodIsNotCountedButMakesItsItemPartOfTheNextPeriod() {
        ResultsReport report = report(TASKS);
        assertThat(report.appendix()).extracting(l -> l.task().id()).doesNotContain(15L);
        assertThat(report.nextPeriod()).extracting(ResultsReport.FieldItems::field).containsExactly(REFORM, ORGANISING);
        assertThat(report.nextPeriod().get(0).items()).containsExactly(CHECKS);
        assertThat(report.nextPeriod().get(1).items()).containsExactly(LATER);
    }

    @Test
    void theShortcomingsAreTheLateTheUnfinishedAndTheItemsNobodyWasGiven() {
        ResultsReport report = report(TASKS);
        assertThat(report.shortcomings()).extracting(s -> s.task() == null ? null : s.task().task().id())
                .containsExactly(11L, 13L, 14L, null);
        assertThat(report.shortcomings().get(1).task().timeliness()).isEqualTo(Timeliness.OVERDUE);
        assertThat(report.shortcomings().get(2).task().timeliness()).isEqualTo(Timeliness.AWAITING_REVIEW);
        assertThat(report.shortcomings().get(3).item()).isEqualTo(INDEX);
    }

    @Test
    void anItemWithoutTasksOutsideTheCallersUnitsIsNotAShortcomingOfTheirs() {
        ResultsReport report = ResultsReport.draft(H1, ITEMS, TASKS, TODAY, unit -> !"CCHC".equals(unit));
        assertThat(report.shortcomings()).noneMatch(s -> s.task() == null);
    }

    @Test
    void theAppendixNumbersEveryCountedTaskInPlanOrderAndTheItemsPointAtTheirLines() {
        ResultsReport report = report(TASKS);
        assertThat(report.appendix()).extracting(ResultsReport.TaskLine::line).containsExactly(1, 2, 3, 4, 5);
        assertThat(report.appendix()).extracting(l -> l.task().id()).containsExactly(10L, 11L, 12L, 13L, 14L);
        assertThat(report.fields().get(1).items().get(0).tasks()).extracting(ResultsReport.TaskLine::line)
                .containsExactly(3, 4, 5);
        assertThat(report.appendix()).hasSize(report.total().total());
    }

    @Test
    void aPeriodWithoutTasksHasNoFieldsAndAZeroTotal() {
        ResultsReport report = report(List.of());
        assertThat(report.fields()).isEmpty();
        assertThat(report.total()).isEqualTo(new Tally(0, 0, 0, 0));
        assertThat(report.shortcomings()).extracting(ResultsReport.Shortcoming::item).containsExactly(STAFFING, INDEX);
    }
}
