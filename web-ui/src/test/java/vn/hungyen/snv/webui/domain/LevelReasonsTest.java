package vn.hungyen.snv.webui.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LevelReasonsTest {

    @Test
    void theQuotaSaysHowManyReachedExcellenceAndHowManyMayKeepIt() {
        String reason = LevelReasons.explain(new LevelReasons.Change("QUOTA", "HTXSNV", "HTTNV", null, null, null,
                null, "staff", 61, 12));

        assertThat(reason).isEqualTo("Hạ từ Hoàn thành xuất sắc nhiệm vụ xuống Hoàn thành tốt nhiệm vụ do tỷ lệ khống "
                + "chế mức xuất sắc: nhóm công chức có 61 người đạt mức xuất sắc, chỉ 12 người được giữ mức này; "
                + "điểm số không đổi.");
    }

    @Test
    void theHeadCapNamesTheUnitsLevel() {
        String reason = LevelReasons.explain(new LevelReasons.Change("CAPPED_BY_UNIT", "HTXSNV", "HTNV", null, null,
                null, "HTNV", null, null, null));

        assertThat(reason).contains("xuống Hoàn thành nhiệm vụ", "đơn vị được xếp loại Hoàn thành nhiệm vụ");
    }

    @Test
    void aForcingFlagNamesTheFlagAndWhoRecordedIt() {
        String reason = LevelReasons.explain(new LevelReasons.Change("FORCED", "HTTNV", "KHTNV",
                List.of("DISCIPLINED"), "head.cchc", "Nguyễn Thị Hà", null, null, null, null));

        assertThat(reason).isEqualTo("Xếp loại Không hoàn thành nhiệm vụ (thay vì Hoàn thành tốt nhiệm vụ) do bị xử "
                + "lý kỷ luật; Nguyễn Thị Hà ghi nhận khi xem xét.");
    }

    @Test
    void aLeadersCriteriaSayWhatTheyRead() {
        assertThat(LevelReasons.unitResults(BigDecimal.valueOf(50))).contains("chưa đạt");
        assertThat(LevelReasons.organising("LOW_TIMELINESS")).isEqualTo("điểm tiến độ (c) của đơn vị dưới 80");
        assertThat(LevelReasons.cohesion("Biên bản họp 12/6")).endsWith("Biên bản họp 12/6");
        assertThat(LevelReasons.cohesion(null)).isEqualTo("không có kết luận về mất đoàn kết");
    }
}
