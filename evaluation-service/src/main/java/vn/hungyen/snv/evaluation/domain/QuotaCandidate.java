package vn.hungyen.snv.evaluation.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One officer of a quota group as the HTXSNV quota of scoring-hy540 §5 sees them: level before the
 * quota and the values of the tie-break (higher S, higher K, higher c, higher b, fewer late events).
 */
public record QuotaCandidate(String officerId, Level level, BigDecimal s, BigDecimal k, BigDecimal c,
                             BigDecimal b, int lateEvents) {

    public QuotaCandidate {
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(s, "s");
        Objects.requireNonNull(k, "k");
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(b, "b");
    }
}
