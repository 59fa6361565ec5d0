package vn.hungyen.snv.webui.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Why a level and a leader's d, đ and e are what they are, in Vietnamese (scoring-hy540 §4–§6), from what
 * evaluation-service says each rule read.
 */
public final class LevelReasons {

    /**
     * One rule that changed a level, as evaluation-service reports it: FORCED with its flags and who recorded them,
     * CAPPED_BY_UNIT with the unit's level, QUOTA with the group, its candidates for HTXSNV and how many may keep it.
     */
    public record Change(String rule, String from, String to, List<String> flags, String recordedBy,
            String recordedByName, String unitLevel, String quotaGroup, Integer candidates, Integer allowed) {
    }

    private static final Map<String, String> FLAGS = Map.of(
            "DISCIPLINED", "bị xử lý kỷ luật",
            "DEGRADED", "suy thoái về tư tưởng chính trị, đạo đức, lối sống",
            "CORRUPTION_IN_UNIT", "để xảy ra tham nhũng, lãng phí trong đơn vị phụ trách");

    private static final Map<String, String> GROUPS = Map.of(
            "leaders", "lãnh đạo", "staff", "công chức", "contract", "người lao động hợp đồng");

    private LevelReasons() {
    }

    /** The sentence that says which rule changed the level and what it read. */
    public static String explain(Change change) {
        String from = RatingLabels.level(change.from()).label();
        String to = RatingLabels.level(change.to()).label();
        return switch (change.rule() == null ? "" : change.rule()) {
            case "FORCED" -> "Xếp loại " + to + " (thay vì " + from + ") do "
                    + (change.flags() == null || change.flags().isEmpty() ? "có tình tiết bắt buộc"
                            : change.flags().stream().map(f -> FLAGS.getOrDefault(f, f))
                                    .collect(Collectors.joining(", ")))
                    + (change.recordedByName() == null ? "" : "; " + change.recordedByName() + " ghi nhận khi xem xét")
                    + ".";
            case "CAPPED_BY_UNIT" -> "Hạ từ " + from + " xuống " + to
                    + ": người đứng đầu không được xếp loại cao hơn đơn vị, đơn vị được xếp loại "
                    + RatingLabels.level(change.unitLevel()).label() + ".";
            case "QUOTA" -> "Hạ từ " + from + " xuống " + to + " do tỷ lệ khống chế mức xuất sắc: nhóm "
                    + GROUPS.getOrDefault(change.quotaGroup(), change.quotaGroup()) + " có "
                    + change.candidates() + " người đạt mức xuất sắc, chỉ " + change.allowed()
                    + " người được giữ mức này; điểm số không đổi.";
            default -> "Xếp loại được điều chỉnh từ " + from + " thành " + to + ".";
        };
    }

    /** d: whether every officer under the leader who has a score reached Hoàn thành nhiệm vụ. */
    public static String unitResults(BigDecimal d) {
        return d.compareTo(BigDecimal.valueOf(100)) >= 0
                ? "mọi công chức dưới quyền có điểm đều đạt mức Hoàn thành nhiệm vụ trở lên"
                : "có công chức dưới quyền chưa đạt mức Hoàn thành nhiệm vụ";
    }

    /** đ: how the rules set it, or that the approver chooses it. */
    public static String organising(String basis) {
        return switch (basis == null ? "" : basis) {
            case "CLEAN_RECORD" -> "không có sản phẩm trễ hạn hay bị trả lại được tính, không có việc quá hạn chưa xong";
            case "PROLONGED_OVERDUE" -> "có nhiệm vụ của đơn vị quá hạn kéo dài mà chưa hoàn thành";
            case "LOW_TIMELINESS" -> "điểm tiến độ (c) của đơn vị dưới 80";
            case "APPROVER_CHOICE" -> "do lãnh đạo cấp trên chọn (50, 75 hoặc 100)";
            default -> "";
        };
    }

    /** e: 100, or 50 with the documented finding of disunity. */
    public static String cohesion(String finding) {
        return finding == null || finding.isBlank() ? "không có kết luận về mất đoàn kết"
                : "có kết luận về mất đoàn kết: " + finding;
    }
}
