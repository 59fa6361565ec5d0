package vn.hungyen.snv.task.domain;

/**
 * One thing a request breaks: the request field at fault (null when it is the task's state or the caller that
 * stands in the way), a stable code, what kind of answer it calls for, and a Vietnamese message.
 */
public record Violation(String field, String code, Kind kind, String message) {

    /**
     * What kind of answer a violation calls for on its own: a missing or invalid field, a refusal, a clash with the
     * current state, a broken rule.
     */
    public enum Kind { INPUT, FORBIDDEN, CONFLICT, UNPROCESSABLE }
}
