package vn.hungyen.snv.webui.domain;

import java.util.List;
import java.util.Map;

/**
 * How monthly ratings read on the pages: the Vietnamese names of the levels (scoring-hy540.md §4),
 * in the order the pages list them, and of a rating's place in the month's workflow (§8).
 */
public final class RatingLabels {

    /** A level with its Vietnamese name and the colour class it is shown in. */
    public record Level(String code, String label, String tone) {
    }

    /** The levels from best to worst, then the months without products and the leave months. */
    public static final List<Level> LEVELS = List.of(
            new Level("HTXSNV", "Hoàn thành xuất sắc nhiệm vụ", "done"),
            new Level("HTTNV", "Hoàn thành tốt nhiệm vụ", "ok"),
            new Level("HTNV", "Hoàn thành nhiệm vụ", "warn"),
            new Level("KHTNV", "Không hoàn thành nhiệm vụ", "bad"),
            new Level("NO_TASK_DATA", "Chưa có sản phẩm trong tháng", "muted"),
            new Level("ON_LEAVE", "Nghỉ theo chế độ, không đánh giá", "muted"));

    private RatingLabels() {
    }

    public static Level level(String code) {
        return LEVELS.stream().filter(l -> l.code().equals(code)).findFirst()
                .orElse(new Level(code == null ? "" : code, "Chưa xếp loại", "muted"));
    }

    /** The counts of a level → count map in the order of {@link #LEVELS}, 0 where a level is missing. */
    public static List<Integer> counts(Map<String, Integer> byLevel) {
        return LEVELS.stream().map(l -> byLevel.getOrDefault(l.code(), 0)).toList();
    }

    /** The Vietnamese name of a rating's status. */
    public static String status(String status) {
        return switch (status == null ? "" : status) {
            case "AWAITING_SELF_ASSESSMENT" -> "Chờ tự đánh giá";
            case "AWAITING_REVIEW" -> "Chờ lãnh đạo xem xét";
            case "AWAITING_ORGANISING_CHOICE" -> "Chờ chọn điểm năng lực tổ chức";
            case "REVIEWED" -> "Đã xem xét";
            case "PUBLISHED" -> "Đã công bố";
            default -> "Không rõ";
        };
    }

    /** The Vietnamese name of an officer's position in the rating (scoring-hy540 §1). */
    public static String position(String position) {
        return switch (position == null ? "" : position) {
            case "STAFF" -> "Công chức";
            case "DEPUTY_HEAD" -> "Phó trưởng đơn vị";
            case "HEAD" -> "Trưởng đơn vị";
            case "DEPUTY_DIRECTOR" -> "Phó Giám đốc";
            case "DIRECTOR" -> "Giám đốc";
            default -> "";
        };
    }
}
