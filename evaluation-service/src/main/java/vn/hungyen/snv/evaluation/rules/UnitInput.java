package vn.hungyen.snv.evaluation.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One unit's month (scoring-hy540 §7); its members are the officers whose {@code unitId} names it.
 *
 * @param unitId                  the unit
 * @param general                 G_u, scored by the supervising deputy director, 0 – {@code scale.generalMax}
 * @param ownProducts             tasks assigned to the unit itself; members' products are added by the rules
 * @param openOverdueWorkingDays  for each unit product overdue and still open at the cut-off, of this or an
 *                                earlier month, the working days it has been overdue (§6, đ)
 */
public record UnitInput(String unitId, BigDecimal general, List<ProductFacts> ownProducts,
                        List<Integer> openOverdueWorkingDays) {

    public UnitInput {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(general, "general");
        ownProducts = List.copyOf(ownProducts);
        openOverdueWorkingDays = List.copyOf(openOverdueWorkingDays);
    }
}
