package vn.hungyen.snv.webui.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringLabelsTest {

    @Test
    void settingsAndFiguresHaveVietnameseNamesAndUnknownOnesKeepTheirs() {
        assertThat(ScoringLabels.setting("bands.excellent")).isEqualTo("Điểm thấp nhất xếp Hoàn thành xuất sắc nhiệm vụ");
        assertThat(ScoringLabels.setting("bands.superb")).isEqualTo("bands.superb");
        assertThat(ScoringLabels.figure("total")).isEqualTo("Tổng điểm (S)");
        assertThat(ScoringLabels.figure("other")).isEqualTo("other");
    }

    @Test
    void valuesReadInWords() {
        assertThat(ScoringLabels.value(true)).isEqualTo("Có");
        assertThat(ScoringLabels.value(false)).isEqualTo("Không");
        assertThat(ScoringLabels.value(0.25)).isEqualTo("0,25");
        assertThat(ScoringLabels.value(70)).isEqualTo("70");
        assertThat(ScoringLabels.value(List.of("leaders", "newgroup"))).isEqualTo("leaders (lãnh đạo), newgroup");
        assertThat(ScoringLabels.value("zero-credit")).isEqualTo("zero-credit (trễ hạn là không có điểm tiến độ)");
        assertThat(ScoringLabels.value(null)).isEqualTo("—");
    }

    @Test
    void theNestedDocumentAndTheNamedValuesAreEachOthersInverse() {
        Map<String, Object> nested = Map.of("bands", Map.of("excellent", 92), "lateMode", "partial-credit");
        Map<String, Object> named = ScoringLabels.flat(nested);
        assertThat(named).containsOnly(Map.entry("bands.excellent", 92), Map.entry("lateMode", "partial-credit"));
        assertThat(ScoringLabels.nested(named)).isEqualTo(nested);
        Map<String, Object> two = new LinkedHashMap<>();
        two.put("quota.ratio", BigDecimal.ONE);
        two.put("quota.monthly", false);
        assertThat(ScoringLabels.nested(two)).isEqualTo(Map.of("quota", Map.of("ratio", BigDecimal.ONE,
                "monthly", false)));
    }

    @Test
    void anEntryTakesTheTypeOfTheValueItReplacesOrStaysTextForTheServiceToRefuse() {
        assertThat(ScoringLabels.entry("  ", 90)).isNull();
        assertThat(ScoringLabels.entry(null, 90)).isNull();
        assertThat(ScoringLabels.entry("0,3", 0.25)).isEqualTo(new BigDecimal("0.3"));
        assertThat(ScoringLabels.entry(" 95 ", 90)).isEqualTo(new BigDecimal("95"));
        assertThat(ScoringLabels.entry("nhiều", 90)).isEqualTo("nhiều");
        assertThat(ScoringLabels.entry("false", true)).isEqualTo(false);
        assertThat(ScoringLabels.entry("có", true)).isEqualTo("có");
        assertThat(ScoringLabels.entry("leaders, staff,", List.of("leaders"))).isEqualTo(List.of("leaders", "staff"));
        assertThat(ScoringLabels.entry("zero-credit", "partial-credit")).isEqualTo("zero-credit");
    }
}
