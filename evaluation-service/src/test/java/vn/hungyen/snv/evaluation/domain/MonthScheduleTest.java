package vn.hungyen.snv.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.calendar.WorkingDayCalendar;

/** The workflow's due dates of scoring-hy540 §8 against the Vietnamese calendar, counted by hand. */
class MonthScheduleTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.vietnam();

    @Test
    void january2024_tetFallsBetweenTheReviewAndTheUnitsScore() {
        // February 2024: Thu 1, Fri 2, Mon 5, Tue 6, Wed 7; Tết Giáp Thìn 8–14/02; Thu 15, Fri 16, Mon 19
        MonthSchedule schedule = MonthSchedule.of(YearMonth.of(2024, 1), calendar);

        assertThat(schedule.month()).isEqualTo("2024-01");
        assertThat(schedule.tasksFrozenOn()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(schedule.selfAssessmentBy()).isEqualTo(LocalDate.of(2024, 2, 5));
        assertThat(schedule.reviewBy()).isEqualTo(LocalDate.of(2024, 2, 7));
        assertThat(schedule.unitReviewBy()).isEqualTo(LocalDate.of(2024, 2, 15));
        assertThat(schedule.publicationBy()).isEqualTo(LocalDate.of(2024, 2, 19));
    }

    @Test
    void january2025_tetEndsOnSaturday1February() {
        // February 2025: Tết Ất Tỵ ends Sat 1/02; Mon 3, Tue 4, Wed 5, Thu 6, Fri 7, Mon 10, Tue 11, Wed 12
        MonthSchedule schedule = MonthSchedule.of(YearMonth.of(2025, 1), calendar);

        assertThat(schedule.selfAssessmentBy()).isEqualTo(LocalDate.of(2025, 2, 5));
        assertThat(schedule.reviewBy()).isEqualTo(LocalDate.of(2025, 2, 7));
        assertThat(schedule.unitReviewBy()).isEqualTo(LocalDate.of(2025, 2, 10));
        assertThat(schedule.publicationBy()).isEqualTo(LocalDate.of(2025, 2, 12));
    }

    @Test
    void april2025_theMayDayHolidaysPushEveryDate() {
        // May 2025: Thu 1 and Fri 2 are days off; Mon 5, Tue 6, Wed 7, Thu 8, Fri 9, Mon 12, Tue 13, Wed 14
        MonthSchedule schedule = MonthSchedule.of(YearMonth.of(2025, 4), calendar);

        assertThat(schedule.selfAssessmentBy()).isEqualTo(LocalDate.of(2025, 5, 7));
        assertThat(schedule.reviewBy()).isEqualTo(LocalDate.of(2025, 5, 9));
        assertThat(schedule.unitReviewBy()).isEqualTo(LocalDate.of(2025, 5, 12));
        assertThat(schedule.publicationBy()).isEqualTo(LocalDate.of(2025, 5, 14));
    }

    @Test
    void december2024_theNewYearHolidayIsSkipped() {
        // January 2025: Wed 1 is a holiday; Thu 2, Fri 3, Mon 6, Tue 7, Wed 8, Thu 9, Fri 10, Mon 13
        MonthSchedule schedule = MonthSchedule.of(YearMonth.of(2024, 12), calendar);

        assertThat(schedule.tasksFrozenOn()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(schedule.selfAssessmentBy()).isEqualTo(LocalDate.of(2025, 1, 6));
        assertThat(schedule.publicationBy()).isEqualTo(LocalDate.of(2025, 1, 13));
    }
}
