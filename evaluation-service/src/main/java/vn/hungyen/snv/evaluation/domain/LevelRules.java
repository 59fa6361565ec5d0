package vn.hungyen.snv.evaluation.domain;

import java.math.BigDecimal;

/**
 * Bands and overrides of scoring-hy540 §4: the band of a rounded score, forcing flags, the cap of a
 * head by the unit and the cap of a unit by its members.
 */
public final class LevelRules {

    private final ScoringSettings settings;

    public LevelRules(ScoringSettings settings) {
        this.settings = settings;
    }

    /** The band of a score already rounded to {@code rounding.decimals}; each lower bound is inclusive. */
    public Level band(BigDecimal roundedScore) {
        if (roundedScore.compareTo(settings.bandExcellent()) >= 0) {
            return Level.HTXSNV;
        }
        if (roundedScore.compareTo(settings.bandGood()) >= 0) {
            return Level.HTTNV;
        }
        if (roundedScore.compareTo(settings.bandComplete()) >= 0) {
            return Level.HTNV;
        }
        return Level.KHTNV;
    }

    /** Any forcing flag (discipline, degradation, corruption in the unit) rates KHTNV whatever S, or no S. */
    public Level applyForcing(Level level, boolean forced) {
        return forced ? Level.KHTNV : level;
    }

    /**
     * A head is never rated above their unit ({@code leader.capByUnit}); a deputy head only when
     * {@code leader.capDeputies}. Other positions have no unit to be capped by.
     */
    public Level capByUnit(Level level, Position position, Level unitLevel) {
        boolean capped = settings.leaderCapByUnit()
                && (position == Position.HEAD || position == Position.DEPUTY_HEAD && settings.leaderCapDeputies());
        return capped ? level.cappedAt(unitLevel) : level;
    }

    /** A unit with a member rated KHTNV is at most HTTNV ({@code unit.capIfMemberNotComplete}). */
    public Level capUnit(Level unitLevel, boolean anyMemberNotComplete) {
        return settings.unitCapIfMemberNotComplete() && anyMemberNotComplete
                ? unitLevel.cappedAt(Level.HTTNV)
                : unitLevel;
    }
}
