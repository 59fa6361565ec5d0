package vn.hungyen.snv.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.calendar.WorkingDayCalendar;
import vn.hungyen.snv.evaluation.domain.MonthReminders.Officer;
import vn.hungyen.snv.evaluation.domain.MonthReminders.PendingStep;
import vn.hungyen.snv.evaluation.domain.MonthReminders.Step;
import vn.hungyen.snv.evaluation.domain.MonthReminders.Unit;
import vn.hungyen.snv.evaluation.domain.MonthWorkflowRules.OfficerProgress;
import vn.hungyen.snv.evaluation.domain.MonthWorkflowRules.Request;
import vn.hungyen.snv.evaluation.domain.MonthWorkflowRules.Ruling;
import vn.hungyen.snv.evaluation.domain.MonthWorkflowRules.UnitProgress;

/**
 * Who still has a step of April 2025 (due 07/05 self-assessment, 09/05 review, 12/05 G_u, 14/05 publication, after the
 * 1–2 May holidays), each reminded from the working day before its due date.
 */
class MonthRemindersTest {

    private static final YearMonth APRIL = YearMonth.of(2025, 4);
    private final WorkingDayCalendar calendar = WorkingDayCalendar.vietnam();
    private final MonthSchedule schedule = MonthSchedule.of(APRIL, calendar);

    private static Officer officer(long id, String name, boolean selfAssessed, boolean reviewed,
            boolean awaitingChoice, Ruling request, String reviewer) {
        List<Request> requests = request == null ? List.of() : List.of(new Request(id * 10, id * 100, request, null));
        return new Officer(new OfficerProgress(id, name, "CCHC", selfAssessed, reviewed, awaitingChoice, requests),
                reviewer);
    }

    private final List<Officer> officers = List.of(
            officer(1, "Nguyễn Văn An", false, false, false, null, "head.cchc"),
            officer(2, "Trần Thị Bình", true, false, false, null, "head.cchc"),
            officer(3, "Lê Văn Cường", true, true, false, null, "head.cchc"),
            officer(4, "Phạm Thị Dung", true, true, true, null, "head.cchc"),
            officer(5, "Hoàng Văn Em", true, true, false, Ruling.PENDING, "head.cchc"),
            officer(6, "Vũ Thị Giang", true, false, false, null, "deputy1"),
            officer(7, "Đỗ Văn Hải", true, false, false, null, null));
    private final List<Unit> units = List.of(
            new Unit(new UnitProgress("CCHC", "Phòng Cải cách hành chính", false), "deputy1"),
            new Unit(new UnitProgress("VP", "Văn phòng Sở", false), "deputy1"),
            new Unit(new UnitProgress("TTRA", "Thanh tra Sở", true), "deputy2"),
            new Unit(new UnitProgress("BTG", "Ban Tôn giáo", false), null));

    private List<PendingStep> on(String day) {
        return MonthReminders.pending(APRIL, false, LocalDate.parse(day), schedule, calendar, officers, units,
                List.of("director"));
    }

    @Test
    void aMonthStillRunningOrPublishedHasNothingToRemind() {
        assertThat(on("2025-04-30")).isEmpty();
        assertThat(MonthReminders.pending(APRIL, true, LocalDate.parse("2025-05-13"), schedule, calendar, officers,
                units, List.of("director"))).isEmpty();
    }

    @Test
    void eachStepComesOnTheWorkingDayBeforeItsDueDate() {
        assertThat(on("2025-05-05")).isEmpty();
        assertThat(on("2025-05-06")).extracting(PendingStep::step).containsOnly(Step.SELF_ASSESSMENT);
        assertThat(on("2025-05-08")).extracting(PendingStep::step).containsOnly(Step.SELF_ASSESSMENT, Step.REVIEW);
        assertThat(on("2025-05-09")).extracting(PendingStep::step).containsOnly(Step.SELF_ASSESSMENT, Step.REVIEW,
                Step.UNIT_REVIEW);
        assertThat(on("2025-05-13")).extracting(PendingStep::step).containsOnly(Step.SELF_ASSESSMENT, Step.REVIEW,
                Step.UNIT_REVIEW, Step.PUBLICATION);
    }

    @Test
    void theSelfAssessmentGoesToEachOfficerWhoHasNotDoneIt() {
        assertThat(on("2025-05-06")).singleElement().satisfies(step -> {
            assertThat(step.officerId()).isEqualTo(1L);
            assertThat(step.username()).isNull();
            assertThat(step.dueBy()).isEqualTo(LocalDate.of(2025, 5, 7));
            assertThat(step.remindFrom()).isEqualTo(LocalDate.of(2025, 5, 6));
            assertThat(step.message()).isEqualTo(
                    "Đồng chí chưa tự đánh giá kết quả tháng 4/2025; hạn tự đánh giá là ngày 07/05/2025.");
        });
    }

    @Test
    void aReviewerIsRemindedOnceForEveryMonthWaitingForThem() {
        List<PendingStep> reviews = on("2025-05-08").stream().filter(s -> s.step() == Step.REVIEW).toList();

        assertThat(reviews).extracting(PendingStep::username).containsExactly("head.cchc", "deputy1");
        assertThat(reviews.get(0).concerns()).containsExactly("Trần Thị Bình", "Phạm Thị Dung", "Hoàng Văn Em");
        assertThat(reviews.get(0).message()).isEqualTo("Còn 3 cán bộ chờ đồng chí xem xét kết quả tháng 4/2025 "
                + "(Trần Thị Bình, Phạm Thị Dung, Hoàng Văn Em); hạn xem xét là ngày 09/05/2025.");
        assertThat(reviews.get(1).concerns()).containsExactly("Vũ Thị Giang");
    }

    @Test
    void theDeputyDirectorIsRemindedOfTheUnitsWithoutGuAndTheDirectorOfThePublication() {
        List<PendingStep> steps = on("2025-05-13");

        assertThat(steps.stream().filter(s -> s.step() == Step.UNIT_REVIEW)).singleElement().satisfies(step -> {
            assertThat(step.username()).isEqualTo("deputy1");
            assertThat(step.concerns()).containsExactly("Phòng Cải cách hành chính", "Văn phòng Sở");
            assertThat(step.dueBy()).isEqualTo(LocalDate.of(2025, 5, 12));
        });
        assertThat(steps.stream().filter(s -> s.step() == Step.PUBLICATION)).singleElement().satisfies(step -> {
            assertThat(step.username()).isEqualTo("director");
            assertThat(step.message()).isEqualTo(
                    "Kết quả đánh giá tháng 4/2025 chưa được công bố; hạn công bố là ngày 14/05/2025.");
        });
    }
}
