package vn.hungyen.snv.task.domain;

import java.util.Optional;

/** A change refused by the task workflow rules for one violation; nothing was written. */
public final class RuleViolationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Violation violation;

    private RuleViolationException(Violation violation) {
        super(violation.message());
        this.violation = violation;
    }

    /** Refuses the change for the violation a rule found; does nothing when it found none. */
    public static void throwIfAny(Optional<Violation> violation) {
        if (violation.isPresent()) {
            throw new RuleViolationException(violation.get());
        }
    }

    public Violation violation() {
        return violation;
    }
}
