package vn.hungyen.snv.task.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import vn.hungyen.snv.common.deadline.Deadline;

/** When the instances of a deadline fall due: once for the one-off kinds, every month for the recurring ones. */
public final class RecurringSchedule {

    private RecurringSchedule() {
    }

    /** The month of the first instance of a recurring deadline still due on or after {@code today}. */
    public static YearMonth firstMonth(Deadline deadline, LocalDate today) {
        YearMonth current = YearMonth.from(today);
        return deadline.dueDateIn(current).isBefore(today) ? current.plusMonths(1) : current;
    }

    /** The due date of the next instance: the one-off due date, or this or next month's recurring one. */
    public static LocalDate nextDueDate(Deadline deadline, LocalDate today) {
        return deadline.recurring() ? deadline.dueDateIn(firstMonth(deadline, today)) : deadline.dueDate();
    }
}
