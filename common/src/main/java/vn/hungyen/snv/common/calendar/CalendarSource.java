package vn.hungyen.snv.common.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The working-day calendar as its owner currently holds it: the entries of every year from {@value #FIRST_YEAR} to
 * next year, read through a {@link YearReader} at most once per refresh interval, so that an edited year takes
 * effect without a restart. When a read fails it keeps the last calendar read, else the bundled
 * {@link WorkingDayCalendar#vietnam()}, logs a warning and tries again after the interval. Thread-safe; callers ask
 * for {@link #current()} on each use rather than keeping the calendar.
 */
public final class CalendarSource {

    /** The first year the calendar holds. */
    public static final int FIRST_YEAR = 2024;

    /** Reads the entries of one year from the calendar's owner. */
    @FunctionalInterface
    public interface YearReader {
        /** @throws Exception when the owner cannot be reached or answers something else than the year */
        List<CalendarEntry> entries(int year) throws Exception;
    }

    /** The calendar to answer with (null: none read yet) and when to read it again. */
    private record State(WorkingDayCalendar calendar, Instant nextRead) {
    }

    private static final System.Logger LOG = System.getLogger(CalendarSource.class.getName());

    private final YearReader reader;
    private final Clock clock;
    private final Duration refresh;
    private volatile State state = new State(null, Instant.MIN);

    /**
     * @param clock   the organisation's clock: "next year" is its year plus one
     * @param refresh the least time between two reads
     */
    public CalendarSource(YearReader reader, Clock clock, Duration refresh) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.refresh = Objects.requireNonNull(refresh, "refresh");
    }

    /** The calendar in force: the last one read, read again when the refresh interval has passed. */
    public WorkingDayCalendar current() {
        State seen = state;
        if (clock.instant().isAfter(seen.nextRead())) {
            synchronized (this) {
                if (state == seen) {
                    state = read(seen);
                }
                seen = state;
            }
        }
        return seen.calendar() == null ? WorkingDayCalendar.vietnam() : seen.calendar();
    }

    private State read(State previous) {
        Instant now = clock.instant();
        int nextYear = LocalDate.now(clock).getYear() + 1;
        try {
            List<CalendarEntry> entries = new ArrayList<>();
            for (int year = FIRST_YEAR; year <= nextYear; year++) {
                entries.addAll(reader.entries(year));
            }
            return new State(new WorkingDayCalendar(entries), now.plus(refresh));
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.log(System.Logger.Level.WARNING, "The working-day calendar could not be read ({0}); using {1} until "
                    + "the next try in {2}", e.toString(), previous.calendar() == null
                    ? "the bundled calendar " + VietnamHolidays.RESOURCE : "the calendar read before", refresh);
            return new State(previous.calendar(), now.plus(refresh));
        }
    }
}
