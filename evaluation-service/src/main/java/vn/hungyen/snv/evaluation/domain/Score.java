package vn.hungyen.snv.evaluation.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A computed score of scoring-hy540 §3 (an officer's S, or a unit's D of §7) with everything it was
 * computed from.
 *
 * @param criteria       a, b, c and the weights behind them
 * @param leaderCriteria d, đ, e for a leader, empty for staff and units
 * @param general        G (G_u for a unit)
 * @param bonus          bonus points, at most {@code scale.bonusMax}
 * @param k              K = taskMax/100 × mean of the criteria, unrounded (see {@link TaskCriteria#REPORTING_PRECISION})
 * @param s              S = G + K + bonus, rounded to {@code rounding.decimals} with {@code rounding.mode}
 */
public record Score(TaskCriteria criteria, Optional<LeaderCriteria> leaderCriteria, BigDecimal general,
                   BigDecimal bonus, BigDecimal k, BigDecimal s) {

    public BigDecimal a() {
        return criteria.a();
    }

    public BigDecimal b() {
        return criteria.b();
    }

    public BigDecimal c() {
        return criteria.c();
    }
}
