package vn.hungyen.snv.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One unit's month (scoring-hy540 §7); its members are the officers whose {@code unitId} names it.
 *
 * @param unitId                  the unit
 * @param general                 G_u, scored by the supervising deputy director, 0 – {@code scale.generalMax}
 * @param ownProducts             tasks assigned to the unit itself; members' products are added by the rules
 * @param tasks                   every task of the unit, assigned or not, of this or an earlier month: those
 *                                overdue and still open at the cut-off lower its leaders' đ (§6)
 */
public record UnitInput(String unitId, BigDecimal general, List<ProductFacts> ownProducts,
                        List<ProductFacts> tasks) {

    public UnitInput {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(general, "general");
        ownProducts = List.copyOf(ownProducts);
        tasks = List.copyOf(tasks);
    }
}
