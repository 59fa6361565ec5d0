package vn.hungyen.snv.task.domain;

/** Where a task stands in its lifecycle (docs/contract.md). */
public enum TaskStatus {
    ASSIGNED, SUBMITTED, RETURNED, DONE, CANCELLED;

    /** A done or cancelled task cannot be changed any more. */
    public boolean isFinal() {
        return this == DONE || this == CANCELLED;
    }

    /** Work is under way: the assignee may report completion, ask for more time, or be replaced. */
    public boolean isInProgress() {
        return this == ASSIGNED || this == RETURNED;
    }

    /** The status a review with this verdict leads to. */
    public static TaskStatus afterReview(ReviewVerdict verdict) {
        return verdict == ReviewVerdict.ACCEPTED ? DONE : RETURNED;
    }
}
