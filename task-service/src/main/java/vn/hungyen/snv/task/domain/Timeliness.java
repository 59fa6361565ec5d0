package vn.hungyen.snv.task.domain;

import java.time.LocalDate;
import java.util.function.BiPredicate;

/**
 * How a task stands against its due date (docs/contract.md), computed, never stored. TaskRepository#progress counts
 * done, late and overdue tasks by these same definitions in SQL; TaskProgressTest checks that both agree.
 */
public enum Timeliness {
    ON_TRACK, DUE_SOON, OVERDUE, DONE_ON_TIME, DONE_LATE;

    /**
     * @param dueSoon  whether {@code today} lies within the "due soon" window before the due date
     * @param doneOn   the calendar date the accepted product was submitted, or null if not done
     */
    public static Timeliness of(LocalDate dueDate, LocalDate doneOn, LocalDate today,
            BiPredicate<LocalDate, LocalDate> dueSoon) {
        if (doneOn != null) {
            return doneOn.isAfter(dueDate) ? DONE_LATE : DONE_ON_TIME;
        }
        if (today.isAfter(dueDate)) {
            return OVERDUE;
        }
        return dueSoon.test(today, dueDate) ? DUE_SOON : ON_TRACK;
    }
}
