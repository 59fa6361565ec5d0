package vn.hungyen.snv.common.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VietnamHolidaysTest {

    private static final List<CalendarEntry> ENTRIES = VietnamHolidays.load();

    private static List<String> rawLines() throws IOException {
        try (InputStream in = VietnamHolidays.class.getClassLoader().getResourceAsStream(VietnamHolidays.RESOURCE)) {
            assertThat(in).as(VietnamHolidays.RESOURCE).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void theFileHasTheHeaderAndEveryRowParses() throws IOException {
        List<String> lines = rawLines();

        assertThat(lines.get(0)).isEqualTo("date,type,name");
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).isNotBlank()
                .matches("\\d{4}-\\d{2}-\\d{2},(HOLIDAY|WORKDAY),[^,].*"));
        assertThat(ENTRIES).hasSize(lines.size() - 1);
    }

    @Test
    void theFileHasNoDuplicateDates() throws IOException {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = rawLines().stream().skip(1).map(line -> line.substring(0, line.indexOf(',')))
                .filter(date -> !seen.add(date)).toList();

        assertThat(duplicates).isEmpty();
    }

    @Test
    void theRowsAreInDateOrderWithNfcVietnameseNames() {
        assertThat(ENTRIES).extracting(CalendarEntry::date).isSorted();
        assertThat(ENTRIES).allSatisfy(entry -> assertThat(
                Normalizer.isNormalized(entry.name(), Normalizer.Form.NFC)).as(entry.name()).isTrue());
    }

    @Test
    void everyWorkedDayIsASaturday() {
        assertThat(ENTRIES).filteredOn(e -> e.type() == CalendarEntry.Type.WORKDAY)
                .extracting(CalendarEntry::date)
                .containsExactly(LocalDate.of(2024, 5, 4), LocalDate.of(2025, 4, 26), LocalDate.of(2026, 1, 10),
                        LocalDate.of(2026, 8, 22))
                .allSatisfy(date -> assertThat(date.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY));
    }

    @ParameterizedTest
    @ValueSource(ints = {2024, 2025, 2026, 2027})
    void eachYearGivesTheElevenStatutoryDaysOffWithSwapsCancellingOut(int year) {
        // Bộ luật Lao động 2019, Điều 112: 1 + 5 + 1 + 1 + 1 + 2 days; a swapped day off is paid back by a Saturday.
        long weekdaysOff = ENTRIES.stream().filter(e -> e.date().getYear() == year)
                .filter(e -> e.type() == CalendarEntry.Type.HOLIDAY).filter(e -> !isWeekend(e.date())).count();
        long workedWeekendDays = ENTRIES.stream().filter(e -> e.date().getYear() == year)
                .filter(e -> e.type() == CalendarEntry.Type.WORKDAY).count();

        assertThat(weekdaysOff - workedWeekendDays).isEqualTo(11);
    }

    @ParameterizedTest
    @ValueSource(ints = {2024, 2025, 2026, 2027})
    void eachYearListsTheFixedHolidays(int year) {
        Set<LocalDate> holidays = ENTRIES.stream().filter(e -> e.type() == CalendarEntry.Type.HOLIDAY)
                .map(CalendarEntry::date).collect(Collectors.toSet());

        assertThat(holidays).contains(LocalDate.of(year, 1, 1), LocalDate.of(year, 4, 30), LocalDate.of(year, 5, 1),
                LocalDate.of(year, 9, 2));
        assertThat(holidays).containsAnyOf(LocalDate.of(year, 9, 1), LocalDate.of(year, 9, 3));
    }

    @Test
    void hungKingsDayFallsOnTheTenthDayOfTheThirdLunarMonth() {
        assertThat(ENTRIES).filteredOn(e -> e.name().startsWith("Giỗ Tổ Hùng Vương"))
                .extracting(CalendarEntry::date)
                .containsExactly(LocalDate.of(2024, 4, 18), LocalDate.of(2025, 4, 7), LocalDate.of(2026, 4, 26),
                        LocalDate.of(2027, 4, 16));
    }

    @Test
    void onlyTheUnannouncedYearIsProvisional() {
        assertThat(ENTRIES).filteredOn(CalendarEntry::provisional).extracting(e -> e.date().getYear())
                .containsOnly(2027);
        assertThat(ENTRIES).filteredOn(e -> e.date().getYear() == 2027).allMatch(CalendarEntry::provisional);
    }

    @Test
    void aNameMayContainCommas() throws IOException {
        List<CalendarEntry> entries = VietnamHolidays.parse(new StringReader(
                "\uFEFFdate,type,name\n2024-01-01,HOLIDAY,Tết Dương lịch, năm 2024\n\n"), "test");

        assertThat(entries).containsExactly(CalendarEntry.holiday(LocalDate.of(2024, 1, 1), "Tết Dương lịch, năm 2024"));
    }

    @Test
    void aBrokenRowIsReportedWithItsLineNumber() {
        assertThatThrownBy(() -> VietnamHolidays.parse(new StringReader(
                "date,type,name\n2024-01-01,HOLIDAY,Tết Dương lịch\n2024-02-30,HOLIDAY,Tết\n"), "test.csv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("test.csv line 3:");
        assertThatThrownBy(() -> VietnamHolidays.parse(new StringReader(
                "date,type,name\n2024-01-01,DAYOFF,Tết Dương lịch\n"), "test.csv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("test.csv line 2:");
        assertThatThrownBy(() -> VietnamHolidays.parse(new StringReader(
                "date,type,name\n2024-01-01,HOLIDAY\n"), "test.csv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("test.csv line 2:");
        assertThatThrownBy(() -> VietnamHolidays.parse(new StringReader("day;kind;label\n"), "test.csv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("date,type,name");
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
