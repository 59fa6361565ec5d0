package vn.hungyen.snv.evaluation.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Quarter and year of scoring-hy540 §9. {@link #rollUp} takes one officer's months: the mean of the published
 * monthly S over the evaluated months (months with {@link Level#NO_TASK_DATA} and leave months excluded), rounded
 * like S, banded as in §4; any forcing event in the period rates KHTNV; a period spent wholly on leave is
 * {@link Level#ON_LEAVE}. {@link #rate} then rates everybody of the
 * period: units by the mean of their monthly D with the member cap, heads capped by their unit's period level,
 * and the HTXSNV quota of each group again, ranked by the period's S and then by the means of K, c and b.
 */
public final class PeriodRollUp {

    private final ScoringSettings settings;
    private final LevelRules levels;
    private final Quota quota;

    public PeriodRollUp(ScoringSettings settings) {
        this.settings = settings;
        this.levels = new LevelRules(settings);
        this.quota = new Quota(settings);
    }

    public PeriodResult rollUp(List<MonthRecord> months) {
        List<BigDecimal> scores = evaluated(months).map(month -> month.score().orElseThrow()).toList();
        boolean forced = months.stream().anyMatch(MonthRecord::forced);
        if (scores.isEmpty()) {
            Level none = forced ? Level.KHTNV
                    : !months.isEmpty() && months.stream().allMatch(MonthRecord::onLeave) ? Level.ON_LEAVE
                    : Level.NO_TASK_DATA;
            return new PeriodResult(Optional.empty(), none, 0, forced);
        }
        BigDecimal mean = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(scores.size()), settings.roundingDecimals(), settings.roundingMode());
        Level level = levels.applyForcing(levels.band(mean), forced);
        return new PeriodResult(Optional.of(mean), level, scores.size(), forced);
    }

    /**
     * Rates every officer and unit of the period.
     *
     * @param officers the officers with their published months
     * @param units    each unit's published months, with its D as the score
     */
    public PeriodOutcome rate(List<PeriodOfficer> officers, Map<String, List<MonthRecord>> units) {
        for (PeriodOfficer officer : officers) {
            officer.quotaGroup().filter(group -> !settings.quotaGroups().contains(group)).ifPresent(group -> {
                throw new IllegalArgumentException(officer.officerId() + ": unknown quota group " + group);
            });
        }
        Map<String, PeriodResult> rolled = officers.stream()
                .collect(Collectors.toMap(PeriodOfficer::officerId, o -> rollUp(o.months()), (a, b) -> a,
                        LinkedHashMap::new));
        Set<String> withMemberNotComplete = officers.stream()
                .filter(officer -> rolled.get(officer.officerId()).level() == Level.KHTNV)
                .flatMap(officer -> officer.unitId().stream())
                .collect(Collectors.toSet());
        Map<String, Level> unitLevels = new TreeMap<>();
        units.forEach((unit, months) ->
                unitLevels.put(unit, levels.capUnit(rollUp(months).level(), withMemberNotComplete.contains(unit))));

        Map<String, PeriodOutcome.Officer> rated = new LinkedHashMap<>();
        for (PeriodOfficer officer : officers) {
            rated.put(officer.officerId(), capped(officer, rolled.get(officer.officerId()), unitLevels));
        }
        List<QuotaResult> quotas = new ArrayList<>();
        for (String group : settings.quotaGroups()) {
            QuotaResult result = quota.apply(group, officers.stream()
                    .filter(officer -> officer.quotaGroup().filter(group::equals).isPresent())
                    .map(officer -> candidate(officer, rated.get(officer.officerId())))
                    .toList(), Optional.empty());
            result.demoted().forEach(id -> rated.computeIfPresent(id, (key, officer) ->
                    lowered(officer, Level.HTTNV, OfficerResult.Adjustment.QUOTA)));
            quotas.add(result);
        }
        return new PeriodOutcome(List.copyOf(rated.values()), unitLevels, quotas);
    }

    private PeriodOutcome.Officer capped(PeriodOfficer officer, PeriodResult rollUp, Map<String, Level> unitLevels) {
        PeriodOutcome.Officer rated = new PeriodOutcome.Officer(officer.officerId(), rollUp, rollUp.level(), List.of());
        Level unitLevel = officer.unitId().map(unitLevels::get).orElse(null);
        if (unitLevel == null) {
            return rated;
        }
        Level level = levels.capByUnit(rollUp.level(), officer.position(), unitLevel);
        return level == rollUp.level() ? rated : lowered(rated, level, OfficerResult.Adjustment.CAPPED_BY_UNIT);
    }

    private static PeriodOutcome.Officer lowered(PeriodOutcome.Officer officer, Level level,
            OfficerResult.Adjustment why) {
        List<OfficerResult.Adjustment> adjustments = new ArrayList<>(officer.adjustments());
        adjustments.add(why);
        return new PeriodOutcome.Officer(officer.officerId(), officer.rollUp(), level, adjustments);
    }

    /**
     * The officer as the quota sees them: the period's level and S, then the means of the evaluated months' K, c
     * and b. Late events are not part of the published months; they are already in c.
     */
    private QuotaCandidate candidate(PeriodOfficer officer, PeriodOutcome.Officer rated) {
        List<MonthRecord.Ranking> rankings = evaluated(officer.months())
                .flatMap(month -> month.ranking().stream()).toList();
        return new QuotaCandidate(officer.officerId(), rated.level(), rated.rollUp().score().orElse(BigDecimal.ZERO),
                mean(rankings, MonthRecord.Ranking::k), mean(rankings, MonthRecord.Ranking::c),
                mean(rankings, MonthRecord.Ranking::b), 0);
    }

    private static BigDecimal mean(List<MonthRecord.Ranking> rankings, Function<MonthRecord.Ranking, BigDecimal> value) {
        return rankings.isEmpty() ? BigDecimal.ZERO
                : rankings.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(rankings.size()), MathContext.DECIMAL64);
    }

    private static Stream<MonthRecord> evaluated(List<MonthRecord> months) {
        return months.stream().filter(MonthRecord::evaluated);
    }
}
