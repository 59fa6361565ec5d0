package vn.hungyen.snv.evaluation.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Quarter and year of scoring-hy540 §9: the mean of the published monthly S over the evaluated months
 * (months with {@link Level#NO_TASK_DATA} and leave months excluded), rounded like S, banded as in §4;
 * any forcing event in the period rates KHTNV. The head cap ({@link LevelRules#capByUnit}) and the quota
 * ({@link Quota}) are then applied again by the caller, who holds the other officers' periods.
 */
public final class PeriodRollUp {

    private final ScoringSettings settings;
    private final LevelRules levels;

    public PeriodRollUp(ScoringSettings settings) {
        this.settings = settings;
        this.levels = new LevelRules(settings);
    }

    public PeriodResult rollUp(List<MonthRecord> months) {
        List<BigDecimal> scores = months.stream()
                .filter(MonthRecord::evaluated)
                .map(month -> month.score().orElseThrow())
                .toList();
        boolean forced = months.stream().anyMatch(MonthRecord::forced);
        if (scores.isEmpty()) {
            return new PeriodResult(Optional.empty(), forced ? Level.KHTNV : Level.NO_TASK_DATA, 0, forced);
        }
        BigDecimal mean = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(scores.size()), settings.roundingDecimals(), settings.roundingMode());
        Level level = levels.applyForcing(levels.band(mean), forced);
        return new PeriodResult(Optional.of(mean), level, scores.size(), forced);
    }
}
