package vn.hungyen.snv.common.calendar;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One day that the working-day calendar treats differently from its weekday: a day off on a weekday (or a holiday
 * that falls on a weekend), or a weekend day that is worked.
 *
 * @param date the day
 * @param type {@link Type#HOLIDAY} or {@link Type#WORKDAY}
 * @param name the Vietnamese name, ending in {@value #PROVISIONAL_MARK} when no announcement confirms it yet
 */
public record CalendarEntry(LocalDate date, Type type, String name) {

    /** The suffix of the name of an entry derived from the Labour Code rather than from an announcement. */
    public static final String PROVISIONAL_MARK = "(dự kiến)";

    public enum Type {
        /** A day off: nghỉ lễ, Tết, nghỉ bù, nghỉ hoán đổi. */
        HOLIDAY,
        /** A Saturday or Sunday that is worked in exchange for a swapped day off (ngày làm bù). */
        WORKDAY
    }

    public CalendarEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("The calendar entry of " + date + " has no name");
        }
        name = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    }

    public static CalendarEntry holiday(LocalDate date, String name) {
        return new CalendarEntry(date, Type.HOLIDAY, name);
    }

    public static CalendarEntry workday(LocalDate date, String name) {
        return new CalendarEntry(date, Type.WORKDAY, name);
    }

    /** True when the entry is derived from the law and not yet confirmed by an official announcement. */
    public boolean provisional() {
        return name.endsWith(PROVISIONAL_MARK);
    }
}
