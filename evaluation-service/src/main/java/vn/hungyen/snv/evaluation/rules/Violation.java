package vn.hungyen.snv.evaluation.rules;

/**
 * One thing a step of the month's workflow breaks: the request field at fault (null when it is the month's state or
 * the caller that stands in the way; for a step missing before publication, the path of what it concerns), a stable
 * code, what kind of answer it calls for, and a Vietnamese message.
 */
public record Violation(String field, String code, Kind kind, String message) {

    /**
     * What kind of answer a violation calls for on its own: a missing or invalid field, a refusal, a clash with the
     * current state, a broken rule, or a month that still lacks steps before it may be published.
     */
    public enum Kind { INPUT, FORBIDDEN, CONFLICT, UNPROCESSABLE, INCOMPLETE }
}
