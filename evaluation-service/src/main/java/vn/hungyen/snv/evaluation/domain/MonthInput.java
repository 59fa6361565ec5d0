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
 * @param decidedLevels         the levels the Director decided after publication, per officer (§8, complaints;
 *                              {@link PublishedAdjustment})
 */
public record MonthInput(YearMonth month, List<OfficerInput> officers, List<UnitInput> units,
                         Map<String, BigDecimal> quotaExceptionRatios, Map<String, Level> decidedLevels) {

    public MonthInput {
        Objects.requireNonNull(month, "month");
        officers = List.copyOf(officers);
        units = List.copyOf(units);
        quotaExceptionRatios = Map.copyOf(quotaExceptionRatios);
        decidedLevels = Map.copyOf(decidedLevels);
    }

    /** A month without decisions of the Director after publication: every month until it is adjusted. */
    public MonthInput(YearMonth month, List<OfficerInput> officers, List<UnitInput> units,
                      Map<String, BigDecimal> quotaExceptionRatios) {
        this(month, officers, units, quotaExceptionRatios, Map.of());
    }

    /** The same month without these officers, who are also no longer anyone's subordinates. */
    public MonthInput without(Set<String> officerIds) {
        List<OfficerInput> kept = officers.stream()
                .filter(officer -> !officerIds.contains(officer.officerId()))
                .map(officer -> officer.withoutSubordinates(officerIds))
                .toList();
        return new MonthInput(month, kept, units, quotaExceptionRatios, decidedLevels);
    }
}
