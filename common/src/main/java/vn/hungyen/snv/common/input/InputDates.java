package vn.hungyen.snv.common.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * The dates and months the system reads: ISO text ({@code yyyy-MM-dd}, {@code yyyy-MM}) with a year of four digits
 * and a day the calendar has, everywhere JSON is read (a number, {@code +10000-01-01} or 2024-02-30 are refused with a
 * Vietnamese reason); and what a person may name in a request, in bodies ({@link DateInRange}) and query parameters:
 * a date within {@link #FIRST}..{@link #LAST}. Stored data, events and other services' answers are read in form only,
 * so that history is never refused.
 */
public final class InputDates {

    /** The first date a request may name. */
    public static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    /** The last date a request may name. */
    public static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    /** How a refusal names the form expected. */
    public static final String DATE_FORM = "một ngày dạng yyyy-MM-dd từ " + FIRST + " đến " + LAST
            + ", ví dụ 2024-03-31";
    public static final String MONTH_FORM = "một tháng dạng yyyy-MM từ " + YearMonth.from(FIRST) + " đến "
            + YearMonth.from(LAST) + ", ví dụ 2024-03";

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private InputDates() {
    }

    /** The date the text names; {@link IllegalArgumentException} with the form expected when it names none in range. */
    public static LocalDate date(String text) {
        LocalDate date = isoDate(text);
        if (!inRange(date)) {
            throw new IllegalArgumentException("phải là " + DATE_FORM + " (ngày " + text + " nằm ngoài khoảng này)");
        }
        return date;
    }

    /** The month the text names; {@link IllegalArgumentException} with the form expected when it names none in range. */
    public static YearMonth month(String text) {
        YearMonth month = isoMonth(text);
        if (month.isBefore(YearMonth.from(FIRST)) || month.isAfter(YearMonth.from(LAST))) {
            throw new IllegalArgumentException("phải là " + MONTH_FORM + " (tháng " + text + " nằm ngoài khoảng này)");
        }
        return month;
    }

    /** Whether a person may name the year in a request (a plan's, a calendar's). */
    public static boolean yearInRange(int year) {
        return year >= FIRST.getYear() && year <= LAST.getYear();
    }

    /** How a refusal names the years a request may name: {@code 2000–2100}. */
    public static String years() {
        return FIRST.getYear() + "–" + LAST.getYear();
    }

    /** Whether a person may name the date in a request; null is left to {@code @NotNull}. */
    public static boolean inRange(LocalDate date) {
        return date == null || (!date.isBefore(FIRST) && !date.isAfter(LAST));
    }

    /** The date ISO text names, whatever its year; {@link IllegalArgumentException} when the text is not one. */
    public static LocalDate isoDate(String text) {
        if (text == null || text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-'
                || !digits(text, 0, 4) || !digits(text, 5, 7) || !digits(text, 8, 10)) {
            throw new IllegalArgumentException("phải là " + DATE_FORM);
        }
        try {
            return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                    Integer.parseInt(text, 8, 10, 10));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("phải là " + DATE_FORM + " (ngày " + text + " không có trong lịch)");
        }
    }

    /** Whether the characters from {@code from} to {@code to} (exclusive) are all ASCII digits. */
    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The month ISO text names, whatever its year; {@link IllegalArgumentException} when the text is not one. */
    public static YearMonth isoMonth(String text) {
        if (text == null || !MONTH.matcher(text).matches()) {
            throw new IllegalArgumentException("phải là " + MONTH_FORM);
        }
        try {
            return YearMonth.parse(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("phải là " + MONTH_FORM);
        }
    }
}
