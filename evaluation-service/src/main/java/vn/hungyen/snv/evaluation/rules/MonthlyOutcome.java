package vn.hungyen.snv.evaluation.rules;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The result of one month's rating (scoring-hy540 §7 order: staff, units, leaders, quotas), ready to be
 * stored and published.
 *
 * @param month    the month
 * @param officers officers in input order
 * @param units    units in input order; empty when {@code unit.enabled} is false
 * @param quotas   the quota of each group; empty when {@code quota.monthly} is false
 */
public record MonthlyOutcome(YearMonth month, List<OfficerResult> officers, List<UnitResult> units,
                             List<QuotaResult> quotas) {

    public MonthlyOutcome {
        officers = List.copyOf(officers);
        units = List.copyOf(units);
        quotas = List.copyOf(quotas);
    }

    public Optional<OfficerResult> officer(String officerId) {
        return officers.stream().filter(o -> o.officerId().equals(officerId)).findFirst();
    }

    public Optional<UnitResult> unit(String unitId) {
        return units.stream().filter(u -> u.unitId().equals(unitId)).findFirst();
    }
}
