package vn.hungyen.snv.task.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    private static ReportPeriod period(String text) {
        return ReportPeriod.parse(text).orElseThrow();
    }

    @Test
    void theFirstHalfRunsFromJanuaryToJuneAndIsFollowedByTheSecondHalf() {
        ReportPeriod half = period("2024-H1");
        assertThat(half.from()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(half.to()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(half.months()).hasSize(6).startsWith(YearMonth.of(2024, 1));
        assertThat(half.label()).isEqualTo("6 tháng đầu năm 2024");
        assertThat(half.next().code()).isEqualTo("2024-H2");
        assertThat(half.next().label()).isEqualTo("6 tháng cuối năm 2024");
    }

    @Test
    void aQuarterIsFollowedByTheNextQuarterAndTheFourthByTheFirstOfNextYear() {
        assertThat(period("2024-Q1").to()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(period("2024-Q1").label()).isEqualTo("quý I năm 2024");
        assertThat(period("2024-Q2").next().code()).isEqualTo("2024-Q3");
        assertThat(period("2024-Q4").next().code()).isEqualTo("2025-Q1");
        assertThat(period("2024-Q4").from()).isEqualTo(LocalDate.of(2024, 10, 1));
    }

    @Test
    void nineMonthsAreFollowedByTheFourthQuarterAndAYearByTheNextYear() {
        assertThat(period("2024-9M").to()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(period("2024-9M").next().code()).isEqualTo("2024-Q4");
        assertThat(period("2024").months()).hasSize(12);
        assertThat(period("2024").next().code()).isEqualTo("2025");
        assertThat(period("2024-H2").next().code()).isEqualTo("2025-H1");
    }

    @Test
    void otherFormsAndYearsOutsideTheCalendarAreUnknown() {
        assertThat(ReportPeriod.parse("2024-Q5")).isEmpty();
        assertThat(ReportPeriod.parse("2024-06")).isEmpty();
        assertThat(ReportPeriod.parse("H1-2024")).isEmpty();
        assertThat(ReportPeriod.parse("1999")).isEmpty();
        assertThat(ReportPeriod.parse("")).isEmpty();
        assertThat(ReportPeriod.parse(null)).isEmpty();
    }

    @Test
    void theLastDayBelongsToThePeriodAndTheNextDayDoesNot() {
        ReportPeriod quarter = period("2024-Q1");
        assertThat(quarter.contains(LocalDate.of(2024, 3, 31))).isTrue();
        assertThat(quarter.contains(LocalDate.of(2024, 4, 1))).isFalse();
        assertThat(quarter.contains(null)).isFalse();
    }
}
