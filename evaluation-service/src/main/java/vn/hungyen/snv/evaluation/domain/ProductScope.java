package vn.hungyen.snv.evaluation.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Whose products a task is in a month (scoring-hy540 §2, §6). An officer's products are the tasks assigned to them.
 * A head's are, in addition, every task of their unit. A deputy head's are the same, unless the unit's head has
 * assigned them fields of work for the month: then only the unit's tasks of those fields — a task of a catalogue item
 * of such a field; work outside the catalogue has no field and stays with the head. What such a deputy head
 * organises (đ) is that part of the unit too, and the officers under them (d) are the unit's staff who carry out some
 * of it ({@link MonthlyRating}).
 */
public final class ProductScope {

    /**
     * A task as the rule sees it.
     *
     * @param assigneeId the officer carrying it out; null for the unit's own task
     * @param unitId     the unit it counts for in the month (its assignee's unit then)
     * @param field      the field of work of its catalogue item; empty for work outside the catalogue
     */
    public record Task(Long assigneeId, String unitId, Optional<String> field) {

        public Task {
            Objects.requireNonNull(field, "field");
        }
    }

    /**
     * A member of a unit in the month.
     *
     * @param officerId the officer
     * @param position  their position that month
     * @param unitId    their unit that month
     * @param fields    for a deputy head, the fields of work they are in charge of that month; empty when none is
     *                  recorded (the whole unit), and for everyone else
     */
    public record Member(long officerId, Position position, String unitId, Set<String> fields) {

        public Member {
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(unitId, "unitId");
            fields = Set.copyOf(fields);
        }

        /** A deputy head whose fields are recorded: they answer for part of the unit, not all of it. */
        public boolean fieldScoped() {
            return position == Position.DEPUTY_HEAD && !fields.isEmpty();
        }
    }

    private ProductScope() {
    }

    /** Whether the task is one of the member's products: their own, or for a leader a task they lead. */
    public static boolean productOf(Member member, Task task) {
        return Long.valueOf(member.officerId()).equals(task.assigneeId()) || organisedBy(member, task);
    }

    /**
     * Whether the leader leads the task: a task of their unit, within their fields when they are field-scoped; never
     * for staff.
     */
    public static boolean organisedBy(Member member, Task task) {
        if (!member.position().isLeader() || !member.unitId().equals(task.unitId())) {
            return false;
        }
        return !member.fieldScoped() || task.field().filter(member.fields()::contains).isPresent();
    }
}
