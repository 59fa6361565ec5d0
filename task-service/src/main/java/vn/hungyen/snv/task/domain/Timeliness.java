package vn.hungyen.snv.task.domain;

import java.time.LocalDate;
import java.util.function.BiPredicate;
import vn.hungyen.snv.common.deadline.Overdue;

/**
 * How a task stands against its rated due date (docs/contract.md, "Task lifecycle"), computed, never stored: the
 * date the monthly rating scores it against, which an extension without an objective cause does not move
 * ({@link Overdue}). Only work in progress (assigned or returned) can be overdue or due soon: a product handed in
 * and awaiting review stops the clock, since the reviewer's delay never makes an officer late ({@link Overdue#on},
 * which evaluation-service's dashboard and §6 use too). TaskRepository counts and filters by these same
 * definitions in SQL; TaskProgressTest checks that both agree.
 */
public enum Timeliness {
    ON_TRACK, DUE_SOON, OVERDUE, AWAITING_REVIEW, DONE_ON_TIME, DONE_LATE;

    /**
     * @param status        where the task stands
     * @param ratedDueDate  the due date the rating scores against
     * @param doneOn        the calendar date the accepted product was submitted, or null if not done
     * @param dueSoon       whether {@code today} lies within the "due soon" window before the due date
     */
    public static Timeliness of(TaskStatus status, LocalDate ratedDueDate, LocalDate doneOn, LocalDate today,
            BiPredicate<LocalDate, LocalDate> dueSoon) {
        if (doneOn != null) {
            return doneOn.isAfter(ratedDueDate) ? DONE_LATE : DONE_ON_TIME;
        }
        if (status == TaskStatus.SUBMITTED) {
            return AWAITING_REVIEW;
        }
        if (Overdue.on(today, ratedDueDate, status.isInProgress())) {
            return OVERDUE;
        }
        return dueSoon.test(today, ratedDueDate) ? DUE_SOON : ON_TRACK;
    }
}
