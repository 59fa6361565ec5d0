package vn.hungyen.snv.evaluation.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An officer's published months of a quarter or year, with what the second pass of scoring-hy540 §9 needs:
 * the position and unit for the head cap and the quota group; an officer who has left the Department is in no
 * quota group.
 */
public record PeriodOfficer(String officerId, Position position, Optional<String> unitId, Optional<String> quotaGroup,
                            List<MonthRecord> months) {

    public PeriodOfficer {
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(quotaGroup, "quotaGroup");
        months = List.copyOf(months);
    }
}
