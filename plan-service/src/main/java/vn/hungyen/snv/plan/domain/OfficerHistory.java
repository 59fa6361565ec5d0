package vn.hungyen.snv.plan.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.hungyen.snv.common.rules.Violation;

/**
 * An officer's time in their organisation: when they joined and left, the postings (unit and position) they held
 * from a date until the next one, and their leaves. {@code joinedOn} null means a member since before records began;
 * {@code leftOn} is the first day the officer no longer belongs.
 */
public final class OfficerHistory {

    /** The date postings recorded before the history existed start from. */
    public static final LocalDate SINCE_ALWAYS = LocalDate.of(2000, 1, 1);

    /** A posting: the unit (null for the leadership) and position held from a date on. */
    public record Posting(String unitCode, String position, LocalDate from) {
    }

    /** Why an officer is away for a while. */
    public enum LeaveKind { MATERNITY, SICK, STUDY, OTHER }

    /** A leave, both days included. */
    public record Leave(LocalDate from, LocalDate to) {
        boolean overlaps(Leave other) {
            return !from.isAfter(other.to) && !other.from.isAfter(to);
        }
    }

    private OfficerHistory() {
    }

    /** Whether the officer belongs to the organisation on the date. */
    public static boolean belongs(LocalDate joinedOn, LocalDate leftOn, LocalDate date) {
        return (joinedOn == null || !joinedOn.isAfter(date)) && (leftOn == null || date.isBefore(leftOn));
    }

    /** The posting in force on the date: the latest one starting on or before it. */
    public static Optional<Posting> inForce(List<Posting> postings, LocalDate date) {
        return postings.stream().filter(p -> !p.from().isAfter(date)).max(Comparator.comparing(Posting::from));
    }

    /**
     * What is wrong with a new posting from {@code from}: it may not start before the officer joined, before their
     * latest posting (the same day corrects it), or once they have left.
     */
    public static Optional<Violation> move(LocalDate joinedOn, LocalDate leftOn, List<Posting> postings,
            LocalDate from) {
        if (joinedOn != null && from.isBefore(joinedOn)) {
            return input("effectiveFrom", "move-before-joining", "Ngày hiệu lực " + from + " trước ngày cán bộ vào "
                    + "cơ quan (" + joinedOn + ").");
        }
        Optional<LocalDate> latest = latest(postings);
        if (latest.isPresent() && from.isBefore(latest.get())) {
            return input("effectiveFrom", "move-before-latest", "Ngày hiệu lực " + from + " trước lần điều động, "
                    + "bổ nhiệm gần nhất (từ " + latest.get() + "); lịch sử công tác chỉ ghi tiếp về sau.");
        }
        if (leftOn != null && !from.isBefore(leftOn)) {
            return input("effectiveFrom", "officer-left", "Cán bộ đã nghỉ từ " + leftOn + "; không thể điều động.");
        }
        return Optional.empty();
    }

    /**
     * What is wrong with the officer leaving the organisation from {@code from}: it must come after their latest
     * posting started (the first one starts the day they joined).
     */
    public static Optional<Violation> leaving(List<Posting> postings, LocalDate from) {
        return latest(postings).filter(latest -> !from.isAfter(latest)).flatMap(latest -> input("effectiveFrom",
                "leave-before-start", "Ngày nghỉ việc " + from + " phải sau ngày bắt đầu vị trí công tác gần nhất ("
                        + latest + ")."));
    }

    /** What is wrong with a new leave, given the officer's other leaves. */
    public static Optional<Violation> newLeave(Leave leave, List<Leave> others) {
        if (leave.to().isBefore(leave.from())) {
            return input("to", "leave-ends-before-start", "Ngày kết thúc nghỉ (" + leave.to() + ") trước ngày bắt "
                    + "đầu (" + leave.from() + ").");
        }
        return others.stream().filter(leave::overlaps).findFirst().map(other -> new Violation("from",
                "leave-overlaps", Violation.Kind.CONFLICT, "Thời gian nghỉ " + leave.from() + " – " + leave.to()
                        + " trùng với đợt nghỉ đã ghi " + other.from() + " – " + other.to() + "."));
    }

    private static Optional<LocalDate> latest(List<Posting> postings) {
        return postings.stream().map(Posting::from).max(Comparator.naturalOrder());
    }

    private static Optional<Violation> input(String field, String code, String message) {
        return Optional.of(new Violation(field, code, Violation.Kind.INPUT, message));
    }
}
