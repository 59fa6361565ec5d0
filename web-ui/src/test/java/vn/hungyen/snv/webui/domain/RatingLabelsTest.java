package vn.hungyen.snv.webui.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RatingLabelsTest {

    @Test
    void levelsReadInVietnameseFromBestToWorst() {
        assertThat(RatingLabels.LEVELS).extracting(RatingLabels.Level::code)
                .containsExactly("HTXSNV", "HTTNV", "HTNV", "KHTNV", "NO_TASK_DATA", "ON_LEAVE");
        assertThat(RatingLabels.level("HTTNV").label()).isEqualTo("Hoàn thành tốt nhiệm vụ");
        assertThat(RatingLabels.level(null).label()).isEqualTo("Chưa xếp loại");
    }

    @Test
    void countsFollowTheLevelsOrderWithZerosForMissingLevels() {
        assertThat(RatingLabels.counts(Map.of("KHTNV", 1, "HTXSNV", 5, "ON_LEAVE", 2))).containsExactly(5, 0, 0, 1, 0, 2);
    }

    @Test
    void statusesReadInVietnamese() {
        assertThat(RatingLabels.status("AWAITING_REVIEW")).isEqualTo("Chờ lãnh đạo xem xét");
        assertThat(RatingLabels.status("PUBLISHED")).isEqualTo("Đã công bố");
        assertThat(RatingLabels.status(null)).isEqualTo("Không rõ");
    }

    @Test
    void positionsAreNamedInVietnamese() {
        assertThat(RatingLabels.position("STAFF")).isEqualTo("Công chức");
        assertThat(RatingLabels.position("HEAD")).isEqualTo("Trưởng đơn vị");
        assertThat(RatingLabels.position("DEPUTY_HEAD")).isEqualTo("Phó trưởng đơn vị");
        assertThat(RatingLabels.position(null)).isEmpty();
    }
}
