package vn.hungyen.snv.webui.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreInputTest {

    private static final BigDecimal GROUP_MAX = BigDecimal.TEN;

    private final List<String> errors = new ArrayList<>();

    @Test
    void aDecimalCommaOrPointIsAccepted() {
        assertThat(ScoreInput.parse("7,5", "điểm nhóm I", GROUP_MAX, errors)).isEqualByComparingTo("7.5");
        assertThat(ScoreInput.parse(" 10 ", "điểm nhóm I", GROUP_MAX, errors)).isEqualByComparingTo("10");
        assertThat(ScoreInput.parse("30", "điểm G", BigDecimal.valueOf(30), errors)).isEqualByComparingTo("30");
        assertThat(errors).isEmpty();
    }

    @Test
    void theBoundIsTheOneGiven() {
        assertThat(ScoreInput.parse("35", "điểm G", BigDecimal.valueOf(40), errors)).isEqualByComparingTo("35");
        assertThat(ScoreInput.parse("35", "điểm G", BigDecimal.valueOf(30), errors)).isNull();
        assertThat(errors).containsExactly(
                "Điểm G phải là số từ 0 đến 30 (có thể có phần thập phân, ví dụ 7,5).");
    }

    @Test
    void aScoreOutsideItsBoundsOrNotANumberIsAMessage() {
        BigDecimal above = ScoreInput.parse("10,5", "điểm nhóm II", GROUP_MAX, errors);
        BigDecimal below = ScoreInput.parse("-1", "điểm nhóm II", GROUP_MAX, errors);
        BigDecimal word = ScoreInput.parse("tám", "điểm nhóm II", GROUP_MAX, errors);
        assertThat(above).isNull();
        assertThat(below).isNull();
        assertThat(word).isNull();
        assertThat(errors).hasSize(3).allSatisfy(e -> assertThat(e)
                .isEqualTo("Điểm nhóm II phải là số từ 0 đến 10 (có thể có phần thập phân, ví dụ 7,5)."));
    }

    @Test
    void aMissingScoreAsksForIt() {
        assertThat(ScoreInput.parse("  ", "điểm nhóm III", GROUP_MAX, errors)).isNull();
        assertThat(errors).containsExactly("Nhập điểm nhóm III.");
    }
}
