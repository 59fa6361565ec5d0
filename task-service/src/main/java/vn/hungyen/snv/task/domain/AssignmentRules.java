package vn.hungyen.snv.task.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import vn.hungyen.snv.common.rules.Violation.Kind;
import vn.hungyen.snv.common.rules.Violation;

/**
 * What an assignment (giao việc) must satisfy before it is written: the checks of {@code POST /api/tasks}, of every
 * row of a bulk assignment and of a recurring one. All problems are reported, not only the first.
 */
public final class AssignmentRules {

    private AssignmentRules() {
    }

    /**
     * An assignment as asked for. {@code recurring} asks for one task every month from a catalogue item whose
     * deadline recurs (thường xuyên, hằng tháng).
     */
    public record Draft(Long planItemId, String title, String unitCode, Long assigneeId, LocalDate dueDate,
            List<String> coordinatingUnits, String expectedProduct, BigDecimal weight, boolean recurring) {

        /** The weight (hệ số) given, 1 when none is. */
        public BigDecimal weightOrDefault() {
            return weight == null ? BigDecimal.ONE : weight;
        }

        /**
         * The draft with what it leaves out taken from the item: the content as title, the lead unit, the
         * coordinating units, the product and the next due date of the item's deadline.
         */
        public Draft withDefaultsFrom(CatalogueItem item, LocalDate today) {
            LocalDate derivedDueDate = item.deadline() == null ? null
                    : RecurringSchedule.nextDueDate(item.deadline(), today);
            return new Draft(planItemId, blank(title) ? item.content() : title,
                    blank(unitCode) ? item.leadUnit() : unitCode, assigneeId,
                    dueDate == null ? derivedDueDate : dueDate,
                    coordinatingUnits == null ? item.coordinatingUnits() : coordinatingUnits,
                    expectedProduct == null ? item.product() : expectedProduct, weight, recurring);
        }

        /** The coordinating units without repeats and without the lead unit, in the order given. */
        public Set<String> otherCoordinatingUnits() {
            Set<String> units = new LinkedHashSet<>(coordinatingUnits == null ? List.of() : coordinatingUnits);
            units.remove(unitCode);
            return units;
        }
    }

    /** An officer as the organisation lists them. */
    public record Officer(String fullName, String unitCode) {
    }

    /** The units and officers of the caller's organisation. */
    public interface Directory {
        boolean hasUnit(String code);

        Optional<Officer> officer(long id);

        /** The unit's name as people read it; its code when the directory does not tell. */
        default String unitName(String code) {
            return code;
        }
    }

    /** Who assigns: which units they may assign to, and whether they may backfill a past due date. */
    public record Assigner(Predicate<String> mayAssignTo, boolean mayBackfill) {
    }

    /** The draft to write, with the catalogue item's defaults, the item, and every problem found. */
    public record Checked(Draft draft, Optional<CatalogueItem> item, List<Violation> problems) {
    }

    /**
     * Applies the item's defaults and finds every problem, in field order: catalogue item (known whenever one is
     * named, even when the request gives its own wording and date, so that no task points at an item that does not
     * exist; of a published plan), content, lead unit, officer, due date, coordinating units, recurrence.
     *
     * @param item the item the draft names; empty when it names none or there is none
     */
    public static Checked check(Draft requested, Optional<CatalogueItem> item, Directory directory,
            Assigner assigner, LocalDate today) {
        List<Violation> problems = new ArrayList<>();
        if (requested.planItemId() != null && item.isEmpty()) {
            problems.add(new Violation("planItemId", "unknown-plan-item", Kind.UNPROCESSABLE,
                    "Không có mục danh mục mã " + requested.planItemId() + " trong kế hoạch."));
        }
        if (item.map(CatalogueItem::draftPlan).orElse(false)) {
            problems.add(new Violation("planItemId", "plan-not-published", Kind.CONFLICT, "Kế hoạch chưa được ban "
                    + "hành: chưa thể giao việc từ mục danh mục " + requested.planItemId() + ". Hãy ban hành kế "
                    + "hoạch trước."));
        }
        Draft draft = item.map(i -> requested.withDefaultsFrom(i, today)).orElse(requested);
        if (blank(draft.title())) {
            problems.add(draft.planItemId() == null
                    ? new Violation("title", "title-or-plan-item", Kind.UNPROCESSABLE, "Cần chọn một nhiệm vụ "
                            + "trong danh mục (planItemId) hoặc nhập nội dung nhiệm vụ (title).")
                    : new Violation("title", "title-required", Kind.UNPROCESSABLE,
                            "Hãy nhập nội dung nhiệm vụ (title) cho mục danh mục " + draft.planItemId() + "."));
        }
        if (blank(draft.unitCode())) {
            problems.add(new Violation("unitCode", "unit-required", Kind.INPUT, "cần mã đơn vị chủ trì"));
        } else if (!directory.hasUnit(draft.unitCode())) {
            problems.add(unknownUnit("unitCode", draft.unitCode()));
        } else if (!assigner.mayAssignTo().test(draft.unitCode())) {
            problems.add(new Violation("unitCode", "unit-out-of-scope", Kind.FORBIDDEN,
                    "Bạn không được giao việc cho đơn vị " + draft.unitCode() + "."));
        }
        if (draft.assigneeId() != null) {
            officerOfUnit(draft.assigneeId(), directory.officer(draft.assigneeId()), draft.unitCode())
                    .ifPresent(problems::add);
        }
        if (draft.dueDate() == null) {
            problems.add(new Violation("dueDate", "due-date-required", Kind.INPUT,
                    "cần hạn hoàn thành (YYYY-MM-DD)"));
        } else if (draft.dueDate().isBefore(today) && !assigner.mayBackfill()) {
            problems.add(new Violation("dueDate", "due-date-in-past", Kind.UNPROCESSABLE, "Hạn hoàn thành "
                    + draft.dueDate() + " đã qua; chỉ quản trị hệ thống được nhập bù nhiệm vụ cũ."));
        }
        for (String code : draft.otherCoordinatingUnits()) {
            if (!directory.hasUnit(code)) {
                problems.add(unknownUnit("coordinatingUnits", code));
            }
        }
        if (draft.recurring() && item.map(i -> i.deadline() == null || !i.deadline().recurring()).orElse(true)) {
            problems.add(new Violation("recurring", "not-recurring", Kind.UNPROCESSABLE, "Chỉ giao định kỳ được "
                    + "mục danh mục (planItemId) có thời hạn \"Thường xuyên\" hoặc \"Trước ngày N hằng tháng\"."));
        }
        return new Checked(draft, item, problems);
    }

    /**
     * Whether the officer given as assignee exists and, when the unit is known, belongs to it.
     *
     * @param officer the officer with that id as the organisation lists them; empty when there is none
     */
    static Optional<Violation> officerOfUnit(long officerId, Optional<Officer> officer, String unitCode) {
        if (officer.isEmpty()) {
            return Optional.of(new Violation("assigneeId", "unknown-officer", Kind.UNPROCESSABLE,
                    "Không có cán bộ mã " + officerId + "."));
        }
        if (!blank(unitCode) && !unitCode.equals(officer.get().unitCode())) {
            return Optional.of(new Violation("assigneeId", "officer-not-in-unit", Kind.UNPROCESSABLE, "Cán bộ "
                    + officer.get().fullName() + " không thuộc đơn vị " + unitCode + "."));
        }
        return Optional.empty();
    }

    private static Violation unknownUnit(String field, String code) {
        return new Violation(field, "unknown-unit", Kind.UNPROCESSABLE, "Không có đơn vị mã " + code + ".");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
