package vn.hungyen.snv.evaluation.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * PostgreSQL's text output of the values a month reads a million times (dates, and one-dimensional arrays of dates,
 * booleans, words, uuids and instants), read directly: the driver's general array decoding was half of a
 * province-size month's first read. The session's DateStyle is ISO (the driver requires it).
 */
final class PgText {

    private PgText() {
    }

    /** A date ({@code 2026-10-03}, years of four digits or more); null stays null. */
    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        int end = text.length();
        if (end < 10 || text.charAt(end - 6) != '-' || text.charAt(end - 3) != '-') {
            throw new IllegalArgumentException("not a date: " + text);
        }
        return LocalDate.of(digits(text, 0, end - 6), digits(text, end - 5, end - 3), digits(text, end - 2, end));
    }

    /**
     * A {@code timestamptz} in the session's offset ({@code 2026-10-03 09:00:00+07}, {@code …00.123456+05:30}):
     * the date, {@code HH:mm:ss}, up to nine decimals of a second, and the offset in hours and maybe minutes.
     */
    static Instant instant(String text) {
        int space = text.indexOf(' ');
        int offset = Math.max(text.lastIndexOf('+'), text.lastIndexOf('-'));
        if (space < 10 || offset < space + 9 || text.charAt(space + 3) != ':' || text.charAt(space + 6) != ':') {
            throw new IllegalArgumentException("not a timestamptz: " + text);
        }
        int nanos = 0;
        if (offset > space + 9) {
            if (text.charAt(space + 9) != '.' || offset - space - 10 > 9) {
                throw new IllegalArgumentException("not a timestamptz: " + text);
            }
            nanos = digits(text, space + 10, offset);
            for (int i = offset - space - 10; i < 9; i++) {
                nanos *= 10;
            }
        }
        int hours = digits(text, offset + 1, offset + 3);
        int minutes = text.length() > offset + 3 ? digits(text, offset + 4, offset + 6) : 0;
        int sign = text.charAt(offset) == '-' ? -1 : 1;
        LocalDateTime local = date(text.substring(0, space)).atTime(digits(text, space + 1, space + 3),
                digits(text, space + 4, space + 6), digits(text, space + 7, space + 9), nanos);
        return local.toInstant(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
    }

    /** A boolean ({@code t} or {@code f}). */
    static Boolean bool(String text) {
        return "t".equals(text);
    }

    /**
     * The elements of a one-dimensional array ({@code {a,b}}, {@code {"a b"}}) as a modifiable list, each read by
     * {@code element}; null stays null. Its elements never contain commas, quotes or backslashes, nor are they null:
     * those this service writes (dates, instants, booleans, verdicts, uuids) cannot.
     */
    static <T> List<T> array(String text, Function<String, T> element) {
        if (text == null) {
            return null;
        }
        List<T> list = new ArrayList<>(4);
        int end = text.length() - 1;
        for (int start = 1; start < end; ) {
            int comma = text.indexOf(',', start);
            int stop = comma < 0 ? end : comma;
            list.add(element.apply(text.charAt(start) == '"' ? text.substring(start + 1, stop - 1)
                    : text.substring(start, stop)));
            start = stop + 1;
        }
        return list;
    }

    /**
     * A {@code uuid[]} ({@code {0b6a…,3f1c…}}) as a {@link UuidList}, each id read straight into its two numbers; null
     * stays null.
     */
    static UuidList uuids(String text) {
        if (text == null) {
            return null;
        }
        int length = text.length();
        int count = length <= 2 ? 0 : (length - 1) / (UUID_LENGTH + 1);
        if (length < 2 || text.charAt(0) != '{' || text.charAt(length - 1) != '}'
                || count > 0 && count * (UUID_LENGTH + 1) + 1 != length) {
            throw new IllegalArgumentException("not a uuid array: " + text);
        }
        long[] bits = new long[2 * count];
        for (int i = 0; i < count; i++) {
            int at = 1 + i * (UUID_LENGTH + 1);
            if (text.charAt(at + 8) != '-' || text.charAt(at + 13) != '-' || text.charAt(at + 18) != '-'
                    || text.charAt(at + 23) != '-' || text.charAt(at + UUID_LENGTH) != (i == count - 1 ? '}' : ',')) {
                throw new IllegalArgumentException("not a uuid array: " + text);
            }
            bits[2 * i] = hex(text, at, at + 8) << 32 | hex(text, at + 9, at + 13) << 16 | hex(text, at + 14, at + 18);
            bits[2 * i + 1] = hex(text, at + 19, at + 23) << 48 | hex(text, at + 24, at + UUID_LENGTH);
        }
        return new UuidList(bits);
    }

    /** The characters of a uuid's text, {@code 8-4-4-4-12} hexadecimal digits. */
    private static final int UUID_LENGTH = 36;

    /** The hexadecimal digits of {@code text} between {@code from} and {@code to}, without a copy. */
    private static long hex(String text, int from, int to) {
        return Long.parseUnsignedLong(text, from, to, 16);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a date or time: " + text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
