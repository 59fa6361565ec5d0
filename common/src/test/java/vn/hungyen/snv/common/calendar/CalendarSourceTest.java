package vn.hungyen.snv.common.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.testing.MovingClock;

class CalendarSourceTest {

    private static final LocalDate SATURDAY_2028 = LocalDate.of(2028, 1, 8);
    private static final LocalDate MONDAY_2028 = LocalDate.of(2028, 1, 3);

    /** plan-service as the source reads it: a year's entries, or a failure while it is down. */
    private static final class Owner implements CalendarSource.YearReader {
        final Map<Integer, List<CalendarEntry>> years = new HashMap<>();
        final List<Integer> reads = new ArrayList<>();
        boolean down;

        @Override
        public List<CalendarEntry> entries(int year) throws IOException {
            reads.add(year);
            if (down) {
                throw new IOException("Connection refused");
            }
            return years.getOrDefault(year, List.of());
        }
    }

    private final MovingClock clock = new MovingClock(Instant.parse("2027-06-01T03:00:00Z"), ZoneOffset.ofHours(7));
    private final Owner owner = new Owner();
    private final CalendarSource source = new CalendarSource(owner, clock, Duration.ofMinutes(5));

    @Test
    void readsEveryYearFrom2024ToNextYearOncePerInterval() {
        owner.years.put(2028, List.of(CalendarEntry.holiday(MONDAY_2028, "Nghỉ thử")));

        assertThat(source.current().isWorkingDay(MONDAY_2028)).isFalse();
        assertThat(owner.reads).containsExactly(2024, 2025, 2026, 2027, 2028);

        owner.years.put(2028, List.of(CalendarEntry.workday(SATURDAY_2028, "Làm bù")));
        clock.move(Duration.ofMinutes(4));
        assertThat(source.current().isWorkingDay(MONDAY_2028)).as("read again only after 5 minutes").isFalse();
        assertThat(owner.reads).hasSize(5);

        clock.move(Duration.ofMinutes(2));
        WorkingDayCalendar edited = source.current();
        assertThat(edited.isWorkingDay(MONDAY_2028)).isTrue();
        assertThat(edited.isWorkingDay(SATURDAY_2028)).isTrue();
        assertThat(owner.reads).hasSize(10);
    }

    @Test
    void fallsBackToTheBundledCalendarWhenNothingWasEverRead() {
        owner.down = true;

        assertThat(source.current()).isSameAs(WorkingDayCalendar.vietnam());
        assertThat(owner.reads).as("one failed try, not one per year").containsExactly(2024);
        assertThat(source.current()).isSameAs(WorkingDayCalendar.vietnam());
        assertThat(owner.reads).as("no new try before the interval").hasSize(1);
    }

    @Test
    void keepsTheLastCalendarReadWhileTheOwnerIsDown() {
        owner.years.put(2028, List.of(CalendarEntry.holiday(MONDAY_2028, "Nghỉ thử")));
        WorkingDayCalendar read = source.current();

        owner.down = true;
        clock.move(Duration.ofMinutes(6));
        assertThat(source.current()).isSameAs(read);
        assertThat(owner.reads).hasSize(6);

        owner.down = false;
        owner.years.remove(2028);
        clock.move(Duration.ofMinutes(6));
        assertThat(source.current().isWorkingDay(MONDAY_2028)).as("read again once it is back").isTrue();
    }
}
