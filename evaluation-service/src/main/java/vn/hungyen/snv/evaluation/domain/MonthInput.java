package vn.hungyen.snv.evaluation.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one month's rating of the Department needs (scoring-hy540 §1, §5, §7).
 *
 * @param month                 the month rated
 * @param officers              every officer rated this month
 * @param units                 every unit rated this month
 * @param quotaExceptionRatios  the Director's recorded exception ratio per quota group (§5)
 */
public record MonthInput(YearMonth month, List<OfficerInput> officers, List<UnitInput> units,
                         Map<String, BigDecimal> quotaExceptionRatios) {

    public MonthInput {
        Objects.requireNonNull(month, "month");
        officers = List.copyOf(officers);
        units = List.copyOf(units);
        quotaExceptionRatios = Map.copyOf(quotaExceptionRatios);
    }

    /** The same month without these officers, who are also no longer anyone's subordinates. */
    public MonthInput without(Set<String> officerIds) {
        List<OfficerInput> kept = officers.stream()
                .filter(officer -> !officerIds.contains(officer.officerId()))
                .map(officer -> officer.withoutSubordinates(officerIds))
                .toList();
        return new MonthInput(month, kept, units, quotaExceptionRatios);
    }
}
