package vn.hungyen.snv.task.domain;

/**
 * The steps of chasing a task (đôn đốc), each sent once to each recipient: once per due date for the steps before and
 * on the day and the escalations, once a day while overdue, once per waiting request for the decisions; and the steps
 * of a month's rating (MONTH_…), once per month and recipient.
 */
public enum ReminderStep {
    /** The due date is at most {@code app.reminders.days-before} working days away. */
    BEFORE_DUE,
    /** Today is the last working day on or before the due date. */
    DUE_TODAY,
    /** Overdue and not yet reported: the assignee, every working day. */
    OVERDUE,
    /** {@code app.reminders.escalate-to-head-after} working days overdue: the unit's leaders. */
    ESCALATED_TO_HEAD,
    /** {@code app.reminders.escalate-to-deputy-after} working days overdue: the supervising deputy director. */
    ESCALATED_TO_DEPUTY,
    /** An extension request waits for the decision of whoever assigned the task. */
    EXTENSION_PENDING,
    /** A completion report waits for the review of whoever assigned the task. */
    REVIEW_PENDING,
    /** The officer has not self-assessed the month. */
    MONTH_SELF_ASSESSMENT,
    /** Officers' months wait for their reviewer (review, đ, exemption rulings). */
    MONTH_REVIEW,
    /** Units' G_u wait for their supervising deputy director. */
    MONTH_UNIT_REVIEW,
    /** The month waits for the Director's publication. */
    MONTH_PUBLICATION
}
