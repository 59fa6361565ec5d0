package vn.hungyen.snv.plan.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import vn.hungyen.snv.common.input.InputDates;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.common.calendar.CalendarEntry;
import vn.hungyen.snv.common.calendar.VietnamHolidays;
import vn.hungyen.snv.common.security.Caller;
import vn.hungyen.snv.plan.domain.CalendarRows;
import vn.hungyen.snv.plan.repository.CalendarDay;
import vn.hungyen.snv.plan.repository.CalendarRepository;

/**
 * The working-day calendar of the whole system (reference data, in every profile): seeded from common's bundled
 * {@link VietnamHolidays} when empty, read by every service, each year replaced as a whole by an administrator.
 */
@ApplicationScoped
public class CalendarService {

    /** Who entered the seeded days. */
    static final String SEEDED_BY = "system";

    /** The years that have entries with their number, and the current or next year when it has none. */
    public record Overview(Map<Integer, Long> entriesByYear, List<Integer> missingYears) {
    }

    private final CalendarRepository repository;
    private final Clock clock;

    CalendarService(CalendarRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional
    void seed(@Observes StartupEvent start) {
        if (repository.isEmpty()) {
            VietnamHolidays.load().forEach(entry -> CalendarDay.of(entry, SEEDED_BY).persist());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Overview overview() {
        Map<Integer, Long> counts = repository.countsByYear();
        int thisYear = LocalDate.now(clock).getYear();
        return new Overview(counts, IntStream.of(thisYear, thisYear + 1).filter(y -> !counts.containsKey(y))
                .boxed().toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CalendarEntry> year(int year) {
        if (!InputDates.yearInRange(year)) {
            throw ProblemException.notFound("lịch làm việc năm " + year + " (chỉ có các năm " + InputDates.years() + ")");
        }
        return repository.year(year).stream().map(CalendarDay::entry).toList();
    }

    /** Replaces every entry of the year by the rows, all checked first: on any problem nothing is written. */
    @Transactional
    public List<CalendarEntry> replace(int year, List<CalendarRows.Row> rows, Caller caller) {
        Checks.check(InputDates.yearInRange(year), "year", "Năm " + year + " nằm ngoài khoảng " + InputDates.years() + ".");
        List<CalendarEntry> entries = CalendarRows.entries(year, rows == null ? List.of() : rows);
        repository.deleteYear(year);
        entries.forEach(entry -> CalendarDay.of(entry, caller.username()).persist());
        return entries.stream().sorted(Comparator.comparing(CalendarEntry::date)).toList();
    }
}
