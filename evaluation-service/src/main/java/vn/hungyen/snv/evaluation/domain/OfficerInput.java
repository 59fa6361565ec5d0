package vn.hungyen.snv.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One officer's month as the service loads it (scoring-hy540 §1).
 *
 * @param officerId  the officer
 * @param position   the position, which decides three or six criteria
 * @param unitId     the unit the officer belongs to, if it is rated (§7)
 * @param quotaGroup one of {@code quota.groups} (§5)
 * @param general    G as confirmed by the head, 0 – {@code scale.generalMax}
 * @param bonus      bonus points, 0 – {@code scale.bonusMax}
 * @param forced     a forcing flag took effect this month (§4)
 * @param products   the officer's products, before attribution; for a leader their own tasks plus the
 *                   tasks of the unit or fields they lead ({@link ProductScope}, §6)
 * @param leader     present exactly when the position is a leader's
 */
public record OfficerInput(
        String officerId,
        Position position,
        Optional<String> unitId,
        String quotaGroup,
        BigDecimal general,
        BigDecimal bonus,
        boolean forced,
        List<ProductFacts> products,
        Optional<LeaderInput> leader) {

    public OfficerInput {
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(quotaGroup, "quotaGroup");
        Objects.requireNonNull(general, "general");
        Objects.requireNonNull(bonus, "bonus");
        products = List.copyOf(products);
        Objects.requireNonNull(leader, "leader");
        if (position.isLeader() != leader.isPresent()) {
            throw new IllegalArgumentException(officerId + ": leader input is required for leaders and only for them");
        }
    }

    /** The same officer, for a leader without these subordinates. */
    OfficerInput withoutSubordinates(Set<String> officerIds) {
        return new OfficerInput(officerId, position, unitId, quotaGroup, general, bonus, forced, products,
                leader.map(l -> new LeaderInput(l.subordinateIds().stream().filter(id -> !officerIds.contains(id))
                        .toList(), l.organisedUnitIds(), l.organisingChoice(), l.cohesionFinding(),
                        l.organisedTasks())));
    }

    /** A staff member without bonus or forcing flag. */
    public static OfficerInput staff(String officerId, String unitId, String quotaGroup, BigDecimal general,
                                     List<ProductFacts> products) {
        return new OfficerInput(officerId, Position.STAFF, Optional.of(unitId), quotaGroup, general,
                BigDecimal.ZERO, false, products, Optional.empty());
    }
}
