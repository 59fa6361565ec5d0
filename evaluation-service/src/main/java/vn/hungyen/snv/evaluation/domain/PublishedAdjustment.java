package vn.hungyen.snv.evaluation.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Director's adjustments of a published month after complaints (scoring-hy540 §8) as inputs of the month's
 * computation: the month is rated again with them by {@link MonthlyRating}, so that everything that depends on the
 * adjusted officer follows by the same rules (the unit's member cap, the d of the leaders above, the head cap, the
 * quota of the group).
 *
 * <ul>
 *   <li>A new G replaces the officer's G in the computation; the latest one given counts.</li>
 *   <li>A level given by the Director is the audited decision: it replaces the officer's level where forcing
 *       is applied ({@link MonthInput#decidedLevels()}) and stands until the Director decides another; an
 *       adjustment of G alone leaves it as it is.</li>
 * </ul>
 */
public final class PublishedAdjustment {

    /** One adjustment, in the order they were made: the officer, the new G and the new level, either or both. */
    public record Entry(String officerId, Optional<BigDecimal> general, Optional<Level> level) {

        public Entry {
            Objects.requireNonNull(officerId, "officerId");
            Objects.requireNonNull(general, "general");
            Objects.requireNonNull(level, "level");
            if (general.isEmpty() && level.isEmpty()) {
                throw new IllegalArgumentException(officerId + ": an adjustment changes G, the level, or both");
            }
        }
    }

    /** What the adjustments make of the month's inputs: G per officer and the decided level per officer. */
    public record Inputs(Map<String, BigDecimal> generals, Map<String, Level> levels) {

        public Inputs {
            generals = Map.copyOf(generals);
            levels = Map.copyOf(levels);
        }
    }

    private PublishedAdjustment() {
    }

    /** The inputs in force after {@code entries}, oldest first: for each officer the latest G and the latest level. */
    public static Inputs inForce(List<Entry> entries) {
        Map<String, BigDecimal> generals = new LinkedHashMap<>();
        Map<String, Level> levels = new LinkedHashMap<>();
        for (Entry entry : entries) {
            entry.general().ifPresent(g -> generals.put(entry.officerId(), g));
            entry.level().ifPresent(l -> levels.put(entry.officerId(), l));
        }
        return new Inputs(generals, levels);
    }
}
