package vn.hungyen.snv.webui.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanLabelsTest {

    @Test
    void statusesOfAPlanReadInVietnamese() {
        assertThat(PlanLabels.status("DRAFT")).isEqualTo("Dự thảo");
        assertThat(PlanLabels.status("PUBLISHED")).isEqualTo("Đã ban hành");
        assertThat(PlanLabels.status("ARCHIVED")).isEqualTo("Đã thay thế");
    }

    @Test
    void changesBetweenVersionsReadInVietnamese() {
        assertThat(PlanLabels.change("ADDED")).isEqualTo("Bổ sung");
        assertThat(PlanLabels.change("REMOVED")).isEqualTo("Bỏ ra");
        assertThat(PlanLabels.change("CHANGED")).isEqualTo("Điều chỉnh");
    }

    @Test
    void howAnItemRestsOnItsSourceReadsInWordsAndNothingWhenTheCatalogueDoesNotTell() {
        assertThat(PlanLabels.derivation("QUOTED")).isEqualTo("Nguyên văn dòng nguồn");
        assertThat(PlanLabels.derivation("DERIVED")).isEqualTo("Cụ thể hóa từ chỉ đạo chung");
        assertThat(PlanLabels.derivation(null)).isNull();
    }
}
