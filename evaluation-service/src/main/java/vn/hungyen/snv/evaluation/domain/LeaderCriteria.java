package vn.hungyen.snv.evaluation.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The three criteria only leaders are scored on (scoring-hy540 §6), each 0–100.
 *
 * @param unitResults d, results of the officers under the leader
 * @param organising  đ, organising ability
 * @param cohesion    e, cohesion of the unit
 */
public record LeaderCriteria(BigDecimal unitResults, BigDecimal organising, BigDecimal cohesion) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public LeaderCriteria {
        requirePercent(unitResults, "d");
        requirePercent(organising, "đ");
        requirePercent(cohesion, "e");
    }

    BigDecimal sum() {
        return unitResults.add(organising).add(cohesion);
    }

    private static void requirePercent(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(name + " must be between 0 and 100: " + value);
        }
    }
}
