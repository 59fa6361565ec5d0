package vn.hungyen.snv.common.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class InputDatesTest {

    @Test
    void isoDatesWithinRangeAreRead() {
        assertThat(InputDates.date("2024-03-31")).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(InputDates.date("2000-01-01")).isEqualTo(InputDates.FIRST);
        assertThat(InputDates.date("2100-12-31")).isEqualTo(InputDates.LAST);
    }

    @Test
    void otherFormsAndDatesOutOfRangeAreRefusedWithTheFormExpected() {
        for (String bad : new String[] {"+10000-01-01", "10000-01-01", "20240101", "31/03/2024", "2024-3-31",
                " 2024-03-31", "2024-02-30", "1999-12-31", "2101-01-01", ""}) {
            assertThatThrownBy(() -> InputDates.date(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("phải là một ngày dạng yyyy-MM-dd từ 2000-01-01 đến 2100-12-31");
        }
        assertThatThrownBy(() -> InputDates.date(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFormAloneIsCheckedForStoredDates() {
        assertThat(InputDates.isoDate("1905-06-10")).isEqualTo(LocalDate.of(1905, 6, 10));
        assertThat(InputDates.isoMonth("1905-06")).isEqualTo(YearMonth.of(1905, 6));
        assertThatThrownBy(() -> InputDates.isoDate("+10000-01-01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InputDates.isoDate("2023-02-29")).hasMessageContaining("không có trong lịch");
    }

    @Test
    void monthsAreIsoTextWithinRange() {
        assertThat(InputDates.month("2024-03")).isEqualTo(YearMonth.of(2024, 3));
        for (String bad : new String[] {"2024-13", "2024-3", "+10000-01", "1999-12", "2101-01", "03/2024"}) {
            assertThatThrownBy(() -> InputDates.month(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("phải là một tháng dạng yyyy-MM");
        }
    }
}
