package vn.hungyen.snv.common.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Working days of Vietnamese civil servants: Monday to Friday, less public holidays and official days off (nghỉ bù,
 * nghỉ hoán đổi), plus the weekend days worked in exchange (ngày làm bù). Immutable and thread-safe.
 *
 * <p>All dates are calendar dates in Asia/Ho_Chi_Minh. Counting follows one rule everywhere: a span
 * {@code (from, to]} excludes its first day and includes its last, so {@code addWorkingDays(d, n)} is the day on which
 * {@code workingDaysBetween(d, ·)} first reaches {@code n}.
 */
public final class WorkingDayCalendar {

    /** Epoch day of Monday 1970-01-05, the origin of the weekday arithmetic. */
    private static final long MONDAY_EPOCH_DAY = 4;

    private final NavigableMap<LocalDate, CalendarEntry> entries;

    /**
     * A calendar with the given exceptions to the Monday-to-Friday week.
     *
     * @throws IllegalArgumentException when two entries share a date or a {@code WORKDAY} is not a Saturday or Sunday
     */
    public WorkingDayCalendar(Collection<CalendarEntry> entries) {
        TreeMap<LocalDate, CalendarEntry> byDate = new TreeMap<>();
        for (CalendarEntry entry : entries) {
            Objects.requireNonNull(entry, "entry");
            if (entry.type() == CalendarEntry.Type.WORKDAY && !isWeekend(entry.date())) {
                throw new IllegalArgumentException("A WORKDAY entry must be a Saturday or Sunday: " + entry);
            }
            CalendarEntry previous = byDate.put(entry.date(), entry);
            if (previous != null) {
                throw new IllegalArgumentException("Two calendar entries for " + entry.date() + ": " + previous
                        + " and " + entry);
            }
        }
        this.entries = Collections.unmodifiableNavigableMap(byDate);
    }

    /** The calendar of Vietnamese civil servants, read once from {@link VietnamHolidays#RESOURCE}. */
    public static WorkingDayCalendar vietnam() {
        return Vietnam.CALENDAR;
    }

    /** Equal when the exceptions to the Monday-to-Friday week are. */
    @Override
    public boolean equals(Object other) {
        return other instanceof WorkingDayCalendar that && entries.equals(that.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarEntry entry = entries.get(date);
        if (entry != null) {
            return entry.type() == CalendarEntry.Type.WORKDAY;
        }
        return !isWeekend(date);
    }

    /** The holiday or worked weekend day on {@code date}, if the calendar lists one. */
    public Optional<CalendarEntry> entryOn(LocalDate date) {
        return Optional.ofNullable(entries.get(Objects.requireNonNull(date, "date")));
    }

    /** Every entry, in date order. */
    public List<CalendarEntry> entries() {
        return List.copyOf(entries.values());
    }

    /** True when the calendar lists at least one entry in {@code year}; other years count weekends only. */
    public boolean hasDataFor(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate next = entries.ceilingKey(first);
        return next != null && next.getYear() == year;
    }

    /**
     * The {@code n}-th working day after {@code from} ({@code from} itself not counted, whether or not it is a
     * working day); for negative {@code n} the {@code |n|}-th working day before it; {@code from} for 0.
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        Objects.requireNonNull(from, "from");
        int step = n < 0 ? -1 : 1;
        LocalDate day = from;
        for (int remaining = Math.abs(n); remaining > 0; ) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    /**
     * The number of working days {@code d} with {@code fromExclusive < d <= toInclusive}: the working days left from
     * today until a due date, or the working days a task ran late. 0 when {@code toInclusive} is not after
     * {@code fromExclusive}.
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromExclusive, "fromExclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (!toInclusive.isAfter(fromExclusive)) {
            return 0;
        }
        long count = weekdaysBefore(toInclusive.plusDays(1)) - weekdaysBefore(fromExclusive.plusDays(1));
        for (CalendarEntry entry : entries.subMap(fromExclusive, false, toInclusive, true).values()) {
            boolean weekend = isWeekend(entry.date());
            if (entry.type() == CalendarEntry.Type.HOLIDAY && !weekend) {
                count--;
            } else if (entry.type() == CalendarEntry.Type.WORKDAY && weekend) {
                count++;
            }
        }
        return Math.toIntExact(count);
    }

    /**
     * The {@code n}-th working day of {@code month}, counting from 1; HY-540 closes a month's rating on the 3rd
     * working day of the next month.
     *
     * @throws IllegalArgumentException when {@code n < 1} or the month has fewer than {@code n} working days
     */
    public LocalDate nthWorkingDayOfMonth(YearMonth month, int n) {
        Objects.requireNonNull(month, "month");
        if (n < 1) {
            throw new IllegalArgumentException("n counts from 1, not " + n);
        }
        LocalDate day = addWorkingDays(month.atDay(1).minusDays(1), n);
        if (!YearMonth.from(day).equals(month)) {
            throw new IllegalArgumentException(month + " has fewer than " + n + " working days");
        }
        return day;
    }

    /**
     * True when {@code dueDate} is today or later and no more than {@code workingDays} working days away: the task is
     * sắp đến hạn. A due date on a weekend or holiday counts as close as the last working day before it.
     *
     * @throws IllegalArgumentException when {@code workingDays} is negative
     */
    public boolean isDueSoon(LocalDate today, LocalDate dueDate, int workingDays) {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(dueDate, "dueDate");
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        return !dueDate.isBefore(today) && workingDaysBetween(today, dueDate) <= workingDays;
    }

    @Override
    public String toString() {
        return entries.isEmpty() ? "WorkingDayCalendar[weekends only]"
                : "WorkingDayCalendar[" + entries.size() + " entries, " + entries.firstKey() + ".."
                        + entries.lastKey() + "]";
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    /** Monday-to-Friday days in {@code [1970-01-05, date)}, negative before that Monday. */
    private static long weekdaysBefore(LocalDate date) {
        long days = date.toEpochDay() - MONDAY_EPOCH_DAY;
        return Math.floorDiv(days, 7) * 5 + Math.min(Math.floorMod(days, 7), 5);
    }

    private static final class Vietnam {
        static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(VietnamHolidays.load());
    }
}
