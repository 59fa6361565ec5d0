package vn.hungyen.snv.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The score formula of scoring-hy540 §3: a, b, c from the month's products, K and S, in exact
 * decimal arithmetic; only S is rounded.
 *
 * <p>S is computed as one fraction, G + bonus + taskMax × (100·Σ(wq + wb + wc) + W·(d + đ + e)) / (100·n·W)
 * with n = 3 for staff and units and n = 6 for leaders, and rounded once, so a repeating a, b, c or K
 * can never tip the rounding.
 */
public final class ScoreCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal STAFF_CRITERIA = BigDecimal.valueOf(3);
    private static final BigDecimal LEADER_CRITERIA = BigDecimal.valueOf(6);

    /** How many events the shares are computed in advance for: a product rarely has more. */
    private static final int SHARES_AHEAD = 8;

    private final ScoringSettings settings;
    private final BigDecimal[] qualityShares;
    private final BigDecimal[] timelinessShares;

    public ScoreCalculator(ScoringSettings settings) {
        this.settings = settings;
        this.qualityShares = new BigDecimal[SHARES_AHEAD];
        this.timelinessShares = new BigDecimal[SHARES_AHEAD];
        for (int events = 0; events < SHARES_AHEAD; events++) {
            qualityShares[events] = qualityShare(events);
            timelinessShares[events] = timelinessShare(events);
        }
    }

    /** a, b and c of the products; empty when W = 0, which means {@link Level#NO_TASK_DATA}. */
    public Optional<TaskCriteria> criteria(List<ProductResult> products) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal quantity = BigDecimal.ZERO;
        BigDecimal quality = BigDecimal.ZERO;
        BigDecimal timeliness = BigDecimal.ZERO;
        for (ProductResult product : products) {
            BigDecimal w = product.weight();
            total = total.add(w);
            if (product.completed()) {
                quantity = quantity.add(w);
                quality = quality.add(w.multiply(share(qualityShares, product.qualityReturns(), this::qualityShare)));
                timeliness = timeliness.add(w.multiply(
                        share(timelinessShares, product.lateEvents(), this::timelinessShare)));
            }
        }
        return total.signum() == 0
                ? Optional.empty()
                : Optional.of(new TaskCriteria(total, quantity, quality, timeliness));
    }

    /**
     * The a, b and c one product earns on its own, shown beside it; empty at weight 0. Asked for the products shown
     * only: a province-size month counts a million of them.
     */
    public Optional<TaskCriteria> credits(ProductResult product) {
        return criteria(List.of(product));
    }

    /** S = G + K with K = taskMax/100 × (a + b + c)/3: staff, and a unit's D = G_u + K_u (§7). */
    public Score score(BigDecimal general, TaskCriteria criteria) {
        return score(general, BigDecimal.ZERO, criteria, Optional.empty());
    }

    /** S = G + K with K = taskMax/100 × (a + b + c + d + đ + e)/6 (§3, leaders). */
    public Score leaderScore(BigDecimal general, TaskCriteria criteria, LeaderCriteria leaderCriteria) {
        return score(general, BigDecimal.ZERO, criteria, Optional.of(leaderCriteria));
    }

    /** S = G + K + bonus; K over six criteria when {@code leaderCriteria} is present, else three. */
    public Score score(BigDecimal general, BigDecimal bonus, TaskCriteria criteria,
                       Optional<LeaderCriteria> leaderCriteria) {
        requireBetween(general, settings.generalMax(), "G");
        requireBetween(bonus, settings.bonusMax(), "bonus");
        BigDecimal w = criteria.totalWeight();
        BigDecimal count = leaderCriteria.isPresent() ? LEADER_CRITERIA : STAFF_CRITERIA;
        BigDecimal leaderSum = leaderCriteria.map(LeaderCriteria::sum).orElse(BigDecimal.ZERO);

        BigDecimal kNumerator = settings.taskMax()
                .multiply(HUNDRED.multiply(criteria.pointsSum()).add(w.multiply(leaderSum)));
        BigDecimal kDenominator = HUNDRED.multiply(count).multiply(w);

        BigDecimal k = TaskCriteria.reportingQuotient(kNumerator, kDenominator);
        BigDecimal s = general.add(bonus).multiply(kDenominator).add(kNumerator)
                .divide(kDenominator, settings.roundingDecimals(), settings.roundingMode());
        return new Score(criteria, leaderCriteria, general, bonus, k, s);
    }

    /**
     * The share for {@code events}: computed in advance for the common counts (a month computes one for each of its
     * products, several times over), else computed now.
     */
    private static BigDecimal share(BigDecimal[] ahead, int events, IntFunction<BigDecimal> compute) {
        return events < ahead.length ? ahead[events] : compute.apply(events);
    }

    private BigDecimal qualityShare(int returns) {
        return deducted(settings.qualityPerReturn(), returns);
    }

    private BigDecimal timelinessShare(int lateEvents) {
        if (settings.lateMode() == ScoringSettings.LateMode.ZERO_CREDIT && lateEvents > 0) {
            return BigDecimal.ZERO;
        }
        return deducted(settings.timelinessPerLate(), lateEvents);
    }

    private static BigDecimal deducted(BigDecimal perEvent, int events) {
        return BigDecimal.ONE.subtract(perEvent.multiply(BigDecimal.valueOf(events))).max(BigDecimal.ZERO);
    }

    private static void requireBetween(BigDecimal value, BigDecimal max, String name) {
        if (value.signum() < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(name + " must be between 0 and " + max + ": " + value);
        }
    }
}
