package vn.hungyen.snv.task.domain;

import static vn.hungyen.snv.task.domain.DisplayFormats.DATE;
import static vn.hungyen.snv.task.domain.DisplayFormats.TIME;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Predicate;
import vn.hungyen.snv.common.rules.Violation.Kind;
import vn.hungyen.snv.common.rules.Violation;

/**
 * What may happen to a task once it is assigned (docs/contract.md), and to a recurring assignment: who may report
 * completion, review it, ask for and decide on more time, give the task to an officer, cancel it or stop recurring
 * work, and in which states. Each method decides one step from plain values and returns what stands in its way,
 * the first thing found, or nothing when the step may go ahead.
 */
public final class TaskWorkflowRules {

    private TaskWorkflowRules() {
    }

    /** A task as the rules see it: where it stands, whose it is, when it is due and which version it is at. */
    public record TaskState(TaskStatus status, String unitCode, Long assigneeId, String assignedBy,
            LocalDate dueDate, long version) {

        boolean isAssignee(Long officerId) {
            return assigneeId != null && assigneeId.equals(officerId);
        }
    }

    /** A recurring assignment as the rules see it; {@code stoppedAt} and {@code stoppedBy} are null while it runs. */
    public record RecurringState(String unitCode, String assignedBy, Instant stoppedAt, String stoppedBy) {
    }

    /**
     * Who acts: their account, their officer record (null for an account without one), whether they administer the
     * system, and which units they head and which they oversee from above (the Director and administrators every
     * unit, a deputy director the units they supervise).
     */
    public record Actor(String username, Long officerId, boolean admin, Predicate<String> heads,
            Predicate<String> oversees) {

        /** Whether they lead the unit: head it or oversee it. */
        public boolean leads(String unitCode) {
            return heads.test(unitCode) || oversees.test(unitCode);
        }
    }

    /**
     * Whether the task may change at all: the client saw its current version, when it says which one it saw, and
     * the task is neither done nor cancelled.
     *
     * @param expectedVersion the version the client saw; null when it does not say
     */
    public static Optional<Violation> change(TaskState task, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != task.version()) {
            return conflict("stale-version", "Nhiệm vụ đã được thay đổi (phiên bản hiện tại " + task.version()
                    + ", bạn gửi " + expectedVersion + "). Hãy tải lại nhiệm vụ rồi thử lại.");
        }
        if (task.status().isFinal()) {
            return conflict("task-closed", task.status() == TaskStatus.DONE
                    ? "Nhiệm vụ đã hoàn thành và được nghiệm thu; không thể thay đổi nữa."
                    : "Nhiệm vụ đã bị hủy; không thể thay đổi nữa.");
        }
        return Optional.empty();
    }

    /**
     * Whether the actor may give the time of a step themselves: only an administrator backfills.
     *
     * @param field the request field that carries the time (submittedAt, reviewedAt)
     * @param at    the time given; null when the step happens now
     */
    public static Optional<Violation> backfill(String field, Instant at, Actor actor) {
        if (at != null && !actor.admin()) {
            return Optional.of(new Violation(field, "backfill-admin-only", Kind.FORBIDDEN,
                    "Chỉ quản trị hệ thống được nhập bù thời điểm (" + field + "); hãy bỏ trường này."));
        }
        return Optional.empty();
    }

    /**
     * Whether the actor may report the task complete: it has an assignee, they are that officer or an
     * administrator, and work is under way.
     */
    public static Optional<Violation> submit(TaskState task, Actor actor) {
        if (task.assigneeId() == null) {
            return conflict("no-assignee", "Nhiệm vụ chưa giao cho cán bộ nào; trưởng đơn vị cần giao cho một cán bộ "
                    + "trước khi báo cáo hoàn thành.");
        }
        if (!actor.admin() && !task.isAssignee(actor.officerId())) {
            return forbidden("not-assignee", "Chỉ cán bộ được giao nhiệm vụ mới báo cáo hoàn thành.");
        }
        if (!task.status().isInProgress()) {
            return conflict("already-submitted", "Nhiệm vụ đã được báo cáo hoàn thành và đang chờ nghiệm thu.");
        }
        return Optional.empty();
    }

    /**
     * Whether the actor may review the task: they assigned it or stand above its assigner, and a report awaits
     * review. {@link #reviewSubmission} then checks the report.
     */
    public static Optional<Violation> review(TaskState task, Actor actor) {
        return assignerOrSuperior(task, actor, "nghiệm thu").or(() -> task.status() == TaskStatus.SUBMITTED
                ? Optional.empty()
                : conflict("nothing-to-review", "Nhiệm vụ không có báo cáo hoàn thành nào chờ nghiệm thu."));
    }

    /**
     * Whether the actor may review the latest submission with this review time: nobody reviews their own, and no
     * review comes before the submission.
     *
     * @param submitterId the officer the submission reports for
     * @param zone        the organisation's zone, in which the message shows the submission time
     */
    public static Optional<Violation> reviewSubmission(Long submitterId, Instant submittedAt, Instant reviewedAt,
            Actor actor, ZoneId zone) {
        if (submitterId.equals(actor.officerId())) {
            return forbidden("own-submission", "Không ai được tự nghiệm thu báo cáo của chính mình.");
        }
        if (reviewedAt.isBefore(submittedAt)) {
            return Optional.of(new Violation("reviewedAt", "reviewed-before-submitted", Kind.UNPROCESSABLE,
                    "Thời điểm nghiệm thu không được trước thời điểm báo cáo hoàn thành ("
                            + TIME.format(submittedAt.atZone(zone)) + ")."));
        }
        return Optional.empty();
    }

    /** Whether the actor may cancel the task: they assigned it or stand above its assigner. */
    public static Optional<Violation> cancel(TaskState task, Actor actor) {
        return assignerOrSuperior(task, actor, "hủy");
    }

    /**
     * Whether the actor may ask to move the due date: they are the assignee or head the task's unit, work is under
     * way, the date asked for is later than the current one, and no other request awaits a decision.
     *
     * @param pending whether the task already has a request awaiting a decision
     */
    public static Optional<Violation> requestExtension(TaskState task, LocalDate requestedDueDate, boolean pending,
            Actor actor) {
        if (!task.isAssignee(actor.officerId()) && !actor.heads().test(task.unitCode())) {
            return forbidden("not-assignee-or-head",
                    "Chỉ cán bộ được giao hoặc lãnh đạo đơn vị chủ trì mới đề nghị gia hạn.");
        }
        Optional<Violation> notInProgress = inProgress(task);
        if (notInProgress.isPresent()) {
            return notInProgress;
        }
        if (!requestedDueDate.isAfter(task.dueDate())) {
            return Optional.of(new Violation("requestedDueDate", "extension-not-later", Kind.UNPROCESSABLE,
                    "Hạn đề nghị phải sau hạn hiện tại (" + DATE.format(task.dueDate()) + ")."));
        }
        if (pending) {
            return conflict("extension-pending", "Nhiệm vụ đã có một đề nghị gia hạn đang chờ quyết định.");
        }
        return Optional.empty();
    }

    /**
     * Whether the actor may decide on an extension request: they assigned the task or stand above its assigner,
     * and the request is still pending.
     */
    public static Optional<Violation> decideExtension(TaskState task, ExtensionStatus extension, Actor actor) {
        return assignerOrSuperior(task, actor, "quyết định gia hạn").or(() -> extension == ExtensionStatus.PENDING
                ? Optional.empty()
                : conflict("extension-decided", "Đề nghị gia hạn này đã được quyết định."));
    }

    /**
     * Whether the actor may give the task to an officer of its unit: they lead the unit and work is under way.
     * {@link #newAssignee} then checks the officer.
     */
    public static Optional<Violation> assignOfficer(TaskState task, Actor actor) {
        if (!actor.leads(task.unitCode())) {
            return forbidden("not-unit-leader", "Chỉ lãnh đạo đơn vị " + task.unitCode()
                    + " hoặc cấp trên mới giao nhiệm vụ cho cán bộ.");
        }
        return inProgress(task);
    }

    /**
     * Whether the officer may become the task's assignee: they exist, belong to the task's unit and are not its
     * assignee already.
     *
     * @param officer the officer with that id as the organisation lists them; empty when there is none
     */
    public static Optional<Violation> newAssignee(TaskState task, long officerId,
            Optional<AssignmentRules.Officer> officer) {
        return AssignmentRules.officerOfUnit(officerId, officer, task.unitCode()).or(() -> task.isAssignee(officerId)
                ? Optional.of(new Violation("assigneeId", "already-assignee", Kind.UNPROCESSABLE,
                        "Nhiệm vụ đã được giao cho cán bộ " + officer.orElseThrow().fullName() + "."))
                : Optional.empty());
    }

    /**
     * Whether the actor may stop the recurring assignment: they lead its unit or assigned it, and it still runs.
     *
     * @param zone the organisation's zone, in which the message shows the day it was stopped
     */
    public static Optional<Violation> stopRecurring(RecurringState recurring, Actor actor, ZoneId zone) {
        if (!actor.leads(recurring.unitCode()) && !actor.username().equals(recurring.assignedBy())) {
            return forbidden("not-unit-leader", "Chỉ người giao việc, lãnh đạo đơn vị " + recurring.unitCode()
                    + " hoặc cấp trên mới được dừng việc định kỳ này.");
        }
        if (recurring.stoppedAt() != null) {
            return conflict("recurring-stopped", "Việc định kỳ này đã được dừng ngày "
                    + DATE.format(recurring.stoppedAt().atZone(zone)) + " (người dừng: " + recurring.stoppedBy()
                    + ").");
        }
        return Optional.empty();
    }

    /** The assigner, or above them: whoever oversees the task's unit. */
    private static Optional<Violation> assignerOrSuperior(TaskState task, Actor actor, String action) {
        if (!actor.oversees().test(task.unitCode()) && !actor.username().equals(task.assignedBy())) {
            return forbidden("not-assigner",
                    "Chỉ người giao việc hoặc lãnh đạo cấp trên mới được " + action + " nhiệm vụ này.");
        }
        return Optional.empty();
    }

    private static Optional<Violation> inProgress(TaskState task) {
        return task.status().isInProgress() ? Optional.empty()
                : conflict("awaiting-review", "Nhiệm vụ đang chờ nghiệm thu; hãy nghiệm thu trước khi thay đổi.");
    }

    private static Optional<Violation> forbidden(String code, String message) {
        return Optional.of(new Violation(null, code, Kind.FORBIDDEN, message));
    }

    private static Optional<Violation> conflict(String code, String message) {
        return Optional.of(new Violation(null, code, Kind.CONFLICT, message));
    }
}
