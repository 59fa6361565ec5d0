package vn.hungyen.snv.task.domain;

/** Where a task stands in its lifecycle (docs/contract.md). */
public enum TaskStatus {
    ASSIGNED, SUBMITTED, RETURNED, DONE, CANCELLED;

    /** A done or cancelled task cannot be changed any more. */
    public boolean isFinal() {
        return this == DONE || this == CANCELLED;
    }
}
