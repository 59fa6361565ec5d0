package vn.hungyen.snv.common.deadline;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task's deadline (thời hạn) as a plan writes it: a date, a month, a quarter, a half-year, a year, every month
 * (thường xuyên), or a fixed day of every month (trước ngày N hằng tháng).
 *
 * <p>{@code text} is always the canonical Vietnamese text of the deadline, so {@code parse(d.text(), y)} gives
 * {@code d} back. {@code dueDate} is the last day of the period for the one-off kinds and null for the recurring
 * ones; {@code dayOfMonth} is set for {@link DeadlineKind#MONTHLY_DAY} only. Due dates are calendar dates in
 * Asia/Ho_Chi_Minh, inclusive: a task due on 30/6 is on time when done on 30/6.
 */
public record Deadline(DeadlineKind kind, String text, LocalDate dueDate, Integer dayOfMonth) {

    private static final String[] ROMAN = {"", "I", "II", "III", "IV"};
    private static final Map<String, Integer> QUARTERS = Map.of("i", 1, "ii", 2, "iii", 3, "iv", 4,
            "1", 1, "2", 2, "3", 3, "4", 4);

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern PREFIX = Pattern.compile("^(?:(?:trước|trong)\\s+)?(?:ngày\\s+)?");
    private static final String YEAR_SUFFIX = "(?:(?:\\s*/\\s*|\\s+năm\\s+)(\\d{4}))?";
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})(?:\\2(\\d{4}))?");
    private static final Pattern MONTH = Pattern.compile("tháng\\s+(\\d{1,2})" + YEAR_SUFFIX);
    private static final Pattern QUARTER = Pattern.compile("(?:quý|qúy)\\s+([ivxlcdm]+|\\d{1,2})" + YEAR_SUFFIX);
    private static final Pattern HALF_YEAR = Pattern.compile("(?:6|sáu)\\s+tháng\\s+(đầu|cuối)\\s+năm"
            + "(?:\\s*/?\\s*(\\d{4}))?");
    private static final Pattern YEAR = Pattern.compile("năm(?:\\s+(\\d{4}))?");
    private static final Pattern REGULAR = Pattern.compile("thường\\s+xuyên");
    private static final Pattern MONTHLY_DAY = Pattern.compile("(\\d{1,2})\\s+(?:hằng|hàng)\\s+tháng");

    public Deadline {
        Objects.requireNonNull(kind, "kind");
        switch (kind) {
            case REGULAR -> require(dueDate == null && dayOfMonth == null,
                    "A REGULAR deadline has neither dueDate nor dayOfMonth");
            case MONTHLY_DAY -> require(dueDate == null && dayOfMonth != null && dayOfMonth >= 1 && dayOfMonth <= 31,
                    "A MONTHLY_DAY deadline has a dayOfMonth in 1..31 and no dueDate");
            default -> {
                require(dueDate != null && dayOfMonth == null,
                        "A " + kind + " deadline has a dueDate and no dayOfMonth");
                require(dueDate.getYear() >= 1000 && dueDate.getYear() <= 9999, "The year must have four digits");
                require(dueDate.equals(periodEnd(kind, dueDate)),
                        "The dueDate of a " + kind + " deadline is the last day of its period, not " + dueDate);
            }
        }
        String canonical = canonicalText(kind, dueDate, dayOfMonth);
        require(canonical.equals(text), "The text of this deadline is \"" + canonical + "\", not \"" + text + "\"");
    }

    /** A deadline on one day: {@code 30/6/2024}. */
    public static Deadline onDate(LocalDate date) {
        return oneOff(DeadlineKind.DATE, date);
    }

    /** The end of a month: {@code Tháng 3/2024}. */
    public static Deadline inMonth(YearMonth month) {
        return oneOff(DeadlineKind.MONTH, month.atEndOfMonth());
    }

    /** The end of a quarter (1..4): {@code Quý II/2024}. */
    public static Deadline inQuarter(int year, int quarter) {
        require(quarter >= 1 && quarter <= 4, "quarter must be 1..4, not " + quarter);
        return oneOff(DeadlineKind.QUARTER, YearMonth.of(year, quarter * 3).atEndOfMonth());
    }

    /** The end of a half-year (1 = first, 2 = second): {@code 6 tháng đầu năm 2024}. */
    public static Deadline inHalfYear(int year, int half) {
        require(half == 1 || half == 2, "half must be 1 or 2, not " + half);
        return oneOff(DeadlineKind.HALF_YEAR, YearMonth.of(year, half * 6).atEndOfMonth());
    }

    /** The end of a year: {@code Năm 2024}. */
    public static Deadline inYear(int year) {
        return oneOff(DeadlineKind.YEAR, LocalDate.of(year, 12, 31));
    }

    /** Every month, due at the end of each month: {@code Thường xuyên}. */
    public static Deadline regular() {
        return new Deadline(DeadlineKind.REGULAR, canonicalText(DeadlineKind.REGULAR, null, null), null, null);
    }

    /** A fixed day (1..31) of every month: {@code Trước ngày 20 hằng tháng}. */
    public static Deadline monthlyOnDay(int dayOfMonth) {
        require(dayOfMonth >= 1 && dayOfMonth <= 31, "dayOfMonth must be 1..31, not " + dayOfMonth);
        return new Deadline(DeadlineKind.MONTHLY_DAY, canonicalText(DeadlineKind.MONTHLY_DAY, null, dayOfMonth), null,
                dayOfMonth);
    }

    /**
     * Reads a deadline as plans write it. Case, surrounding and repeated spaces, Unicode composition, a leading
     * "Trước ngày", "Trước", "Trong" or "Ngày", and "hàng" for "hằng" do not matter.
     *
     * @param text        for example {@code 30/6/2024}, {@code Trước ngày 15/12}, {@code Tháng 3/2024},
     *                    {@code Trong Quý I năm 2024}, {@code Quý IV}, {@code 6 tháng đầu năm 2024},
     *                    {@code Năm 2024}, {@code Thường xuyên}, {@code Trước ngày 20 hằng tháng}
     * @param defaultYear the year of a date, month, quarter, half-year or year written without one
     * @throws DeadlineFormatException with a Vietnamese message naming the text and the accepted forms
     */
    public static Deadline parse(String text, int defaultYear) {
        String shown = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        String s = SPACES.matcher(shown).replaceAll(" ").toLowerCase(Locale.ROOT);
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1).stripTrailing();
        }
        if (s.isEmpty()) {
            throw new DeadlineFormatException(shown, "thời hạn trống");
        }
        s = PREFIX.matcher(s).replaceFirst("");

        Matcher m;
        if ((m = DATE.matcher(s)).matches()) {
            int year = year(shown, m.group(4), defaultYear);
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(3));
            try {
                return onDate(LocalDate.of(year, month, day));
            } catch (DateTimeException e) {
                throw new DeadlineFormatException(shown, "ngày " + day + "/" + month + "/" + year
                        + " không có trong lịch");
            }
        }
        if ((m = MONTH.matcher(s)).matches()) {
            int month = Integer.parseInt(m.group(1));
            if (month < 1 || month > 12) {
                throw new DeadlineFormatException(shown, "tháng phải từ 1 đến 12");
            }
            return inMonth(YearMonth.of(year(shown, m.group(2), defaultYear), month));
        }
        if ((m = QUARTER.matcher(s)).matches()) {
            Integer quarter = QUARTERS.get(m.group(1));
            if (quarter == null) {
                throw new DeadlineFormatException(shown, "quý phải từ I đến IV");
            }
            return inQuarter(year(shown, m.group(2), defaultYear), quarter);
        }
        if ((m = HALF_YEAR.matcher(s)).matches()) {
            return inHalfYear(year(shown, m.group(2), defaultYear), m.group(1).equals("đầu") ? 1 : 2);
        }
        if ((m = YEAR.matcher(s)).matches()) {
            return inYear(year(shown, m.group(1), defaultYear));
        }
        if (REGULAR.matcher(s).matches()) {
            return regular();
        }
        if ((m = MONTHLY_DAY.matcher(s)).matches()) {
            int day = Integer.parseInt(m.group(1));
            if (day < 1 || day > 31) {
                throw new DeadlineFormatException(shown, "ngày trong tháng phải từ 1 đến 31");
            }
            return monthlyOnDay(day);
        }
        throw new DeadlineFormatException(shown, null);
    }

    /** The canonical Vietnamese text, the same as {@link #text()}. */
    public String canonicalText() {
        return text;
    }

    /** True for {@link DeadlineKind#REGULAR} and {@link DeadlineKind#MONTHLY_DAY}. */
    public boolean recurring() {
        return kind.recurring();
    }

    /**
     * The due date of the instance that falls in {@code month}: the last day of the month for a regular task, day
     * N (or the month's last day when it is shorter) for a monthly-day task, and {@link #dueDate()} whatever the
     * month for the one-off kinds.
     */
    public LocalDate dueDateIn(YearMonth month) {
        return switch (kind) {
            case REGULAR -> month.atEndOfMonth();
            case MONTHLY_DAY -> month.atDay(Math.min(dayOfMonth, month.lengthOfMonth()));
            default -> dueDate;
        };
    }

    private static Deadline oneOff(DeadlineKind kind, LocalDate dueDate) {
        return new Deadline(kind, canonicalText(kind, dueDate, null), dueDate, null);
    }

    private static int year(String shown, String written, int defaultYear) {
        int year = written == null ? defaultYear : Integer.parseInt(written);
        if (year < 1000 || year > 9999) {
            throw new DeadlineFormatException(shown, "năm phải có 4 chữ số");
        }
        return year;
    }

    private static LocalDate periodEnd(DeadlineKind kind, LocalDate date) {
        return switch (kind) {
            case MONTH -> YearMonth.from(date).atEndOfMonth();
            case QUARTER -> YearMonth.of(date.getYear(), quarterOf(date) * 3).atEndOfMonth();
            case HALF_YEAR -> YearMonth.of(date.getYear(), date.getMonthValue() <= 6 ? 6 : 12).atEndOfMonth();
            case YEAR -> LocalDate.of(date.getYear(), 12, 31);
            default -> date;
        };
    }

    private static int quarterOf(LocalDate date) {
        return (date.getMonthValue() + 2) / 3;
    }

    private static String canonicalText(DeadlineKind kind, LocalDate dueDate, Integer dayOfMonth) {
        return switch (kind) {
            case DATE -> dueDate.getDayOfMonth() + "/" + dueDate.getMonthValue() + "/" + dueDate.getYear();
            case MONTH -> "Tháng " + dueDate.getMonthValue() + "/" + dueDate.getYear();
            case QUARTER -> "Quý " + ROMAN[quarterOf(dueDate)] + "/" + dueDate.getYear();
            case HALF_YEAR -> "6 tháng " + (dueDate.getMonthValue() <= 6 ? "đầu" : "cuối") + " năm "
                    + dueDate.getYear();
            case YEAR -> "Năm " + dueDate.getYear();
            case REGULAR -> "Thường xuyên";
            case MONTHLY_DAY -> "Trước ngày " + dayOfMonth + " hằng tháng";
        };
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
