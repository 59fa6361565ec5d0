package vn.hungyen.snv.task.domain;

/** Where an extension request (gia hạn) stands. */
public enum ExtensionStatus {
    PENDING, APPROVED, REFUSED
}
