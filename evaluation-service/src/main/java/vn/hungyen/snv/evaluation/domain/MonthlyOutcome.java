package vn.hungyen.snv.evaluation.domain;

import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of one month's rating (scoring-hy540 §7 order: staff, units, leaders, quotas), ready to be
 * stored and published.
 *
 * @param month    the month
 * @param officers officers in input order
 * @param units    units in input order; empty when {@code unit.enabled} is false
 * @param quotas   the quota of each group; empty when {@code quota.monthly} is false
 * @param awaitingOrganisingChoice the leaders whose đ the rules leave to the approver and who have no choice
 *                 recorded, with the assessment that says why (§6); they are not rated, nor counted as anyone's
 *                 subordinates, until the choice is made
 */
public record MonthlyOutcome(YearMonth month, List<OfficerResult> officers, List<UnitResult> units,
                             List<QuotaResult> quotas, Map<String, OrganisingAssessment> awaitingOrganisingChoice) {

    public MonthlyOutcome {
        officers = List.copyOf(officers);
        units = List.copyOf(units);
        quotas = List.copyOf(quotas);
        awaitingOrganisingChoice = Collections.unmodifiableMap(new LinkedHashMap<>(awaitingOrganisingChoice));
    }

    public Optional<OfficerResult> officer(String officerId) {
        return officers.stream().filter(o -> o.officerId().equals(officerId)).findFirst();
    }

    public Optional<UnitResult> unit(String unitId) {
        return units.stream().filter(u -> u.unitId().equals(unitId)).findFirst();
    }
}
