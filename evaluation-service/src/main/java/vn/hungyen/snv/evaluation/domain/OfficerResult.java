package vn.hungyen.snv.evaluation.domain;

import java.util.List;
import java.util.Optional;

/**
 * An officer's monthly rating with the products and adjustments behind it (scoring-hy540 §3–§6).
 *
 * @param officerId   the officer
 * @param position    the position
 * @param unitId      the officer's unit
 * @param quotaGroup  the quota group
 * @param counted     the products attributed to the month, with what each earns
 * @param score       a, b, c, (d, đ, e), K and S; empty when W = 0
 * @param organising  how đ was set, for a leader
 * @param bandLevel   the band of S alone, {@link Level#NO_TASK_DATA} without a score
 * @param level       the level after the adjustments
 * @param adjustments what changed the band into the level, in the order applied
 */
public record OfficerResult(
        String officerId,
        Position position,
        Optional<String> unitId,
        String quotaGroup,
        List<CountedProduct> counted,
        Optional<Score> score,
        Optional<OrganisingAssessment> organising,
        Level bandLevel,
        Level level,
        List<Adjustment> adjustments) {

    /** A rule that changed the level after banding. */
    public enum Adjustment {
        /** A forcing flag: KHTNV (§4). */
        FORCED,
        /** Lowered to the unit's level (§4). */
        CAPPED_BY_UNIT,
        /** Lowered from HTXSNV to HTTNV by the quota (§5). */
        QUOTA,
        /**
         * The level the Director decided after publication (§8, complaints): it replaces the level after forcing,
         * and neither the head cap nor the quota changes it.
         */
        DIRECTOR_DECISION
    }

    public OfficerResult {
        counted = List.copyOf(counted);
        adjustments = List.copyOf(adjustments);
    }

    /** The month's products as the score formula sees them. */
    public List<ProductResult> products() {
        return counted.stream().map(CountedProduct::result).toList();
    }

    /** Σ late events over the month's products, the last tie-break of the quota (§5). */
    public int lateEvents() {
        return counted.stream().mapToInt(p -> p.result().lateEvents()).sum();
    }
}
