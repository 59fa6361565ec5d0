package vn.hungyen.snv.common.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateInRangeTest {

    private final DateInRange.Validator validator = new DateInRange.Validator();

    @Test
    void datesFrom2000To2100AndNullAreValid() {
        assertThat(validator.isValid(LocalDate.of(2000, 1, 1), null)).isTrue();
        assertThat(validator.isValid(LocalDate.of(2100, 12, 31), null)).isTrue();
        assertThat(validator.isValid(null, null)).isTrue();
    }

    @Test
    void datesOutsideAreInvalid() {
        assertThat(validator.isValid(LocalDate.of(1999, 12, 31), null)).isFalse();
        assertThat(validator.isValid(LocalDate.of(2101, 1, 1), null)).isFalse();
        assertThat(validator.isValid(LocalDate.of(57385, 1, 1), null)).isFalse();
    }
}
