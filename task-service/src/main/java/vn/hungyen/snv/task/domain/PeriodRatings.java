package vn.hungyen.snv.task.domain;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The officers' monthly ratings of a period's published months counted by unit and level (one officer rated in three
 * months counts three times), for the report's ratings table. Levels are evaluation-service's codes; a month without
 * a rating level (on leave, no task data) counts under {@link #UNRATED}.
 *
 * @param published the period's months whose ratings are published, in order
 * @param pending   the period's other months
 * @param units     per unit code (in code order), the count per level
 */
public record PeriodRatings(List<YearMonth> published, List<YearMonth> pending, Map<String, Map<String, Integer>> units) {

    /** The rating levels a table shows, best first, then the months without a level. */
    public static final List<String> LEVELS = List.of("HTXSNV", "HTTNV", "HTNV", "KHTNV");
    public static final String UNRATED = "UNRATED";
    public static final List<String> COLUMNS = List.of("HTXSNV", "HTTNV", "HTNV", "KHTNV", UNRATED);

    /** One officer's published rating of one month. */
    public record Rating(YearMonth month, long officerId, String unitCode, String level) {
    }

    public static PeriodRatings of(ReportPeriod period, Map<YearMonth, List<Rating>> publishedMonths) {
        Map<String, Map<String, Integer>> units = new TreeMap<>();
        publishedMonths.values().stream().flatMap(List::stream).forEach(rating -> {
            Map<String, Integer> row = units.computeIfAbsent(rating.unitCode() == null ? "" : rating.unitCode(),
                    u -> emptyRow());
            row.merge(LEVELS.contains(rating.level()) ? rating.level() : UNRATED, 1, Integer::sum);
        });
        List<YearMonth> months = period.months();
        return new PeriodRatings(months.stream().filter(publishedMonths::containsKey).toList(),
                months.stream().filter(m -> !publishedMonths.containsKey(m)).toList(), units);
    }

    /** The counts per level over every unit. */
    public Map<String, Integer> total() {
        Map<String, Integer> total = emptyRow();
        units.values().forEach(row -> row.forEach((level, count) -> total.merge(level, count, Integer::sum)));
        return total;
    }

    private static Map<String, Integer> emptyRow() {
        Map<String, Integer> row = new LinkedHashMap<>();
        COLUMNS.forEach(level -> row.put(level, 0));
        return row;
    }
}
