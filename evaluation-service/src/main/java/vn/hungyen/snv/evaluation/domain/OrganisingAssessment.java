package vn.hungyen.snv.evaluation.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome of the đ (organising ability) automation of scoring-hy540 §6: either a value fixed by
 * the rules, or a request for the approver to choose 50, 75 or 100 with a reason.
 *
 * @param automaticValue the value the rules fix, empty when the approver chooses
 * @param basis          why
 */
public record OrganisingAssessment(Optional<BigDecimal> automaticValue, Basis basis) {

    /** Why đ has its value. */
    public enum Basis {
        /** No counted late or returned product and nothing overdue and open at the cut-off: 100. */
        CLEAN_RECORD,
        /** A product overdue and open longer than {@code leader.prolongedOverdueWorkingDays}: 50. */
        PROLONGED_OVERDUE,
        /** The unit's c below 80: 50. */
        LOW_TIMELINESS,
        /** Neither: the approver chooses. */
        APPROVER_CHOICE
    }

    /** The values an approver may choose. */
    public static final Set<Integer> APPROVER_VALUES = Set.of(50, 75, 100);

    public OrganisingAssessment {
        Objects.requireNonNull(automaticValue, "automaticValue");
        Objects.requireNonNull(basis, "basis");
        if (automaticValue.isEmpty() != (basis == Basis.APPROVER_CHOICE)) {
            throw new IllegalArgumentException("only APPROVER_CHOICE leaves đ to the approver");
        }
    }

    public boolean requiresApproverChoice() {
        return automaticValue.isEmpty();
    }

    /**
     * đ: the automatic value when there is one (an approver's choice cannot override the rules), else the
     * approver's choice, which must be 50, 75 or 100.
     *
     * @throws IllegalArgumentException when a choice is required and missing or not one of those values
     */
    public BigDecimal value(Optional<Integer> approverChoice) {
        if (automaticValue.isPresent()) {
            return automaticValue.get();
        }
        int choice = approverChoice.orElseThrow(
                () -> new IllegalArgumentException("đ needs the approver's choice of 50, 75 or 100"));
        if (!APPROVER_VALUES.contains(choice)) {
            throw new IllegalArgumentException("đ must be 50, 75 or 100, not " + choice);
        }
        return BigDecimal.valueOf(choice);
    }
}
