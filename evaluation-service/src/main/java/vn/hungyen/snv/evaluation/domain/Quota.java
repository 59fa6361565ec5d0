package vn.hungyen.snv.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The HTXSNV quota of scoring-hy540 §5 for one group of officers with similar duties.
 *
 * <p>With C candidates at HTXSNV and H at HTTNV the top x = floor(ratio × (H + C) / (1 + ratio)) stay
 * HTXSNV ({@code quota.base = goodOnly}; with {@code allRated}, x = floor(ratio × everybody rated)); the
 * others become HTTNV with their score unchanged. x is computed exactly and then floored. Order: higher S,
 * higher K, higher c, higher b, fewer late events, then officer id so that the result never depends on
 * input order (flagged as {@link QuotaResult#tieAtBoundary()} when it decides).
 */
public final class Quota {

    private static final Comparator<QuotaCandidate> MERIT = Comparator
            .comparing(QuotaCandidate::s).reversed()
            .thenComparing(Comparator.comparing(QuotaCandidate::k).reversed())
            .thenComparing(Comparator.comparing(QuotaCandidate::c).reversed())
            .thenComparing(Comparator.comparing(QuotaCandidate::b).reversed())
            .thenComparingInt(QuotaCandidate::lateEvents);

    private final ScoringSettings settings;

    public Quota(ScoringSettings settings) {
        this.settings = settings;
    }

    /**
     * Applies the quota to the officers of one group.
     *
     * @param group          the group's name
     * @param candidates     every officer of the group; only HTXSNV and HTTNV (and, with {@code allRated},
     *                       every rated level) are counted
     * @param exceptionRatio the Director's recorded exception for this group, replacing {@code quota.ratio}
     */
    public QuotaResult apply(String group, List<QuotaCandidate> candidates, Optional<BigDecimal> exceptionRatio) {
        return apply(group, candidates, exceptionRatio, Set.of());
    }

    /**
     * As {@link #apply(String, List, Optional)}, where the officers of {@code decided} hold a level the Director
     * decided after publication (§8): they count like the others, and one at HTXSNV keeps it and takes one of the
     * x places first; the best of the rest fill the places left.
     */
    public QuotaResult apply(String group, List<QuotaCandidate> candidates, Optional<BigDecimal> exceptionRatio,
            Set<String> decided) {
        BigDecimal ratio = exceptionRatio.orElse(settings.quotaRatio());
        if (ratio.signum() < 0) {
            throw new IllegalArgumentException("quota ratio must not be negative: " + ratio);
        }
        List<QuotaCandidate> excellent = candidates.stream()
                .filter(candidate -> candidate.level() == Level.HTXSNV)
                .sorted(MERIT.thenComparing(QuotaCandidate::officerId))
                .toList();
        List<String> fixed = excellent.stream().map(QuotaCandidate::officerId).filter(decided::contains).toList();
        List<QuotaCandidate> ranked = excellent.stream().filter(c -> !decided.contains(c.officerId())).toList();
        int good = (int) candidates.stream().filter(candidate -> candidate.level() == Level.HTTNV).count();
        int rated = (int) candidates.stream().filter(candidate -> candidate.level().isRated()).count();

        int allowed = settings.quotaBase() == ScoringSettings.QuotaBase.GOOD_ONLY
                ? allowed(ratio, good + excellent.size())
                : floor(ratio.multiply(BigDecimal.valueOf(rated)));
        int keep = Math.max(0, Math.min(allowed - fixed.size(), ranked.size()));
        boolean tie = keep > 0 && keep < ranked.size()
                && MERIT.compare(ranked.get(keep - 1), ranked.get(keep)) == 0;

        List<String> kept = new ArrayList<>(fixed);
        ranked.subList(0, keep).forEach(candidate -> kept.add(candidate.officerId()));
        return new QuotaResult(group, ratio, excellent.size(), good, allowed, kept,
                ranked.subList(keep, ranked.size()).stream().map(QuotaCandidate::officerId).toList(), tie);
    }

    /** x = floor(ratio × (H + C) / (1 + ratio)), exact before the floor. */
    static int allowed(BigDecimal ratio, int goodAndExcellent) {
        return ratio.multiply(BigDecimal.valueOf(goodAndExcellent))
                .divide(BigDecimal.ONE.add(ratio), 0, RoundingMode.FLOOR)
                .intValueExact();
    }

    private static int floor(BigDecimal value) {
        return value.setScale(0, RoundingMode.FLOOR).intValueExact();
    }
}
