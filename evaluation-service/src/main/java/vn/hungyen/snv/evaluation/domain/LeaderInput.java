package vn.hungyen.snv.evaluation.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the rules need to know about a leader beyond their products (scoring-hy540 §6).
 *
 * @param subordinateIds    officers under the leader (d); each must hold a lower {@link Position}
 * @param organisedUnitIds  units whose organisation the leader answers for (đ): their own unit for a head or
 *                          deputy head, the supervised units for a deputy director
 * @param organisingChoice  the approver's đ (50, 75 or 100) when the rules leave it to them
 * @param cohesionFinding   the documented finding that sets e = 50, if the approver recorded one
 * @param organisedTasks    for a deputy head in charge of some fields of work only ({@link ProductScope}), the
 *                          unit's tasks of those fields, of this or an earlier month: đ is judged on them instead of
 *                          the whole unit, and d on the subordinates who carry out one of them this month
 */
public record LeaderInput(List<String> subordinateIds, List<String> organisedUnitIds,
                          Optional<Integer> organisingChoice, Optional<String> cohesionFinding,
                          Optional<List<ProductFacts>> organisedTasks) {

    public LeaderInput {
        subordinateIds = List.copyOf(subordinateIds);
        organisedUnitIds = List.copyOf(organisedUnitIds);
        Objects.requireNonNull(organisingChoice, "organisingChoice");
        Objects.requireNonNull(cohesionFinding, "cohesionFinding");
        organisedTasks = organisedTasks.map(List::copyOf);
    }

    /** A leader answering for the whole of their units. */
    public LeaderInput(List<String> subordinateIds, List<String> organisedUnitIds,
                       Optional<Integer> organisingChoice, Optional<String> cohesionFinding) {
        this(subordinateIds, organisedUnitIds, organisingChoice, cohesionFinding, Optional.empty());
    }
}
