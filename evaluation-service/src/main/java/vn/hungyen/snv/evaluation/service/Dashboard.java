package vn.hungyen.snv.evaluation.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.hungyen.snv.common.deadline.Overdue;
import vn.hungyen.snv.evaluation.client.PlanGateway;
import vn.hungyen.snv.evaluation.domain.Level;
import vn.hungyen.snv.evaluation.domain.ProductFacts;
import vn.hungyen.snv.evaluation.service.RatingViews.MonthRatings;
import vn.hungyen.snv.evaluation.service.RatingViews.OfficerRating;
import vn.hungyen.snv.evaluation.service.RatingViews.UnitRating;

/**
 * The leadership's overview of a month, aggregated from ratings already computed: counts per level for the
 * organisation, per unit and per supervising deputy director, the trend of the months before, and the tasks
 * overdue and open. Pure: everything it reads is passed in, within the caller's visible units.
 */
public final class Dashboard {

    /** The month's overview; {@code levels} always holds every level, zeros included. */
    public record View(String month, boolean published, int officerCount, Map<Level, Integer> levels,
            List<UnitSummary> units, List<DeputySummary> deputies, List<TrendPoint> trend, int overdueTasks) {
    }

    /** One unit: its officers' levels, the unit's own collective total and level (§7), its overdue tasks. */
    public record UnitSummary(String unitCode, String unitName, String supervisorUsername, int officerCount,
            Map<Level, Integer> levels, BigDecimal total, Level level, int overdueTasks) {
    }

    /** One supervising deputy director over the units they supervise. */
    public record DeputySummary(String username, String fullName, List<String> unitCodes, Map<Level, Integer> levels,
            int overdueTasks) {
    }

    /** One earlier month: levels and the mean S of the officers with a score (2 decimals, half up). */
    public record TrendPoint(String month, boolean published, Map<Level, Integer> levels, BigDecimal averageTotal) {
    }

    private Dashboard() {
    }

    /**
     * The overview of {@code month}.
     *
     * @param month        the month's ratings
     * @param trend        the months to show as the trend, oldest first (the month itself included)
     * @param directory    units (names, supervisors) and officers (deputies' full names)
     * @param tasks        every known task; each counts for its assignee's unit in the month's directory, or the
     *                     unit that leads it when it has no assignee there
     * @param lookedAt     when tasks are looked at: now, or at the end of a month that is over
     * @param visibleUnits the units the caller may see; nothing else is counted
     */
    public static View aggregate(MonthRatings month, List<MonthRatings> trend, PlanGateway.Directory directory,
            List<TaskProduct> tasks, LookedAt lookedAt, Set<String> visibleUnits) {
        List<PlanGateway.Unit> units = directory.units().stream().filter(u -> visibleUnits.contains(u.code()))
                .toList();
        List<OfficerRating> officers = visible(month.officers(), visibleUnits);
        Map<String, Integer> overdue = new LinkedHashMap<>();
        tasks.stream().filter(t -> overdue(t.facts(), lookedAt))
                .map(t -> directory.unitOf(t.assigneeId(), t.unitCode()))
                .filter(visibleUnits::contains)
                .forEach(unit -> overdue.merge(unit, 1, Integer::sum));

        Map<String, List<OfficerRating>> membersByUnit = new HashMap<>();
        officers.forEach(o -> membersByUnit.computeIfAbsent(o.unitCode(), k -> new ArrayList<>()).add(o));
        Map<String, UnitRating> ratingsByUnit = new HashMap<>();
        month.units().forEach(u -> ratingsByUnit.putIfAbsent(u.unitCode(), u));
        List<UnitSummary> unitSummaries = units.stream().map(unit -> {
            List<OfficerRating> members = membersByUnit.getOrDefault(unit.code(), List.of());
            Optional<UnitRating> rating = Optional.ofNullable(ratingsByUnit.get(unit.code()));
            return new UnitSummary(unit.code(), unit.name(), unit.supervisorUsername(), members.size(),
                    levels(members), rating.map(UnitRating::total).orElse(null),
                    rating.map(UnitRating::level).orElse(null), overdue.getOrDefault(unit.code(), 0));
        }).toList();

        Map<String, List<UnitSummary>> bySupervisor = new LinkedHashMap<>();
        unitSummaries.stream().filter(u -> u.supervisorUsername() != null)
                .forEach(u -> bySupervisor.computeIfAbsent(u.supervisorUsername(), k -> new ArrayList<>())
                        .add(u));
        Map<String, String> fullNames = new HashMap<>();
        directory.officers().forEach(o -> fullNames.putIfAbsent(o.username(), o.fullName()));
        List<DeputySummary> deputies = bySupervisor.entrySet().stream().map(e -> new DeputySummary(e.getKey(),
                Objects.requireNonNullElse(fullNames.get(e.getKey()), e.getKey()),
                e.getValue().stream().map(UnitSummary::unitCode).toList(),
                sum(e.getValue().stream().map(UnitSummary::levels).toList()),
                e.getValue().stream().mapToInt(UnitSummary::overdueTasks).sum())).toList();

        List<TrendPoint> points = trend.stream().map(m -> {
            List<OfficerRating> rated = visible(m.officers(), visibleUnits);
            return new TrendPoint(m.month(), m.published(), levels(rated), averageTotal(rated));
        }).toList();

        return new View(month.month(), month.published(), officers.size(), levels(officers), unitSummaries, deputies,
                points, overdue.values().stream().mapToInt(Integer::intValue).sum());
    }

    /**
     * When tasks are looked at: on {@code day}, counting what was handed in through {@code handedInThrough}.
     */
    public record LookedAt(LocalDate day, LocalDate handedInThrough) {

        /** Now, on {@code today}: everything handed in so far counts, as in the task lists. */
        public static LookedAt now(LocalDate today) {
            return new LookedAt(today, today);
        }

        /** At the start of the first day after {@code month}: what was handed in by its last day counts. */
        public static LookedAt afterMonth(YearMonth month) {
            return new LookedAt(month.plusMonths(1).atDay(1), month.atEndOfMonth());
        }
    }

    /**
     * Overdue by the one definition the task lists use ({@link Overdue#on}): not cancelled, nothing handed in that
     * was accepted or still awaits review, and its rated due date (moved only by objective extensions) before
     * the day looked at.
     */
    static boolean overdue(ProductFacts facts, LookedAt lookedAt) {
        boolean inProgress = !facts.cancelled() && !facts.handedInBy(lookedAt.handedInThrough());
        return Overdue.on(lookedAt.day(), facts.ratedDueDate(), inProgress);
    }

    private static List<OfficerRating> visible(List<OfficerRating> officers, Set<String> visibleUnits) {
        return officers.stream().filter(o -> visibleUnits.contains(o.unitCode())).toList();
    }

    /**
     * Officers per level. A leader still awaiting the approver's choice of đ has no level yet and is counted
     * in no level (but in {@code officerCount}).
     */
    private static Map<Level, Integer> levels(List<OfficerRating> officers) {
        Map<Level, Integer> counts = zeros();
        officers.stream().map(OfficerRating::level).filter(Objects::nonNull)
                .forEach(level -> counts.merge(level, 1, Integer::sum));
        return counts;
    }

    private static Map<Level, Integer> sum(Collection<Map<Level, Integer>> counts) {
        Map<Level, Integer> total = zeros();
        counts.forEach(c -> c.forEach((level, n) -> total.merge(level, n, Integer::sum)));
        return total;
    }

    private static Map<Level, Integer> zeros() {
        Map<Level, Integer> counts = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            counts.put(level, 0);
        }
        return counts;
    }

    private static BigDecimal averageTotal(List<OfficerRating> officers) {
        List<BigDecimal> totals = officers.stream().map(OfficerRating::total).filter(Objects::nonNull).toList();
        if (totals.isEmpty()) {
            return null;
        }
        return totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(totals.size()), 2, RoundingMode.HALF_UP);
    }

    /** The codes of the directory's units that {@code seesUnit} accepts. */
    public static Set<String> visibleUnits(PlanGateway.Directory directory, Predicate<String> seesUnit) {
        return directory.units().stream().map(PlanGateway.Unit::code).filter(seesUnit)
                .collect(Collectors.toUnmodifiableSet());
    }
}
