package vn.hungyen.snv.evaluation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.hungyen.snv.common.deadline.Overdue;

/**
 * The stored facts of one product (task instance) from which scoring-hy540 §2 decides its month,
 * completion, late events and quality returns.
 *
 * @param productId       stable id, used to count a product once in a unit (§7)
 * @param dueDate         the due date first set, Asia/Ho_Chi_Minh
 * @param weight          conversion factor of the product type (hệ số quy đổi, default 1.0)
 * @param cancelled       a cancelled task leaves the set
 * @param dueDateChanges  extensions in the order they were granted
 * @param submissions     submissions in any order
 * @param exempt          an exemption for a confirmed objective cause was approved: none of its late events and
 *                        quality returns count (§1, §2)
 */
public record ProductFacts(
        String productId,
        LocalDate dueDate,
        BigDecimal weight,
        boolean cancelled,
        List<DueDateChange> dueDateChanges,
        List<Submission> submissions,
        boolean exempt) {

    public ProductFacts {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(weight, "weight");
        if (weight.signum() < 0) {
            throw new IllegalArgumentException("weight must not be negative: " + weight);
        }
        dueDateChanges = List.copyOf(dueDateChanges);
        submissions = List.copyOf(submissions);
    }

    /** A product of weight 1 without extensions, the common case. */
    public static ProductFacts of(String productId, LocalDate dueDate, Submission... submissions) {
        return new ProductFacts(productId, dueDate, BigDecimal.ONE, false, List.of(), List.of(submissions), false);
    }

    /**
     * Handed in by the end of {@code day}: a product submitted then was accepted or still awaits review. Until it
     * is returned, such a product is no longer overdue work — the reviewer's delay never makes an officer late —,
     * the one definition task lists, the dashboard and §6 share (docs/contract.md, "Task lifecycle").
     */
    public boolean handedInBy(LocalDate day) {
        for (Submission submission : submissions) {
            if (submission.verdict() != Submission.Verdict.RETURNED && !submission.submittedOn().isAfter(day)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The due date the rating scores against (§2): the first due date, moved by every extension granted for an
     * objective cause ({@link Overdue#ratedDueDateAfterExtension}).
     */
    public LocalDate ratedDueDate() {
        LocalDate rated = dueDate;
        for (DueDateChange change : dueDateChanges) {
            rated = Overdue.ratedDueDateAfterExtension(rated, change.newDueDate(), change.objectiveCause());
        }
        return rated;
    }

    /**
     * The same product as if done on time: handed in on its rated due date and accepted there, after the
     * submissions it has (returns before then still count). How an unfinished month is projected
     * ({@link MonthInProgress}).
     */
    public ProductFacts doneOnTime() {
        List<Submission> withAccepted = new ArrayList<>(submissions);
        withAccepted.add(Submission.accepted(ratedDueDate()));
        return new ProductFacts(productId, dueDate, weight, cancelled, dueDateChanges, withAccepted, exempt);
    }

    /** The same product with an approved exemption. */
    public ProductFacts exempted() {
        return new ProductFacts(productId, dueDate, weight, cancelled, dueDateChanges, submissions, true);
    }
}
