package vn.hungyen.snv.evaluation.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The Director's adjustment of a published rating after a complaint (scoring-hy540 §8): a new G, a new
 * level, or both, applied to the figures as they stand; the published month itself is never recomputed.
 *
 * <ul>
 *   <li>A new G moves S by exactly the change of G: S was rounded once from G + K and G has no more
 *       decimals than S, so S − G + G' equals S recomputed with G'.</li>
 *   <li>Without a level of its own, the level is the band of the new S; when the level before differed
 *       from its band (forcing, a cap, the quota, or an earlier decision), that level still bounds the new
 *       band: a new G never undoes a rule or a decision that was not about G.</li>
 *   <li>A level given by the Director is taken as is: it is the audited decision.</li>
 * </ul>
 */
public final class PublishedAdjustment {

    /** G, S and the level of one officer's month; S is empty for {@link Level#NO_TASK_DATA}. */
    public record Figures(BigDecimal general, Optional<BigDecimal> total, Level level) {
    }

    private final ScoringSettings settings;
    private final LevelRules levels;

    public PublishedAdjustment(ScoringSettings settings) {
        this.settings = settings;
        this.levels = new LevelRules(settings);
    }

    /**
     * The figures after the adjustment.
     *
     * @throws IllegalArgumentException when neither G nor a level is given, G is out of range, or a new G is
     *                                  given for a month without a score
     */
    public Figures apply(Figures before, Optional<BigDecimal> general, Optional<Level> level) {
        if (general.isEmpty() && level.isEmpty()) {
            throw new IllegalArgumentException("an adjustment changes G, the level, or both");
        }
        general.ifPresent(g -> {
            if (g.signum() < 0 || g.compareTo(settings.generalMax()) > 0) {
                throw new IllegalArgumentException("G must be between 0 and " + settings.generalMax() + ": " + g);
            }
            if (before.total().isEmpty()) {
                throw new IllegalArgumentException("no score to adjust: the month has no products");
            }
        });
        Optional<BigDecimal> total = general.isEmpty() ? before.total()
                : before.total().map(s -> s.subtract(before.general()).add(general.get()));
        Level after = level.orElseGet(() -> bandWithin(before, total));
        return new Figures(general.orElse(before.general()), total, after);
    }

    private Level bandWithin(Figures before, Optional<BigDecimal> total) {
        Level band = total.map(levels::band).orElse(Level.NO_TASK_DATA);
        Level bandBefore = before.total().map(levels::band).orElse(Level.NO_TASK_DATA);
        return before.level() == bandBefore ? band : band.cappedAt(before.level());
    }
}
