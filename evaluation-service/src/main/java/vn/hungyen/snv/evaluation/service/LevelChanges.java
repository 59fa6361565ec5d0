package vn.hungyen.snv.evaluation.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hungyen.snv.evaluation.domain.Level;
import vn.hungyen.snv.evaluation.domain.OfficerResult;
import vn.hungyen.snv.evaluation.domain.QuotaResult;
import vn.hungyen.snv.evaluation.service.RatingViews.LevelChange;
import vn.hungyen.snv.evaluation.service.RatingViews.Review;

/**
 * Why an officer's level differs from the band of S: each adjustment the rating applied, in its order, with the
 * level before and after it and what the rule read, so that pages can say which rule lowered the level.
 */
final class LevelChanges {

    private LevelChanges() {
    }

    /**
     * @param band        the band of S alone
     * @param level       the level after every rule
     * @param adjustments the rules the rating applied, in order (forcing, the Director's decision, head cap, quota)
     * @param review      the confirmed review, where the forcing flags were recorded; null if none
     * @param reviewerName the full name of the review's author, their username when unknown
     * @param unitLevel   the level of the officer's unit, empty if it has none
     * @param quota       the quota of the officer's group, empty when no quota was applied
     */
    static List<LevelChange> of(Level band, Level level, List<OfficerResult.Adjustment> adjustments, Review review,
            String reviewerName, Optional<Level> unitLevel, Optional<QuotaResult> quota) {
        List<LevelChange> changes = new ArrayList<>();
        Level from = band;
        for (OfficerResult.Adjustment adjustment : adjustments) {
            LevelChange change = switch (adjustment) {
                case FORCED -> new LevelChange(adjustment.name(), from, Level.KHTNV, flags(review),
                        review == null ? null : review.by(), reviewerName, null, null, null, null);
                case CAPPED_BY_UNIT -> new LevelChange(adjustment.name(), from, unitLevel.map(from::cappedAt).orElse(from), null, null, null,
                        unitLevel.orElse(null), null, null, null);
                case QUOTA -> new LevelChange(adjustment.name(), from, Level.HTTNV, null, null, null, null,
                        quota.map(QuotaResult::group).orElse(null), quota.map(QuotaResult::excellent).orElse(null),
                        quota.map(QuotaResult::allowed).orElse(null));
                case DIRECTOR_DECISION -> new LevelChange(adjustment.name(), from, level, null, null, null, null, null,
                        null, null);
            };
            changes.add(change);
            from = change.to();
        }
        return List.copyOf(changes);
    }

    private static List<String> flags(Review review) {
        if (review == null) {
            return List.of();
        }
        List<String> flags = new ArrayList<>();
        if (review.disciplined()) {
            flags.add("DISCIPLINED");
        }
        if (review.degraded()) {
            flags.add("DEGRADED");
        }
        if (review.corruptionInUnit()) {
            flags.add("CORRUPTION_IN_UNIT");
        }
        return List.copyOf(flags);
    }
}
