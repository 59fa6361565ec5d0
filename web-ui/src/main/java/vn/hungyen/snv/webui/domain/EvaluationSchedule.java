package vn.hungyen.snv.webui.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The month's workflow steps (scoring-hy540.md §8) as the evaluation page lists them: each with its due date and
 * where it stands today. An entry after its date is still accepted until the month is published, only marked late.
 */
public final class EvaluationSchedule {

    /** The due dates evaluation-service gives for the month's steps, working days of the next month. */
    public record Dates(LocalDate selfAssessmentBy, LocalDate reviewBy, LocalDate unitReviewBy,
            LocalDate publicationBy) {
    }

    /** Where a step stands, in Vietnamese, and the colour class it is shown in. */
    public record Mark(String label, String tone) {
    }

    /** A step of the month, its due date and mark. */
    public record Step(String name, LocalDate due, Mark mark) {

        /** The step due next: the first whose date has not passed. */
        public boolean next() {
            return mark.equals(NEXT);
        }
    }

    public static final Mark DONE = new Mark("Đã xong", "done");
    public static final Mark OVERDUE = new Mark("Đã quá hạn", "bad");
    public static final Mark NEXT = new Mark("Đến hạn tiếp theo", "warn");
    public static final Mark UPCOMING = new Mark("Chưa đến hạn", "muted");

    private EvaluationSchedule() {
    }

    /**
     * The four steps in order. Once the month is published every step is done; before, a step whose date is before
     * {@code today} is overdue, the first other one is next and the rest are upcoming.
     */
    public static List<Step> steps(Dates dates, LocalDate today, boolean published) {
        Map<String, LocalDate> dueDates = new LinkedHashMap<>();
        dueDates.put("Công chức tự đánh giá, gửi đề nghị miễn trừ", dates.selfAssessmentBy());
        dueDates.put("Lãnh đạo xem xét điểm, quyết định miễn trừ", dates.reviewBy());
        dueDates.put("Phó Giám đốc phụ trách chấm điểm tiêu chí chung của đơn vị", dates.unitReviewBy());
        dueDates.put("Giám đốc phê duyệt, công bố kết quả tháng", dates.publicationBy());
        List<Step> steps = new ArrayList<>();
        dueDates.forEach((name, due) -> steps.add(
                new Step(name, due, mark(due, today, published, steps.stream().anyMatch(Step::next)))));
        return steps;
    }

    private static Mark mark(LocalDate due, LocalDate today, boolean published, boolean nextFound) {
        if (published) {
            return DONE;
        }
        if (today.isAfter(due)) {
            return OVERDUE;
        }
        return nextFound ? UPCOMING : NEXT;
    }
}
