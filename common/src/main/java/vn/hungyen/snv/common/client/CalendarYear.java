package vn.hungyen.snv.common.client;

import java.util.List;
import vn.hungyen.snv.common.calendar.CalendarEntry;

/**
 * One year of the working-day calendar as plan-service answers {@code GET /api/calendar/{year}}: its holidays and
 * worked weekend days in date order.
 */
public record CalendarYear(int year, List<CalendarEntry> entries) {

    public CalendarYear {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
