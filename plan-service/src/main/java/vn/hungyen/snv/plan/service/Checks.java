package vn.hungyen.snv.plan.service;

import java.util.List;
import java.util.Optional;
import vn.hungyen.snv.common.rules.RuleViolationException;
import vn.hungyen.snv.common.rules.Violation;

/** Checks of request fields shared by the directory's services: a failed check is a 400 naming the field. */
final class Checks {

    private Checks() {
    }

    /** Refuses the request with the message, listing the field, when the field's value is not valid. */
    static void check(boolean valid, String field, String message) {
        if (!valid) {
            Violation violation = new Violation(field, "invalid-" + field, Violation.Kind.INPUT, message);
            RuleViolationException.throwIfAny(Optional.of(violation), List.of(violation));
        }
    }

    /** The text stripped, null when absent or blank. */
    static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
