package vn.hungyen.snv.plan.domain;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.hungyen.snv.common.rules.Violation;

/**
 * The fields of work (lĩnh vực) a deputy head (cấp phó) is in charge of in their unit, as the unit's head assigns them
 * (scoring-hy540 §6): an assignment holds from its month until the next assignment of the same deputy in the same
 * unit, so the months before keep theirs. An assignment without fields ends the scoping: from that month the deputy
 * answers for the whole unit again, as when nothing is recorded.
 */
public final class DeputyFields {

    /** The fields a deputy is in charge of in a unit from {@code from} on; none: the whole unit. */
    public record Assignment(String unitCode, long officerId, YearMonth from, List<String> fields) {

        public Assignment {
            fields = List.copyOf(fields);
        }
    }

    private DeputyFields() {
    }

    /**
     * Whether an officer is a deputy head of the unit on a day, from their posting in force then: posted in the unit,
     * with a leader's role ({@code head}), and not the unit's head.
     */
    public static boolean deputyHeadOf(String unitCode, Optional<OfficerHistory.Posting> posting, boolean leaderRole,
            String username, String headUsername) {
        return posting.map(p -> unitCode.equals(p.unitCode())).orElse(false) && leaderRole
                && !username.equals(headUsername);
    }

    /** The assignment in force in {@code month}: the latest starting in or before it, if any. */
    public static Optional<Assignment> inForce(List<Assignment> history, YearMonth month) {
        return history.stream().filter(a -> !a.from().isAfter(month)).max(Comparator.comparing(Assignment::from));
    }

    /** The fields as given, stripped, blanks and repeats left out, in the order given. */
    public static List<String> normalised(List<String> fields) {
        Set<String> kept = new LinkedHashSet<>();
        fields.stream().filter(f -> f != null && !f.isBlank()).map(String::strip).forEach(kept::add);
        return List.copyOf(kept);
    }

    /**
     * What is wrong with a new assignment, given the fields of work the organisation knows and the deputy's earlier
     * assignments in the unit: every field must be known, and the month may not precede the latest assignment
     * (the same month corrects it).
     */
    public static Optional<Violation> check(Assignment proposed, Set<String> knownFields, List<Assignment> history) {
        List<String> unknown = proposed.fields().stream().filter(f -> !knownFields.contains(f)).toList();
        if (!unknown.isEmpty()) {
            return Optional.of(new Violation("fields", "unknown-field", Violation.Kind.INPUT, "Không có lĩnh vực công "
                    + "tác \"" + String.join("\", \"", unknown) + "\"; hãy chọn trong danh mục lĩnh vực: "
                    + String.join("; ", knownFields.stream().sorted().toList()) + "."));
        }
        return history.stream().map(Assignment::from).max(Comparator.naturalOrder())
                .filter(latest -> proposed.from().isBefore(latest))
                .map(latest -> new Violation("from", "before-latest-assignment", Violation.Kind.INPUT, "Tháng áp dụng "
                        + proposed.from() + " trước lần phân công gần nhất (từ tháng " + latest + "); lịch sử phân "
                        + "công lĩnh vực chỉ ghi tiếp về sau."));
    }
}
