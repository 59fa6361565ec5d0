package vn.hungyen.snv.task.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.calendar.WorkingDayCalendar;

/** The dueSoon list filter (a date range an index answers) agrees with the timeliness DUE_SOON of every task. */
class DueSoonWindowTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.vietnam();

    @Test
    void theRangeHoldsExactlyTheDatesTheCalendarCallsDueSoon() {
        for (int workingDays : new int[] {0, 1, 3, 5}) {
            for (LocalDate today = LocalDate.of(2025, 1, 1); today.isBefore(LocalDate.of(2027, 1, 1));
                    today = today.plusDays(1)) {
                LocalDate before = TaskService.dueSoonBefore(CALENDAR, today, workingDays);
                for (LocalDate due = today.minusDays(2); due.isBefore(today.plusDays(25)); due = due.plusDays(1)) {
                    boolean inRange = !due.isBefore(today) && due.isBefore(before);
                    assertThat(inRange).as("today %s, due %s, %d working days", today, due, workingDays)
                            .isEqualTo(CALENDAR.isDueSoon(today, due, workingDays));
                }
            }
        }
    }

    @Test
    void beforeTetTheWindowStretchesOverTheHoliday() {
        LocalDate before = TaskService.dueSoonBefore(CALENDAR, LocalDate.of(2025, 1, 24), 3);
        assertThat(before).isAfter(LocalDate.of(2025, 2, 1));
    }
}
