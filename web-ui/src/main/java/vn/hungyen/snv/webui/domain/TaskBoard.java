package vn.hungyen.snv.webui.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * How an officer's task list is ordered and labelled: overdue first, then due soon, then the
 * rest in progress, then work handed in and awaiting review, earliest due date first within each group; finished
 * work last.
 */
public final class TaskBoard {

    /** The Vietnamese label and colour class of a timeliness value. */
    public record Badge(String label, String tone) {
    }

    private static final List<String> ORDER = List.of("OVERDUE", "DUE_SOON", "ON_TRACK", "AWAITING_REVIEW",
            "DONE_LATE", "DONE_ON_TIME");

    private TaskBoard() {
    }

    public static <T> List<T> ordered(List<T> tasks, Function<T, String> timeliness, Function<T, LocalDate> dueDate) {
        Comparator<T> byGroup = Comparator.comparingInt(t -> rank(timeliness.apply(t)));
        return tasks.stream().sorted(byGroup.thenComparing(dueDate)).toList();
    }

    public static Badge badge(String timeliness) {
        return switch (timeliness == null ? "" : timeliness) {
            case "OVERDUE" -> new Badge("Quá hạn", "bad");
            case "DUE_SOON" -> new Badge("Sắp đến hạn", "warn");
            case "ON_TRACK" -> new Badge("Trong hạn", "ok");
            case "AWAITING_REVIEW" -> new Badge("Đã báo cáo", "ok");
            case "DONE_ON_TIME" -> new Badge("Hoàn thành đúng hạn", "done");
            case "DONE_LATE" -> new Badge("Hoàn thành quá hạn", "late");
            default -> new Badge("Không rõ", "muted");
        };
    }

    /** The Vietnamese name of a task status. */
    public static String statusLabel(String status) {
        return switch (status == null ? "" : status) {
            case "ASSIGNED" -> "Đang thực hiện";
            case "SUBMITTED" -> "Chờ nghiệm thu";
            case "RETURNED" -> "Trả lại, làm lại";
            case "DONE" -> "Đã nghiệm thu";
            case "CANCELLED" -> "Đã hủy";
            default -> "Không rõ";
        };
    }

    private static int rank(String timeliness) {
        int rank = ORDER.indexOf(timeliness);
        return rank < 0 ? ORDER.size() : rank;
    }
}
