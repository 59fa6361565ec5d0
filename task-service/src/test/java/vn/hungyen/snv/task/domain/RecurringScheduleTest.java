package vn.hungyen.snv.task.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.deadline.Deadline;

class RecurringScheduleTest {

    @Test
    void regularWorkIsDueAtTheEndOfTheCurrentMonth() {
        assertThat(RecurringSchedule.nextDueDate(Deadline.regular(), LocalDate.of(2024, 2, 29)))
                .isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(RecurringSchedule.firstMonth(Deadline.regular(), LocalDate.of(2024, 2, 1)))
                .isEqualTo(YearMonth.of(2024, 2));
    }

    @Test
    void aMonthlyDayStillAheadIsThisMonthsAndOnePassedIsNextMonths() {
        Deadline on20 = Deadline.monthlyOnDay(20);
        assertThat(RecurringSchedule.nextDueDate(on20, LocalDate.of(2024, 3, 20))).isEqualTo(LocalDate.of(2024, 3, 20));
        assertThat(RecurringSchedule.nextDueDate(on20, LocalDate.of(2024, 3, 21))).isEqualTo(LocalDate.of(2024, 4, 20));
        assertThat(RecurringSchedule.firstMonth(on20, LocalDate.of(2024, 12, 25))).isEqualTo(YearMonth.of(2025, 1));
    }

    @Test
    void aDayBeyondAShortMonthFallsOnItsLastDay() {
        assertThat(RecurringSchedule.nextDueDate(Deadline.monthlyOnDay(31), LocalDate.of(2025, 2, 3)))
                .isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void aOneOffDeadlineKeepsItsDateEvenWhenPast() {
        assertThat(RecurringSchedule.nextDueDate(Deadline.inYear(2024), LocalDate.of(2026, 5, 1)))
                .isEqualTo(LocalDate.of(2024, 12, 31));
    }
}
