package vn.hungyen.snv.webui.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a scoring profile reads on the pages: the Vietnamese meaning of every HY-540 setting by its name in the rules
 * (scoring-hy540.md §10), of the values the enumerated ones take, and of the figures a recomputation compares; and the
 * settings' JSON, nested by the dots of their names, as the flat list of named values the pages show and back.
 * evaluation-service decides which settings exist and which values are valid; a name this class does not know is
 * shown as it is.
 */
public final class ScoringLabels {

    private static final Map<String, String> SETTINGS = Map.ofEntries(
            Map.entry("scale.generalMax", "Điểm tối đa của tiêu chí chung (G)"),
            Map.entry("scale.taskMax", "Điểm tối đa của tiêu chí thực hiện nhiệm vụ (K)"),
            Map.entry("scale.bonusMax", "Điểm thưởng tối đa (0 = không có điểm thưởng)"),
            Map.entry("deductions.qualityPerReturn", "Tỷ lệ trừ điểm chất lượng mỗi lần bị trả lại"),
            Map.entry("deductions.timelinessPerLate", "Tỷ lệ trừ điểm tiến độ mỗi lần trễ hạn"),
            Map.entry("lateMode", "Cách tính điểm tiến độ khi trễ hạn"),
            Map.entry("cutoff.graceDays", "Số ngày sau cuối tháng vẫn tính sản phẩm vào tháng"),
            Map.entry("carryOver", "Sản phẩm hoàn thành sau ngày chốt"),
            Map.entry("bands.excellent", "Điểm thấp nhất xếp Hoàn thành xuất sắc nhiệm vụ"),
            Map.entry("bands.good", "Điểm thấp nhất xếp Hoàn thành tốt nhiệm vụ"),
            Map.entry("bands.complete", "Điểm thấp nhất xếp Hoàn thành nhiệm vụ"),
            Map.entry("quota.ratio", "Tỷ lệ khống chế mức Hoàn thành xuất sắc nhiệm vụ"),
            Map.entry("quota.base", "Cơ sở tính tỷ lệ khống chế"),
            Map.entry("quota.monthly", "Áp dụng tỷ lệ khống chế cho từng tháng"),
            Map.entry("quota.groups", "Các nhóm tính tỷ lệ khống chế"),
            Map.entry("leader.capByUnit", "Trưởng đơn vị không xếp cao hơn đơn vị"),
            Map.entry("leader.capDeputies", "Cấp phó của đơn vị cũng không xếp cao hơn đơn vị"),
            Map.entry("leader.prolongedOverdueWorkingDays", "Số ngày làm việc quá hạn kéo dài (điểm tổ chức 50)"),
            Map.entry("unit.enabled", "Đánh giá, xếp loại đơn vị"),
            Map.entry("unit.capIfMemberNotComplete",
                    "Đơn vị có người Không hoàn thành nhiệm vụ xếp tối đa Hoàn thành tốt nhiệm vụ"),
            Map.entry("rounding.decimals", "Số chữ số thập phân của điểm"),
            Map.entry("rounding.mode", "Cách làm tròn điểm"),
            Map.entry("leave.minShareOfWorkingDays", "Tỷ lệ ngày nghỉ theo chế độ để không đánh giá tháng"));

    private static final Map<String, String> CHOICES = Map.ofEntries(
            Map.entry("partial-credit", "trừ dần theo số lần trễ hạn"),
            Map.entry("zero-credit", "trễ hạn là không có điểm tiến độ"),
            Map.entry("none", "không tính vào tháng"),
            Map.entry("good-only", "so với số Hoàn thành tốt nhiệm vụ"),
            Map.entry("all-rated", "so với tổng số người được xếp loại"),
            Map.entry("half-up", "làm tròn lên từ 5"),
            Map.entry("half-even", "làm tròn về số chẵn"),
            Map.entry("half-down", "làm tròn xuống từ 5"),
            Map.entry("up", "luôn làm tròn lên"),
            Map.entry("down", "luôn làm tròn xuống"),
            Map.entry("ceiling", "làm tròn lên phía dương"),
            Map.entry("floor", "làm tròn xuống phía âm"),
            Map.entry("leaders", "lãnh đạo"),
            Map.entry("staff", "công chức"),
            Map.entry("contract", "hợp đồng"));

    private static final Map<String, String> FIGURES = Map.ofEntries(
            Map.entry("quantity", "Số lượng (a)"),
            Map.entry("quality", "Chất lượng (b)"),
            Map.entry("timeliness", "Tiến độ (c)"),
            Map.entry("taskScore", "Điểm nhiệm vụ (K)"),
            Map.entry("generalScore", "Tiêu chí chung (G)"),
            Map.entry("total", "Tổng điểm (S)"),
            Map.entry("level", "Mức xếp loại"),
            Map.entry("bandLevel", "Mức theo điểm"),
            Map.entry("officer", "Có trong kết quả"),
            Map.entry("unit", "Có trong kết quả"));

    private ScoringLabels() {
    }

    /** The Vietnamese meaning of a setting, by its name in the rules; the name itself when unknown. */
    public static String setting(String name) {
        return SETTINGS.getOrDefault(name, name);
    }

    /**
     * A setting's value in words: Có/Không for a flag, a list joined with commas, an enumerated value with its
     * meaning ({@code partial-credit (trừ dần theo số lần trễ hạn)}), a number with a decimal comma.
     */
    public static String value(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Boolean flag) {
            return flag ? "Có" : "Không";
        }
        if (value instanceof List<?> names) {
            return String.join(", ", names.stream().map(ScoringLabels::value).toList());
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).toPlainString().replace('.', ',');
        }
        String text = value.toString();
        String meaning = CHOICES.get(text);
        return meaning == null ? text : text + " (" + meaning + ")";
    }

    /** The Vietnamese name of a figure a verification compares ({@code total}: "Tổng điểm (S)"). */
    public static String figure(String field) {
        return FIGURES.getOrDefault(field, field);
    }

    /**
     * The settings' JSON (nested objects) as named values, in the document's order: {@code {"bands":{"good":70}}}
     * gives {@code bands.good = 70}.
     */
    public static Map<String, Object> flat(Map<String, ?> nested) {
        Map<String, Object> named = new LinkedHashMap<>();
        flatten("", nested, named);
        return named;
    }

    private static void flatten(String prefix, Map<String, ?> nested, Map<String, Object> named) {
        nested.forEach((key, value) -> {
            String name = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?> inner) {
                @SuppressWarnings("unchecked")
                Map<String, ?> object = (Map<String, ?>) inner;
                flatten(name, object, named);
            } else {
                named.put(name, value);
            }
        });
    }

    /** Named values as the settings' JSON, nested by the dots of their names: the inverse of {@link #flat}. */
    public static Map<String, Object> nested(Map<String, Object> named) {
        Map<String, Object> root = new LinkedHashMap<>();
        named.forEach((name, value) -> {
            Map<String, Object> parent = root;
            String[] parts = name.split("\\.");
            for (int i = 0; i < parts.length - 1; i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> child = (Map<String, Object>) parent.computeIfAbsent(parts[i],
                        k -> new LinkedHashMap<String, Object>());
                parent = child;
            }
            parent.put(parts[parts.length - 1], value);
        });
        return root;
    }

    /**
     * What a person typed for a setting, as the JSON type of the value it replaces, for evaluation-service to check:
     * a number for a number (a decimal comma is read as a point), a flag for a flag ({@code true}/{@code false}), a
     * list of names for a list (separated by commas); text the page cannot read as that type is sent as it was typed,
     * so that the service names the setting and what it expects. Null for a blank entry: the setting is kept.
     */
    public static Object entry(String typed, Object current) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        if (current instanceof Number) {
            try {
                return new BigDecimal(text.replace(',', '.'));
            } catch (NumberFormatException e) {
                return text;
            }
        }
        if (current instanceof Boolean && (text.equals("true") || text.equals("false"))) {
            return Boolean.valueOf(text);
        }
        if (current instanceof List<?>) {
            List<String> names = new ArrayList<>();
            for (String name : text.split(",")) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
            return names;
        }
        return text;
    }
}
