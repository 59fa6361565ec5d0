package vn.hungyen.snv.task.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a results report covers: a quarter ({@code 2024-Q1}…{@code Q4}), the first or second half
 * ({@code 2024-H1}, {@code 2024-H2}), the first nine months ({@code 2024-9M}) or the year ({@code 2024}); the
 * months from {@code first} to {@code last}, both included.
 *
 * @param code  the period as written in a request
 * @param label how a report names it, e.g. "6 tháng đầu năm 2024"
 */
public record ReportPeriod(String code, YearMonth first, YearMonth last, String label) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(Q[1-4]|H[12]|9M))?");
    private static final String[] QUARTERS = {"I", "II", "III", "IV"};
    /** The years a period may lie in, as elsewhere in the system (a calendar year outside is unknown). */
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    /** The period written as {@code text}; empty when it is none of the forms above. */
    public static Optional<ReportPeriod> parse(String text) {
        Matcher form = text == null ? null : FORM.matcher(text.trim());
        if (form == null || !form.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(form.group(1));
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return Optional.empty();
        }
        String part = form.group(2);
        if (part == null) {
            return Optional.of(year(year));
        }
        return Optional.of(switch (part) {
            case "H1" -> new ReportPeriod(year + "-H1", YearMonth.of(year, 1), YearMonth.of(year, 6),
                    "6 tháng đầu năm " + year);
            case "H2" -> new ReportPeriod(year + "-H2", YearMonth.of(year, 7), YearMonth.of(year, 12),
                    "6 tháng cuối năm " + year);
            case "9M" -> new ReportPeriod(year + "-9M", YearMonth.of(year, 1), YearMonth.of(year, 9),
                    "9 tháng đầu năm " + year);
            default -> quarter(year, part.charAt(1) - '0');
        });
    }

    private static ReportPeriod year(int year) {
        return new ReportPeriod(String.valueOf(year), YearMonth.of(year, 1), YearMonth.of(year, 12), "năm " + year);
    }

    private static ReportPeriod quarter(int year, int quarter) {
        return new ReportPeriod(year + "-Q" + quarter, YearMonth.of(year, quarter * 3 - 2),
                YearMonth.of(year, quarter * 3), "quý " + QUARTERS[quarter - 1] + " năm " + year);
    }

    /**
     * The period whose tasks a report on this one lists as "phương hướng, nhiệm vụ": the next quarter after a
     * quarter, the second half after the first, the fourth quarter after nine months, the next year after a year.
     */
    public ReportPeriod next() {
        int year = first.getYear();
        return switch (code.substring(String.valueOf(year).length())) {
            case "" -> year(year + 1);
            case "-H1" -> parse(year + "-H2").orElseThrow();
            case "-H2" -> parse((year + 1) + "-H1").orElseThrow();
            case "-9M" -> quarter(year, 4);
            default -> last.getMonthValue() == 12 ? quarter(year + 1, 1) : quarter(year, last.getMonthValue() / 3 + 1);
        };
    }

    public LocalDate from() {
        return first.atDay(1);
    }

    public LocalDate to() {
        return last.atEndOfMonth();
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from()) && !day.isAfter(to());
    }

    /** The months of the period in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }
}
