package vn.hungyen.snv.common.deadline;

import java.time.LocalDate;

/**
 * The one definition of overdue work, shared by task lists (their badge, filter and counts), the Director's
 * dashboard and the leaders' đ (docs/contract.md, "Task lifecycle"), and the due date it is measured against.
 *
 * <p>A task is measured against its <em>rated due date</em>, the date the monthly rating scores it against
 * (scoring-hy540 §2): the first due date, moved by every extension granted for an objective cause. An extension
 * without an objective cause gives the officer a new deadline but leaves the rated due date where it was, so the
 * task is late against the rating whatever the new deadline says.
 */
public final class Overdue {

    private Overdue() {
    }

    /**
     * The rated due date after an extension to {@code grantedDueDate} was approved: the granted date when the
     * approver marked the cause objective, otherwise unchanged.
     */
    public static LocalDate ratedDueDateAfterExtension(LocalDate ratedDueDate, LocalDate grantedDueDate,
            boolean objectiveCause) {
        return objectiveCause ? grantedDueDate : ratedDueDate;
    }

    /**
     * Overdue on {@code day}: the work is still in progress — not cancelled, and no product handed in that was
     * accepted or still awaits review (the reviewer's delay never makes an officer late) — and its rated due date
     * lies before {@code day}.
     */
    public static boolean on(LocalDate day, LocalDate ratedDueDate, boolean inProgress) {
        return inProgress && ratedDueDate.isBefore(day);
    }
}
