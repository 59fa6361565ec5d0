package vn.hungyen.snv.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TargetAndSourceTest {

    @Test
    void vietnameseNumbersUseDotsForThousandsAndCommaForDecimals() {
        assertThat(Target.parse("120.000 trang").value()).isEqualByComparingTo("120000");
        assertThat(Target.parse("1.363 m")).isEqualTo(new Target("1.363 m", new BigDecimal("1363"), "m"));
        assertThat(Target.parse("07 cuộc thanh tra")).isEqualTo(new Target("07 cuộc thanh tra", new BigDecimal("07"),
                "cuộc thanh tra"));
        assertThat(Target.parse("100 %").unit()).isEqualTo("%");
        assertThat(Target.parse("2,5 tỷ đồng").value()).isEqualByComparingTo("2.5");
    }

    @Test
    void aTargetWithoutANumberOrUnitIsRefused() {
        assertThatThrownBy(() -> Target.parse("nhiều người")).hasMessageContaining("phải là một số");
        assertThatThrownBy(() -> Target.parse("586")).hasMessageContaining("đơn vị tính");
    }

    @Test
    void aSourceIsOneLineOrARange() {
        assertThat(SourceRef.parse("004_38b8e90ea4ed07a7.txt:163"))
                .isEqualTo(new SourceRef("004_38b8e90ea4ed07a7.txt", 163, 163));
        assertThat(SourceRef.parse("004_38b8e90ea4ed07a7.txt:382-386").text())
                .isEqualTo("004_38b8e90ea4ed07a7.txt:382-386");
        assertThatThrownBy(() -> SourceRef.parse("004.txt:9-3")).hasMessageContaining("dòng cuối");
        assertThatThrownBy(() -> SourceRef.parse("dòng 5")).hasMessageContaining("tệp.txt:dòng");
    }

    @Test
    void searchTextFoldsDiacriticsAndDStroke() {
        assertThat(SearchText.fold("Cải cách hành chính; ĐỊA GIỚI")).isEqualTo("cai cach hanh chinh dia gioi");
        assertThat(SearchText.words("Đào tạo, bồi dưỡng")).containsExactly("dao", "tao", "boi", "duong");
    }
}
