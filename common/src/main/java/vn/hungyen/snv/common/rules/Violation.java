package vn.hungyen.snv.common.rules;

/**
 * One thing a request breaks, as every service's pure rules report it: the request field at fault (null when the
 * state or the caller stands in the way; for a step still missing, the path of what it concerns), a stable code,
 * what kind of answer it calls for, and a Vietnamese message.
 */
public record Violation(String field, String code, Kind kind, String message) {

    /**
     * What kind of answer a violation calls for on its own: a missing or invalid field, a refusal, a clash with the
     * current state, a broken rule, or a step that needs earlier steps done first (a month's publication).
     */
    public enum Kind { INPUT, FORBIDDEN, CONFLICT, UNPROCESSABLE, INCOMPLETE }
}
