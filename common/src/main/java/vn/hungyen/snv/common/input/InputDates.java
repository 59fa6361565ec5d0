package vn.hungyen.snv.common.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * The dates and months the system accepts from a request, in JSON bodies and query parameters alike: ISO text
 * ({@code yyyy-MM-dd}, {@code yyyy-MM}) within {@link #FIRST}..{@link #LAST}. Anything else (a number, a year
 * of five digits, 2024-02-30) is refused with a Vietnamese reason.
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

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private InputDates() {
    }

    /** The date the text names; {@link IllegalArgumentException} with the form expected when it names none in range. */
    public static LocalDate date(String text) {
        if (text == null || !DATE.matcher(text).matches()) {
            throw new IllegalArgumentException("phải là " + DATE_FORM);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("phải là " + DATE_FORM + " (ngày " + text + " không có trong lịch)");
        }
        if (date.isBefore(FIRST) || date.isAfter(LAST)) {
            throw new IllegalArgumentException("phải là " + DATE_FORM + " (ngày " + text + " nằm ngoài khoảng này)");
        }
        return date;
    }

    /** The month the text names; {@link IllegalArgumentException} with the form expected when it names none in range. */
    public static YearMonth month(String text) {
        if (text == null || !MONTH.matcher(text).matches()) {
            throw new IllegalArgumentException("phải là " + MONTH_FORM);
        }
        YearMonth month;
        try {
            month = YearMonth.parse(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("phải là " + MONTH_FORM);
        }
        if (month.isBefore(YearMonth.from(FIRST)) || month.isAfter(YearMonth.from(LAST))) {
            throw new IllegalArgumentException("phải là " + MONTH_FORM + " (tháng " + text + " nằm ngoài khoảng này)");
        }
        return month;
    }
}
