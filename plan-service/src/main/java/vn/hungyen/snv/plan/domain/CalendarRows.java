package vn.hungyen.snv.plan.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hungyen.snv.common.calendar.CalendarEntry;
import vn.hungyen.snv.common.calendar.WorkingDayCalendar;
import vn.hungyen.snv.common.rules.RuleViolationException;
import vn.hungyen.snv.common.rules.Violation;

/**
 * The rows of one year of the working-day calendar as an administrator enters them, checked all at once: every row
 * an ISO date of that year, a type HOLIDAY or WORKDAY and a name; no date twice; a WORKDAY (ngày làm bù) a Saturday
 * or Sunday, as {@link WorkingDayCalendar} requires. Every problem is reported naming its row (counted from 1).
 */
public final class CalendarRows {

    /** A row as entered; any field may be missing or wrong. */
    public record Row(String date, String type, String name) {
    }

    private CalendarRows() {
    }

    /**
     * The entries of {@code year}, in the order given.
     *
     * @throws RuleViolationException for the first problem, listing every problem found
     */
    public static List<CalendarEntry> entries(int year, List<Row> rows) {
        List<Violation> problems = new ArrayList<>();
        List<CalendarEntry> entries = new ArrayList<>();
        Map<LocalDate, Integer> rowOfDate = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            int number = i + 1;
            Row row = rows.get(i) == null ? new Row(null, null, null) : rows.get(i);
            Optional<CalendarEntry> entry = entry(year, number, row, problems);
            if (entry.isEmpty()) {
                continue;
            }
            Integer earlier = rowOfDate.putIfAbsent(entry.get().date(), number);
            if (earlier != null) {
                problems.add(problem(i, "date", "Dòng " + number + ": ngày " + entry.get().date()
                        + " đã có ở dòng " + earlier + "; mỗi ngày chỉ ghi một lần."));
                continue;
            }
            entries.add(entry.get());
        }
        RuleViolationException.throwIfAny(problems.stream().findFirst(), problems);
        return List.copyOf(entries);
    }

    private static Optional<CalendarEntry> entry(int year, int number, Row row, List<Violation> problems) {
        int index = number - 1;
        LocalDate date;
        try {
            date = LocalDate.parse(row.date() == null ? "" : row.date().strip());
        } catch (DateTimeParseException e) {
            problems.add(problem(index, "date", "Dòng " + number + ": ngày \"" + Optional.ofNullable(row.date())
                    .orElse("") + "\" không đúng dạng YYYY-MM-DD."));
            return Optional.empty();
        }
        if (date.getYear() != year) {
            problems.add(problem(index, "date", "Dòng " + number + ": ngày " + date + " không thuộc năm " + year
                    + "."));
            return Optional.empty();
        }
        CalendarEntry.Type type = type(row.type());
        if (type == null) {
            problems.add(problem(index, "type", "Dòng " + number + " (" + date + "): loại \""
                    + Optional.ofNullable(row.type()).orElse("") + "\" phải là HOLIDAY (ngày nghỉ) hoặc WORKDAY "
                    + "(ngày làm bù)."));
            return Optional.empty();
        }
        if (row.name() == null || row.name().isBlank()) {
            problems.add(problem(index, "name", "Dòng " + number + " (" + date + "): cần ghi tên ngày, ví dụ "
                    + "\"Tết Dương lịch\"."));
            return Optional.empty();
        }
        CalendarEntry entry = new CalendarEntry(date, type, row.name());
        try {
            new WorkingDayCalendar(List.of(entry));
        } catch (IllegalArgumentException e) {
            problems.add(problem(index, "type", "Dòng " + number + " (" + date + "): ngày làm bù phải là thứ Bảy "
                    + "hoặc Chủ nhật."));
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    private static CalendarEntry.Type type(String text) {
        for (CalendarEntry.Type type : CalendarEntry.Type.values()) {
            if (type.name().equals(text == null ? null : text.strip())) {
                return type;
            }
        }
        return null;
    }

    private static Violation problem(int index, String field, String message) {
        return new Violation("entries[" + index + "]." + field, "invalid-calendar-" + field, Violation.Kind.INPUT,
                message);
    }
}
