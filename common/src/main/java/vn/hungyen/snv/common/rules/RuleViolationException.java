package vn.hungyen.snv.common.rules;

import java.util.List;
import java.util.Optional;

/**
 * A step refused by a service's rules for one violation, with the violations it lists (the steps still missing, or
 * every problem of an input); nothing was written. common's {@code rest.RuleViolationMapper} answers it.
 */
public final class RuleViolationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Violation violation;
    private final transient List<Violation> listed;

    private RuleViolationException(Violation violation, List<Violation> listed) {
        super(violation.message());
        this.violation = violation;
        this.listed = List.copyOf(listed);
    }

    /** Refuses the step for the violation a rule found; does nothing when it found none. */
    public static void throwIfAny(Optional<Violation> violation) {
        throwIfAny(violation, List.of());
    }

    /** Refuses the step for the violation a rule found, listing {@code listed}; does nothing when it found none. */
    public static void throwIfAny(Optional<Violation> violation, List<Violation> listed) {
        if (violation.isPresent()) {
            throw new RuleViolationException(violation.get(), listed);
        }
    }

    public Violation violation() {
        return violation;
    }

    /** What the refusal lists, one violation each; empty for most refusals. */
    public List<Violation> listed() {
        return listed;
    }
}
