package vn.hungyen.snv.evaluation.domain;

import java.util.List;
import java.util.Map;

/**
 * A quarter or year rated (scoring-hy540 §9): every officer's roll-up and final level, every unit's level, and
 * the quota of each group.
 */
public record PeriodOutcome(List<Officer> officers, Map<String, Level> units, List<QuotaResult> quotas) {

    public PeriodOutcome {
        officers = List.copyOf(officers);
        units = Map.copyOf(units);
        quotas = List.copyOf(quotas);
    }

    /**
     * One officer's period.
     *
     * @param rollUp      the mean of the months, its band and the forcing flag
     * @param level       after the head cap and the quota
     * @param adjustments the rules that lowered {@code rollUp.level()} into {@code level}
     */
    public record Officer(String officerId, PeriodResult rollUp, Level level,
                          List<OfficerResult.Adjustment> adjustments) {

        public Officer {
            adjustments = List.copyOf(adjustments);
        }
    }
}
