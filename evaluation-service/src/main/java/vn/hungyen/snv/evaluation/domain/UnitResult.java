package vn.hungyen.snv.evaluation.domain;

import java.util.List;
import java.util.Optional;

/**
 * A unit's monthly collective rating (scoring-hy540 §7).
 *
 * @param unitId         the unit
 * @param products       the unit's products of the month, each counted once
 * @param score          a_u, b_u, c_u, K_u and D = G_u + K_u; empty when W = 0
 * @param bandLevel      the band of D alone
 * @param level          after the member cap
 * @param cappedByMember lowered to HTTNV because a member is KHTNV
 */
public record UnitResult(String unitId, List<ProductResult> products, Optional<Score> score, Level bandLevel,
                         Level level, boolean cappedByMember) {

    public UnitResult {
        products = List.copyOf(products);
    }
}
