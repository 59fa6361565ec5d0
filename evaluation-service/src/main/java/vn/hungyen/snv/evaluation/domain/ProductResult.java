package vn.hungyen.snv.evaluation.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One product of the month as the score formula of scoring-hy540 §3 sees it: weight, completed by the
 * cut-off, counted late events and counted quality returns (exempt ones already left out, §2).
 */
public record ProductResult(String productId, BigDecimal weight, boolean completed, int lateEvents,
                            int qualityReturns) {

    public ProductResult {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(weight, "weight");
        if (weight.signum() < 0) {
            throw new IllegalArgumentException("weight must not be negative: " + weight);
        }
        if (lateEvents < 0 || qualityReturns < 0) {
            throw new IllegalArgumentException("late events and returns must not be negative");
        }
    }

    /** True when the product lowers the unit's organising score: a counted late event or return (§6). */
    boolean hasCountedLateOrReturn() {
        return lateEvents > 0 || qualityReturns > 0;
    }
}
