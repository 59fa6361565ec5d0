package vn.hungyen.snv.task.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.calendar.WorkingDayCalendar;

/**
 * The reminders of a task due Tuesday 2027-04-20, after the Giỗ Tổ holiday on Friday 2027-04-16, with N = 3, E1 = 2,
 * E2 = 5 and decisions reminded after 1 working day.
 */
class ReminderRulesTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.vietnam();
    private static final ReminderRules.Settings SETTINGS = new ReminderRules.Settings(3, 2, 5, 1);
    private static final LocalDate DUE = LocalDate.of(2027, 4, 20);
    private static final long OFFICER = 63;

    private static ReminderRules.TaskFacts task(TaskStatus status, Long assigneeId) {
        return new ReminderRules.TaskFacts(7, "Báo cáo thi đua quý I", status, DUE, "TDKT", assigneeId, "head.tdkt",
                null, null, null);
    }

    private static List<ReminderStep> stepsOn(ReminderRules.TaskFacts task, LocalDate day) {
        return ReminderRules.due(task, day, CALENDAR, SETTINGS).stream().map(ReminderRules.Reminder::step).toList();
    }

    @Test
    void theAssigneeIsRemindedThreeWorkingDaysBeforeCountingTheHolidayOut() {
        var task = task(TaskStatus.ASSIGNED, OFFICER);
        assertThat(stepsOn(task, LocalDate.of(2027, 4, 13))).isEmpty();
        var reminders = ReminderRules.due(task, LocalDate.of(2027, 4, 14), CALENDAR, SETTINGS);
        assertThat(reminders).singleElement().satisfies(r -> {
            assertThat(r.step()).isEqualTo(ReminderStep.BEFORE_DUE);
            assertThat(r.recipient()).isEqualTo(Recipient.officer(OFFICER));
            assertThat(r.occasion()).isEqualTo(DUE);
            assertThat(r.message()).isEqualTo("Nhiệm vụ «Báo cáo thi đua quý I» đến hạn ngày 20/04/2027, "
                    + "còn 3 ngày làm việc.");
        });
    }

    @Test
    void nothingIsSentOnAHolidayOrAWeekend() {
        var task = task(TaskStatus.ASSIGNED, OFFICER);
        assertThat(stepsOn(task, LocalDate.of(2027, 4, 16))).isEmpty();
        assertThat(stepsOn(task, LocalDate.of(2027, 4, 24))).isEmpty();
    }

    @Test
    void onTheDueDayTheAssigneeIsToldItIsTheLastDay() {
        assertThat(stepsOn(task(TaskStatus.ASSIGNED, OFFICER), DUE)).containsExactly(ReminderStep.DUE_TODAY);
    }

    @Test
    void aDueDateOnADayOffIsRemindedOnTheLastWorkingDayBeforeIt() {
        var dueOnHoliday = new ReminderRules.TaskFacts(8, "Kế hoạch", TaskStatus.ASSIGNED, LocalDate.of(2027, 4, 16),
                "TDKT", OFFICER, "head.tdkt", null, null, null);
        assertThat(stepsOn(dueOnHoliday, LocalDate.of(2027, 4, 15))).containsExactly(ReminderStep.DUE_TODAY);
    }

    @Test
    void overdueTheAssigneeDailyThenTheHeadAfterE1AndTheDeputyAfterE2() {
        var task = task(TaskStatus.RETURNED, OFFICER);
        assertThat(ReminderRules.due(task, LocalDate.of(2027, 4, 21), CALENDAR, SETTINGS)).singleElement()
                .satisfies(r -> {
                    assertThat(r.step()).isEqualTo(ReminderStep.OVERDUE);
                    assertThat(r.occasion()).isEqualTo(LocalDate.of(2027, 4, 21));
                    assertThat(r.message()).contains("quá hạn 1 ngày làm việc");
                });
        var e1 = ReminderRules.due(task, LocalDate.of(2027, 4, 22), CALENDAR, SETTINGS);
        assertThat(e1).extracting(ReminderRules.Reminder::step)
                .containsExactly(ReminderStep.OVERDUE, ReminderStep.ESCALATED_TO_HEAD);
        assertThat(e1.get(1).recipient()).isEqualTo(Recipient.headOf("TDKT"));
        assertThat(e1.get(1).occasion()).isEqualTo(DUE);
        assertThat(stepsOn(task, LocalDate.of(2027, 4, 26)))
                .containsExactly(ReminderStep.OVERDUE, ReminderStep.ESCALATED_TO_HEAD);
        var e2 = ReminderRules.due(task, LocalDate.of(2027, 4, 27), CALENDAR, SETTINGS);
        assertThat(e2).extracting(ReminderRules.Reminder::recipient).containsExactly(Recipient.officer(OFFICER),
                Recipient.headOf("TDKT"), Recipient.deputyOver("TDKT"));
    }

    @Test
    void aUnitTaskWithoutAnAssigneeRemindsTheUnitsLeadersAndIsNotEscalatedToThemTwice() {
        var task = task(TaskStatus.ASSIGNED, null);
        assertThat(ReminderRules.due(task, LocalDate.of(2027, 4, 22), CALENDAR, SETTINGS))
                .extracting(ReminderRules.Reminder::recipient).containsExactly(Recipient.headOf("TDKT"));
    }

    @Test
    void aReportAwaitingReviewStopsTheAssigneesRemindersAndRemindsTheAssignerAfterOneWorkingDay() {
        var submitted = new ReminderRules.TaskFacts(7, "Báo cáo", TaskStatus.SUBMITTED, DUE, "TDKT", OFFICER,
                "head.tdkt", null, null, LocalDate.of(2027, 4, 15));
        assertThat(stepsOn(submitted, LocalDate.of(2027, 4, 15))).isEmpty();
        var reminders = ReminderRules.due(submitted, LocalDate.of(2027, 4, 19), CALENDAR, SETTINGS);
        assertThat(reminders).singleElement().satisfies(r -> {
            assertThat(r.step()).isEqualTo(ReminderStep.REVIEW_PENDING);
            assertThat(r.recipient()).isEqualTo(Recipient.user("head.tdkt"));
            assertThat(r.occasion()).isEqualTo(LocalDate.of(2027, 4, 15));
            assertThat(r.message()).contains("đang chờ đồng chí nghiệm thu");
        });
    }

    @Test
    void anExtensionRequestAwaitingADecisionIsRemindedToTheAssigner() {
        var pending = new ReminderRules.TaskFacts(7, "Báo cáo", TaskStatus.ASSIGNED, DUE, "TDKT", OFFICER,
                "head.tdkt", LocalDate.of(2027, 4, 12), LocalDate.of(2027, 5, 10), null);
        assertThat(ReminderRules.due(pending, LocalDate.of(2027, 4, 13), CALENDAR, SETTINGS)).singleElement()
                .satisfies(r -> {
                    assertThat(r.step()).isEqualTo(ReminderStep.EXTENSION_PENDING);
                    assertThat(r.recipient()).isEqualTo(Recipient.user("head.tdkt"));
                    assertThat(r.message()).contains("đến ngày 10/05/2027");
                });
    }

    @Test
    void doneAndCancelledTasksAreNotChased() {
        assertThat(stepsOn(task(TaskStatus.DONE, OFFICER), LocalDate.of(2027, 4, 27))).isEmpty();
        assertThat(stepsOn(task(TaskStatus.CANCELLED, OFFICER), LocalDate.of(2027, 4, 27))).isEmpty();
    }

    @Test
    void theDeputyIsNeverToldBeforeTheHead() {
        assertThatThrownBy(() -> new ReminderRules.Settings(3, 5, 2, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
