package vn.hungyen.snv.evaluation.domain;

import java.util.List;
import java.util.Map;

/** The rules that change a band into a level (scoring-hy540 §4), in the words of the forms and the period sheets. */
public final class RuleWords {

    public static final Map<String, String> RULES = Map.of(
            "FORCED", "xếp loại Không hoàn thành nhiệm vụ do vi phạm (kỷ luật, suy thoái hoặc để xảy ra tham nhũng "
                    + "trong đơn vị)",
            "CAPPED_BY_UNIT", "không cao hơn mức xếp loại của đơn vị do mình phụ trách",
            "QUOTA", "hạ một mức do vượt tỷ lệ Hoàn thành xuất sắc nhiệm vụ của nhóm",
            "DIRECTOR_DECISION", "mức xếp loại do Giám đốc quyết định khi giải quyết khiếu nại sau công bố");

    private RuleWords() {
    }

    /** The rules in words, joined by "; "; empty when none. */
    public static String of(List<String> rules) {
        return rules == null ? "" : String.join("; ", rules.stream().map(r -> RULES.getOrDefault(r, r)).toList());
    }
}
