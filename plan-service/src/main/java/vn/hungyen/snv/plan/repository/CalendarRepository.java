package vn.hungyen.snv.plan.repository;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The days of the working-day calendar, by year. */
@ApplicationScoped
public class CalendarRepository {

    public boolean isEmpty() {
        return CalendarDay.count() == 0;
    }

    /** The number of days entered for each year that has any, by year. */
    public Map<Integer, Long> countsByYear() {
        Map<Integer, Long> counts = new TreeMap<>();
        CalendarDay.<CalendarDay>listAll().forEach(d -> counts.merge(d.day.getYear(), 1L, Long::sum));
        return counts;
    }

    public List<CalendarDay> year(int year) {
        return CalendarDay.list("day >= ?1 and day < ?2", Sort.by("day"), LocalDate.of(year, 1, 1),
                LocalDate.of(year + 1, 1, 1));
    }

    public void deleteYear(int year) {
        CalendarDay.delete("day >= ?1 and day < ?2", LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }
}
