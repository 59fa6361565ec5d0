package vn.hungyen.snv.task.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.hungyen.snv.common.calendar.WorkingDayCalendar;

/**
 * Which reminders a task calls for on one day (đôn đốc nhiệm vụ), counted on the working-day calendar. Reminders go
 * out on working days only. The assignee (the unit's leaders for a task given to no officer) is reminded
 * {@link Settings#daysBefore()} working days before the due date, on the last working day on or before it, and every
 * working day once it is overdue; after {@link Settings#escalateToHeadAfter()} working days overdue the unit's leaders
 * are told, after {@link Settings#escalateToDeputyAfter()} the deputy director supervising the unit. A report waiting
 * for review or an extension request waiting for a decision is reminded to whoever assigned the task once it has
 * waited {@link Settings#decisionAfter()} working days. A product awaiting review stops the assignee's clock.
 *
 * <p>Each reminder carries its {@link Reminder#occasion()}: the due date for the once-per-step reminders (an
 * extension re-arms them for the new date), the day itself for the daily ones, the request's day for the decisions.
 * Task, step, recipient and occasion identify a reminder: it is sent once whatever the number of runs.
 */
public final class ReminderRules {

    /** The steps' settings, in working days. */
    public record Settings(int daysBefore, int escalateToHeadAfter, int escalateToDeputyAfter, int decisionAfter) {
        public Settings {
            if (daysBefore < 1 || escalateToHeadAfter < 1 || escalateToDeputyAfter < 1 || decisionAfter < 0) {
                throw new IllegalArgumentException("reminder settings out of range: " + this);
            }
            if (escalateToDeputyAfter < escalateToHeadAfter) {
                throw new IllegalArgumentException("the deputy director is told after the head: " + this);
            }
        }
    }

    /**
     * What the reminders of one task depend on.
     *
     * @param extensionRequestedOn the day the pending extension request was made; null when none is pending
     * @param extensionDueDate     the due date the pending request asks for
     * @param submittedOn          the day of the latest completion report (read only while SUBMITTED)
     */
    public record TaskFacts(long taskId, String title, TaskStatus status, LocalDate dueDate, String unitCode,
            Long assigneeId, String assignedBy, LocalDate extensionRequestedOn, LocalDate extensionDueDate,
            LocalDate submittedOn) {
    }

    /** One reminder to send, with its message in Vietnamese. */
    public record Reminder(long taskId, ReminderStep step, Recipient recipient, LocalDate occasion, String message) {
    }

    /**
     * A step of a month's rating someone still has, as evaluation-service decides it (its pending steps): the step,
     * to the officer {@code officerId} or else the account {@code username}, reminded from {@code remindFrom}.
     */
    public record MonthStep(YearMonth month, ReminderStep step, Long officerId, String username, LocalDate remindFrom,
            String message) {
    }

    /** A month step to remind today; its occasion is the month's first day, so it is sent once per month. */
    public record MonthReminder(YearMonth month, ReminderStep step, Recipient recipient, String message) {

        public LocalDate occasion() {
            return month.atDay(1);
        }
    }

    private ReminderRules() {
    }

    /**
     * The month steps to remind today: on a working day, those whose reminder day has come, to the officer or the
     * account that still has them.
     */
    public static List<MonthReminder> dueMonthSteps(List<MonthStep> steps, LocalDate today,
            WorkingDayCalendar calendar) {
        if (!calendar.isWorkingDay(today)) {
            return List.of();
        }
        return steps.stream().filter(s -> !today.isBefore(s.remindFrom()))
                .map(s -> new MonthReminder(s.month(), s.step(), s.officerId() != null
                        ? Recipient.officer(s.officerId()) : Recipient.user(s.username()), s.message()))
                .toList();
    }

    /** The reminders the task calls for today; none on a day off or for a done or cancelled task. */
    public static List<Reminder> due(TaskFacts task, LocalDate today, WorkingDayCalendar calendar,
            Settings settings) {
        Objects.requireNonNull(task, "task");
        List<Reminder> reminders = new ArrayList<>();
        if (!calendar.isWorkingDay(today) || task.status().isFinal()) {
            return reminders;
        }
        String title = "«" + task.title() + "»";
        String due = DisplayFormats.DATE.format(task.dueDate());
        if (task.status().isInProgress()) {
            Recipient assignee = task.assigneeId() == null ? Recipient.headOf(task.unitCode())
                    : Recipient.officer(task.assigneeId());
            if (today.isAfter(task.dueDate())) {
                int late = calendar.workingDaysBetween(task.dueDate(), today);
                reminders.add(new Reminder(task.taskId(), ReminderStep.OVERDUE, assignee, today,
                        "Nhiệm vụ " + title + " đã quá hạn " + late + " ngày làm việc (hạn " + due
                                + "). Đề nghị hoàn thành và báo cáo ngay."));
                if (late >= settings.escalateToHeadAfter() && task.assigneeId() != null) {
                    reminders.add(new Reminder(task.taskId(), ReminderStep.ESCALATED_TO_HEAD,
                            Recipient.headOf(task.unitCode()), task.dueDate(), "Nhiệm vụ " + title
                                    + " của cán bộ trong phòng đã quá hạn " + late + " ngày làm việc (hạn " + due
                                    + ") mà chưa hoàn thành. Đề nghị lãnh đạo phòng đôn đốc."));
                }
                if (late >= settings.escalateToDeputyAfter()) {
                    reminders.add(new Reminder(task.taskId(), ReminderStep.ESCALATED_TO_DEPUTY,
                            Recipient.deputyOver(task.unitCode()), task.dueDate(), "Nhiệm vụ " + title
                                    + " của đơn vị do đồng chí phụ trách đã quá hạn " + late + " ngày làm việc (hạn "
                                    + due + ") mà chưa hoàn thành."));
                }
            } else {
                int left = calendar.workingDaysBetween(today, task.dueDate());
                if (left == 0) {
                    reminders.add(new Reminder(task.taskId(), ReminderStep.DUE_TODAY, assignee, task.dueDate(),
                            "Hôm nay là ngày làm việc cuối cùng trước hạn " + due + " của nhiệm vụ " + title
                                    + ". Đề nghị hoàn thành và báo cáo trong ngày."));
                } else if (left <= settings.daysBefore()) {
                    reminders.add(new Reminder(task.taskId(), ReminderStep.BEFORE_DUE, assignee, task.dueDate(),
                            "Nhiệm vụ " + title + " đến hạn ngày " + due + ", còn " + left + " ngày làm việc."));
                }
            }
        }
        if (task.assignedBy() != null) {
            Recipient decider = Recipient.user(task.assignedBy());
            if (task.extensionRequestedOn() != null
                    && calendar.workingDaysBetween(task.extensionRequestedOn(), today) >= settings.decisionAfter()) {
                reminders.add(new Reminder(task.taskId(), ReminderStep.EXTENSION_PENDING, decider,
                        task.extensionRequestedOn(), "Đề nghị gia hạn nhiệm vụ " + title + " đến ngày "
                                + DisplayFormats.DATE.format(task.extensionDueDate()) + " (gửi ngày "
                                + DisplayFormats.DATE.format(task.extensionRequestedOn())
                                + ") đang chờ đồng chí quyết định."));
            }
            if (task.status() == TaskStatus.SUBMITTED && task.submittedOn() != null
                    && calendar.workingDaysBetween(task.submittedOn(), today) >= settings.decisionAfter()) {
                reminders.add(new Reminder(task.taskId(), ReminderStep.REVIEW_PENDING, decider, task.submittedOn(),
                        "Báo cáo hoàn thành nhiệm vụ " + title + " (gửi ngày "
                                + DisplayFormats.DATE.format(task.submittedOn()) + ") đang chờ đồng chí nghiệm thu."));
            }
        }
        return reminders;
    }
}
