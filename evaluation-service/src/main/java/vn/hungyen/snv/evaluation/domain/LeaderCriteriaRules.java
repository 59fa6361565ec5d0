package vn.hungyen.snv.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * How d, đ and e of a leader are set (scoring-hy540 §6).
 *
 * <ul>
 *   <li>d = 100 when every officer under the leader who has a score reaches {@code bands.complete}
 *       (50 by default), else 50.</li>
 *   <li>đ = 50 when a product of the leader's units is overdue and open longer than
 *       {@code leader.prolongedOverdueWorkingDays} working days or their c is below 80; 100 when no
 *       product has a counted late event or return and nothing is overdue and open at the cut-off;
 *       otherwise the approver's choice.</li>
 *   <li>e = 100, or 50 when the approver records a documented finding.</li>
 * </ul>
 */
public final class LeaderCriteriaRules {

    public static final BigDecimal FULL = BigDecimal.valueOf(100);
    public static final BigDecimal HALF = BigDecimal.valueOf(50);
    /** đ drops to 50 when the unit's c is below this [N]. */
    public static final BigDecimal LOW_TIMELINESS = BigDecimal.valueOf(80);

    private final ScoringSettings settings;
    private final ScoreCalculator calculator;

    public LeaderCriteriaRules(ScoringSettings settings) {
        this.settings = settings;
        this.calculator = new ScoreCalculator(settings);
    }

    /** d from the rounded S of the officers under the leader; those without a score are not counted. */
    public BigDecimal unitResults(List<BigDecimal> subordinateScores) {
        boolean allComplete = subordinateScores.stream()
                .allMatch(score -> score.compareTo(settings.bandComplete()) >= 0);
        return allComplete ? FULL : HALF;
    }

    /**
     * đ from the month's products of the units the leader organises and the still open, overdue products
     * at the cut-off.
     *
     * @param products                the units' products of the month, each once
     * @param openOverdueWorkingDays  for each product overdue and still open at the cut-off (of this or an
     *                                earlier month), the working days it has been overdue, from the caller's
     *                                calendar
     */
    public OrganisingAssessment organising(List<ProductResult> products, List<Integer> openOverdueWorkingDays) {
        boolean prolongedOverdue = openOverdueWorkingDays.stream()
                .anyMatch(days -> days > settings.leaderProlongedOverdueWorkingDays());
        if (prolongedOverdue) {
            return new OrganisingAssessment(Optional.of(HALF), OrganisingAssessment.Basis.PROLONGED_OVERDUE);
        }
        Optional<TaskCriteria> criteria = calculator.criteria(products);
        if (criteria.isPresent() && criteria.get().timelinessBelow(LOW_TIMELINESS)) {
            return new OrganisingAssessment(Optional.of(HALF), OrganisingAssessment.Basis.LOW_TIMELINESS);
        }
        // A product of the month not completed by the cut-off is by definition overdue and open then.
        boolean clean = openOverdueWorkingDays.isEmpty()
                && products.stream().allMatch(p -> p.completed() && !p.hasCountedLateOrReturn());
        return clean
                ? new OrganisingAssessment(Optional.of(FULL), OrganisingAssessment.Basis.CLEAN_RECORD)
                : new OrganisingAssessment(Optional.empty(), OrganisingAssessment.Basis.APPROVER_CHOICE);
    }

    /** e: 100, or 50 when the approver has recorded a documented finding. */
    public BigDecimal cohesion(Optional<String> documentedFinding) {
        if (documentedFinding.isPresent() && documentedFinding.get().isBlank()) {
            throw new IllegalArgumentException("a cohesion finding must be documented, not blank");
        }
        return documentedFinding.isPresent() ? HALF : FULL;
    }
}
