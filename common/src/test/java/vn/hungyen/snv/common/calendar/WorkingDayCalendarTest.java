package vn.hungyen.snv.common.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.vietnam();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-08", "2024-02-09", "2024-02-10", "2024-02-11", "2024-02-12", "2024-02-13",
            "2024-02-14"})
    void tet2024IsNoWorkingDay(String day) {
        assertThat(calendar.isWorkingDay(date(day))).isFalse();
    }

    @Test
    void theWorkingDaysAroundTet2024AreWorked() {
        assertThat(calendar.isWorkingDay(date("2024-02-07"))).isTrue();
        assertThat(calendar.isWorkingDay(date("2024-02-15"))).isTrue();
    }

    @Test
    void theSaturdayWorkedForThe30April2024SwapIsAWorkingDay() {
        assertThat(date("2024-05-04").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);

        assertThat(calendar.isWorkingDay(date("2024-05-04"))).isTrue();
        assertThat(calendar.isWorkingDay(date("2024-04-29"))).as("Monday swapped for that Saturday").isFalse();
    }

    @Test
    void anOrdinarySaturdayAndSundayAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(date("2024-05-11"))).isFalse();
        assertThat(calendar.isWorkingDay(date("2024-05-12"))).isFalse();
        assertThat(calendar.isWorkingDay(date("2024-05-13"))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2024-01-01, false", "2024-04-18, false", "2024-04-30, false", "2024-05-01, false", "2024-09-02, false",
        "2024-09-03, false", "2025-01-01, false", "2025-01-27, false", "2025-01-31, false", "2025-02-03, true",
        "2025-04-07, false", "2025-04-26, true", "2025-05-02, false", "2025-09-01, false", "2025-09-02, false",
        "2026-01-02, false", "2026-01-10, true", "2026-02-16, false", "2026-02-23, true", "2026-04-27, false",
        "2026-08-22, true", "2026-08-31, false", "2026-09-03, true", "2027-02-10, false", "2027-05-03, false"
    })
    void theAnnouncedDaysOffAndWorkedSaturdaysApply(LocalDate day, boolean working) {
        assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
    }

    @Test
    void addingWorkingDaysSkipsTet() {
        LocalDate dayBeforeTet = date("2024-02-07");

        assertThat(calendar.addWorkingDays(dayBeforeTet, 1)).isEqualTo(date("2024-02-15"));
        assertThat(calendar.addWorkingDays(dayBeforeTet, 3)).isEqualTo(date("2024-02-19"));
        assertThat(calendar.addWorkingDays(date("2024-02-15"), -1)).isEqualTo(dayBeforeTet);
    }

    @Test
    void addingWorkingDaysFromADayOffCountsFromTheNextWorkingDay() {
        assertThat(calendar.addWorkingDays(date("2024-02-10"), 1)).isEqualTo(date("2024-02-15"));
        assertThat(calendar.addWorkingDays(date("2024-02-10"), 0)).isEqualTo(date("2024-02-10"));
    }

    @Test
    void addingWorkingDaysCountsTheWorkedSaturday() {
        assertThat(calendar.addWorkingDays(date("2024-05-03"), 1)).isEqualTo(date("2024-05-04"));
        assertThat(calendar.addWorkingDays(date("2024-04-26"), 1)).isEqualTo(date("2024-05-02"));
    }

    @Test
    void theThirdWorkingDayOfFebruary2024IsMonday5() {
        assertThat(calendar.nthWorkingDayOfMonth(YearMonth.of(2024, 2), 3)).isEqualTo(date("2024-02-05"));
    }

    @Test
    void theThirdWorkingDayOfMay2024IsTheWorkedSaturday() {
        assertThat(calendar.nthWorkingDayOfMonth(YearMonth.of(2024, 5), 3)).isEqualTo(date("2024-05-04"));
    }

    @Test
    void theFirstWorkingDayOf2026IsMonday5January() {
        assertThat(calendar.nthWorkingDayOfMonth(YearMonth.of(2026, 1), 1)).isEqualTo(date("2026-01-05"));
        assertThat(calendar.nthWorkingDayOfMonth(YearMonth.of(2025, 2), 3)).isEqualTo(date("2025-02-05"));
    }

    @Test
    void aMonthHasNoWorkingDayBeyondItsLast() {
        assertThatThrownBy(() -> calendar.nthWorkingDayOfMonth(YearMonth.of(2024, 2), 20))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.nthWorkingDayOfMonth(YearMonth.of(2024, 2), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(calendar.nthWorkingDayOfMonth(YearMonth.of(2024, 2), 16)).isEqualTo(date("2024-02-29"));
    }

    @Test
    void theWeekOf30April2025HasFiveWorkingDaysInsteadOfSeven() {
        // (Fri 25/4, Tue 6/5]: Sat 26/4 worked, Mon 28, Tue 29, 30/4–2/5 off, Mon 5, Tue 6.
        assertThat(calendar.workingDaysBetween(date("2025-04-25"), date("2025-05-06"))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(date("2025-04-29"), date("2025-05-04"))).isZero();
        assertThat(calendar.workingDaysBetween(date("2025-04-29"), date("2025-05-05"))).isEqualTo(1);
    }

    @Test
    void noWorkingDaysLieBetweenADayAndItselfOrAnEarlierDay() {
        assertThat(calendar.workingDaysBetween(date("2024-03-07"), date("2024-03-07"))).isZero();
        assertThat(calendar.workingDaysBetween(date("2024-03-07"), date("2024-03-01"))).isZero();
    }

    @Test
    void countingAndAddingWorkingDaysAgreeOverTheWholeData() {
        for (LocalDate day = date("2023-12-01"); day.isBefore(date("2028-01-31")); day = day.plusDays(1)) {
            for (int n = 0; n <= 12; n++) {
                LocalDate later = calendar.addWorkingDays(day, n);
                assertThat(calendar.workingDaysBetween(day, later)).as("%s + %d", day, n).isEqualTo(n);
                assertThat(calendar.addWorkingDays(later, -n)).as("%s - %d", later, n)
                        .isEqualTo(n == 0 ? day : latestWorkingDayOnOrBefore(day));
            }
        }
    }

    @Test
    void countingWorkingDaysMatchesADayByDayCount() {
        LocalDate start = date("2023-12-25");
        for (LocalDate to = start; to.isBefore(date("2028-01-10")); to = to.plusDays(1)) {
            int expected = 0;
            for (LocalDate d = start.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
                expected += calendar.isWorkingDay(d) ? 1 : 0;
            }
            assertThat(calendar.workingDaysBetween(start, to)).as("(%s, %s]", start, to).isEqualTo(expected);
        }
    }

    @Test
    void aDueDateThreeWorkingDaysAwayAcrossAWeekendIsDueSoon() {
        LocalDate thursday = date("2024-03-07");

        assertThat(calendar.isDueSoon(thursday, date("2024-03-12"), 3)).as("Tuesday: Fri, Mon, Tue").isTrue();
        assertThat(calendar.isDueSoon(thursday, date("2024-03-13"), 3)).as("Wednesday: four days").isFalse();
        assertThat(calendar.isDueSoon(thursday, date("2024-03-09"), 1)).as("Saturday, after Friday").isTrue();
    }

    @Test
    void aDueDateTodayIsDueSoonAndAPastOneIsNot() {
        LocalDate thursday = date("2024-03-07");

        assertThat(calendar.isDueSoon(thursday, thursday, 3)).isTrue();
        assertThat(calendar.isDueSoon(thursday, thursday.minusDays(1), 3)).isFalse();
        assertThatThrownBy(() -> calendar.isDueSoon(thursday, thursday, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tetStretchesTheDueSoonWindow() {
        assertThat(calendar.isDueSoon(date("2024-02-07"), date("2024-02-19"), 3)).isTrue();
        assertThat(calendar.isDueSoon(date("2024-02-07"), date("2024-02-20"), 3)).isFalse();
    }

    @Test
    void theVietnameseCalendarIsLoadedOnce() {
        assertThat(WorkingDayCalendar.vietnam()).isSameAs(calendar);
        assertThat(calendar.hasDataFor(2024)).isTrue();
        assertThat(calendar.hasDataFor(2027)).isTrue();
        assertThat(calendar.hasDataFor(2023)).isFalse();
        assertThat(calendar.entryOn(date("2024-02-12"))).get()
                .extracting(CalendarEntry::name).isEqualTo("Tết Nguyên đán Giáp Thìn");
        assertThat(calendar.entryOn(date("2024-02-20"))).isEmpty();
    }

    @Test
    void aCalendarWithoutEntriesCountsWeekendsOnly() {
        WorkingDayCalendar weekendsOnly = new WorkingDayCalendar(List.of());

        assertThat(weekendsOnly.isWorkingDay(date("2024-02-12"))).isTrue();
        assertThat(weekendsOnly.workingDaysBetween(date("2024-02-02"), date("2024-02-16"))).isEqualTo(10);
        assertThat(weekendsOnly.addWorkingDays(date("2024-02-09"), 1)).isEqualTo(date("2024-02-12"));
    }

    @Test
    void aCalendarBuiltForATestTakesItsOwnEntries() {
        WorkingDayCalendar custom = new WorkingDayCalendar(List.of(
                CalendarEntry.holiday(date("2024-03-08"), "Ngày nghỉ thử"),
                CalendarEntry.workday(date("2024-03-09"), "Làm bù thử")));

        assertThat(custom.isWorkingDay(date("2024-03-08"))).isFalse();
        assertThat(custom.isWorkingDay(date("2024-03-09"))).isTrue();
        assertThat(custom.addWorkingDays(date("2024-03-07"), 1)).isEqualTo(date("2024-03-09"));
    }

    @Test
    void twoEntriesForOneDateAreRefused() {
        assertThatThrownBy(() -> new WorkingDayCalendar(List.of(
                CalendarEntry.holiday(date("2024-03-08"), "Một"),
                CalendarEntry.holiday(date("2024-03-08"), "Hai"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2024-03-08");
    }

    @Test
    void aWorkedDayThatIsNoWeekendDayIsRefused() {
        assertThatThrownBy(() -> new WorkingDayCalendar(List.of(
                CalendarEntry.workday(date("2024-03-08"), "Thứ Sáu"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private LocalDate latestWorkingDayOnOrBefore(LocalDate day) {
        LocalDate d = day;
        while (!calendar.isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }
}
