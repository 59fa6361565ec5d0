package vn.hungyen.snv.task.service;

import static vn.hungyen.snv.task.domain.DisplayFormats.DATE;
import static vn.hungyen.snv.task.domain.DisplayFormats.TIME;
import static vn.hungyen.snv.common.rules.RuleViolationException.throwIfAny;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import vn.hungyen.snv.common.deadline.Overdue;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.common.security.Caller;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.task.client.PlanGateway;
import vn.hungyen.snv.task.domain.AssignmentRules;
import vn.hungyen.snv.task.domain.ExtensionStatus;
import vn.hungyen.snv.task.domain.ReviewVerdict;
import vn.hungyen.snv.task.domain.TaskStatus;
import vn.hungyen.snv.task.domain.TaskWorkflowRules;
import vn.hungyen.snv.task.repository.Task;
import vn.hungyen.snv.task.repository.TaskExtension;
import vn.hungyen.snv.task.repository.TaskRepository;
import vn.hungyen.snv.task.repository.TaskSubmission;

/**
 * What happens to a task after it is assigned: completion reports, reviews, extensions, a new
 * assignee, cancellation. Each change locks the task row, checks it against {@link TaskWorkflowRules}
 * (a refusal is a {@link vn.hungyen.snv.common.rules.RuleViolationException}), and writes history and
 * event in the same transaction.
 */
@ApplicationScoped
public class TaskWorkflowService {

    /** Who asks for a change, from which client, and which task version they saw (null: not checked). */
    public record Request(Caller caller, String client, Long expectedVersion) {
    }

    /** A completion report; {@code submittedAt} is for an administrator's backfill only. */
    public record Submission(String documentNumber, LocalDate issuedOn, String summary, String link,
            Instant submittedAt) {
    }

    /** A review; {@code reviewedAt} is for an administrator's backfill only. */
    public record Review(ReviewVerdict verdict, boolean majorError, String note, Instant reviewedAt) {
    }

    /** A decision on an extension request. */
    public record ExtensionDecision(boolean approved, boolean objectiveCause, String note) {
    }

    private final TaskRepository tasks;
    private final PlanGateway plan;
    private final TaskJournal journal;

    TaskWorkflowService(TaskRepository tasks, PlanGateway plan, TaskJournal journal) {
        this.tasks = tasks;
        this.plan = plan;
        this.journal = journal;
    }

    /** The assignee reports completion with the product; the submission time is the completion time. */
    @Transactional
    public Task submit(long taskId, Submission submission, Request request) {
        Caller caller = request.caller();
        TaskWorkflowRules.Actor actor = actor(caller);
        throwIfAny(TaskWorkflowRules.backfill("submittedAt", submission.submittedAt(), actor));
        Task task = load(taskId, request);
        throwIfAny(TaskWorkflowRules.submit(state(task), actor));
        Instant now = journal.now();
        TaskSubmission row = new TaskSubmission();
        row.taskId = task.id;
        row.officerId = task.assigneeId;
        row.recordedBy = caller.username();
        row.submittedAt = submission.submittedAt() == null ? now : TaskJournal.stored(submission.submittedAt());
        row.documentNumber = submission.documentNumber();
        row.issuedOn = submission.issuedOn();
        row.summary = submission.summary();
        row.link = submission.link();
        row.persist();
        task.status = TaskStatus.SUBMITTED;
        TaskJournal.Change change = new TaskJournal.Change(caller.username(), request.client(), now, actor.admin());
        journal.history(task, change, "SUBMITTED", "Báo cáo hoàn thành lúc " + time(row.submittedAt) + ", văn bản "
                + row.documentNumber + " ngày " + DATE.format(row.issuedOn));
        journal.event(task, change, TaskEvent.Type.SUBMITTED,
                event -> event.submittedAt(row.submittedAt).documentNumber(row.documentNumber));
        return task;
    }

    /**
     * The assigner or their superior accepts the latest submission (the task is done, completed
     * when it was submitted) or returns it for rework.
     */
    @Transactional
    public Task review(long taskId, Review review, Request request) {
        Caller caller = request.caller();
        TaskWorkflowRules.Actor actor = actor(caller);
        throwIfAny(TaskWorkflowRules.backfill("reviewedAt", review.reviewedAt(), actor));
        Task task = load(taskId, request);
        throwIfAny(TaskWorkflowRules.review(state(task), actor));
        TaskSubmission submission = tasks.latestSubmission(task.id).orElseThrow();
        Instant now = journal.now();
        Instant reviewedAt = review.reviewedAt() == null ? now : TaskJournal.stored(review.reviewedAt());
        throwIfAny(TaskWorkflowRules.reviewSubmission(submission.officerId, submission.submittedAt, reviewedAt, actor,
                journal.zone()));
        submission.verdict = review.verdict();
        submission.majorError = review.verdict() == ReviewVerdict.RETURNED && review.majorError();
        submission.reviewNote = review.note();
        submission.reviewedBy = caller.username();
        submission.reviewedAt = reviewedAt;
        task.status = TaskStatus.afterReview(review.verdict());
        task.completedAt = review.verdict() == ReviewVerdict.ACCEPTED ? submission.submittedAt : null;
        TaskJournal.Change change = new TaskJournal.Change(caller.username(), request.client(), now,
                review.reviewedAt() != null);
        journal.history(task, change, "REVIEWED", (review.verdict() == ReviewVerdict.ACCEPTED ? "Nghiệm thu: Đạt"
                : "Nghiệm thu: Không đạt – làm lại" + (submission.majorError ? " (lỗi nội dung lớn)" : ""))
                + " lúc " + time(reviewedAt) + (review.note() == null ? "" : ". " + review.note()));
        journal.event(task, change, TaskEvent.Type.REVIEWED, event -> event.verdict(review.verdict().name())
                .majorError(submission.majorError).submittedAt(submission.submittedAt));
        return task;
    }

    /** The assigner or their superior cancels the task; it leaves the month's set of products. */
    @Transactional
    public Task cancel(long taskId, String reason, Request request) {
        Task task = load(taskId, request);
        throwIfAny(TaskWorkflowRules.cancel(state(task), actor(request.caller())));
        task.status = TaskStatus.CANCELLED;
        TaskJournal.Change change = change(request);
        journal.history(task, change, "CANCELLED", "Hủy nhiệm vụ: " + reason);
        journal.event(task, change, TaskEvent.Type.CANCELLED, event -> event.reason(reason));
        return task;
    }

    /** The assignee or the unit's head asks to move the due date. */
    @Transactional
    public TaskExtension requestExtension(long taskId, LocalDate requestedDueDate, String reason, Request request) {
        Caller caller = request.caller();
        Task task = load(taskId, request);
        throwIfAny(TaskWorkflowRules.requestExtension(state(task), requestedDueDate,
                tasks.hasPendingExtension(task.id), actor(caller)));
        TaskJournal.Change change = change(request);
        TaskExtension extension = new TaskExtension();
        extension.taskId = task.id;
        extension.requestedBy = caller.username();
        extension.requestedAt = change.at();
        extension.requestedDueDate = requestedDueDate;
        extension.reason = reason;
        extension.status = ExtensionStatus.PENDING;
        extension.previousDueDate = task.dueDate;
        extension.persist();
        touch(task);
        journal.history(task, change, "EXTENSION_REQUESTED", "Đề nghị gia hạn đến " + DATE.format(requestedDueDate)
                + ": " + reason);
        return extension;
    }

    /**
     * The assigner or their superior decides on an extension. An approval moves the due date and
     * says whether the cause was objective; scoring keeps the original date when it was not.
     */
    @Transactional
    public Task decideExtension(long taskId, long extensionId, ExtensionDecision decision, Request request) {
        Caller caller = request.caller();
        Task task = load(taskId, request);
        TaskExtension extension = tasks.extension(task.id, extensionId)
                .orElseThrow(() -> ProblemException.notFound("đề nghị gia hạn " + extensionId));
        throwIfAny(TaskWorkflowRules.decideExtension(state(task), extension.status, actor(caller)));
        TaskJournal.Change change = change(request);
        extension.status = decision.approved() ? ExtensionStatus.APPROVED : ExtensionStatus.REFUSED;
        extension.objectiveCause = decision.approved() && decision.objectiveCause();
        extension.decisionNote = decision.note();
        extension.decidedBy = caller.username();
        extension.decidedAt = change.at();
        String note = decision.note() == null ? "" : ". " + decision.note();
        if (!decision.approved()) {
            touch(task);
            journal.history(task, change, "EXTENSION_REFUSED", "Không đồng ý gia hạn đến "
                    + DATE.format(extension.requestedDueDate) + note);
            return task;
        }
        LocalDate previous = task.dueDate;
        task.dueDate = extension.requestedDueDate;
        task.ratedDueDate = Overdue.ratedDueDateAfterExtension(task.ratedDueDate, extension.requestedDueDate,
                extension.objectiveCause);
        journal.history(task, change, "EXTENSION_APPROVED", "Gia hạn từ " + DATE.format(previous) + " đến "
                + DATE.format(task.dueDate) + (extension.objectiveCause ? ", nguyên nhân khách quan"
                : ", không do nguyên nhân khách quan (chấm điểm theo hạn cũ)") + note);
        journal.event(task, change, TaskEvent.Type.DUE_DATE_CHANGED, event -> event.previousDueDate(previous)
                .objectiveCause(extension.objectiveCause).reason(extension.reason));
        return task;
    }

    /**
     * Whoever leads the unit (its head or deputy heads, its supervising deputy director, the
     * director, an administrator) gives the task to one officer of the unit, or to another one.
     * That person becomes the task's assigner, who reviews the product.
     */
    @Transactional
    public Task assignOfficer(long taskId, long officerId, Request request) {
        Caller caller = request.caller();
        Task task = load(taskId, request);
        throwIfAny(TaskWorkflowRules.assignOfficer(state(task), actor(caller)));
        Optional<AssignmentRules.Officer> found = plan.officer(officerId);
        throwIfAny(TaskWorkflowRules.newAssignee(state(task), officerId, found));
        AssignmentRules.Officer officer = found.orElseThrow();
        task.assigneeId = officerId;
        task.assignedBy = caller.username();
        TaskJournal.Change change = change(request);
        journal.history(task, change, "ASSIGNEE_CHANGED", "Giao cho cán bộ " + officer.fullName() + " (" + officerId
                + ")");
        journal.event(task, change, TaskEvent.Type.ASSIGNED, event -> event.title(task.title));
        return task;
    }

    private Task load(long taskId, Request request) {
        Task task = tasks.findInScopeForUpdate(taskId, TaskService.scope(request.caller()))
                .orElseThrow(() -> ProblemException.notFound("nhiệm vụ " + taskId));
        throwIfAny(TaskWorkflowRules.change(state(task), request.expectedVersion()));
        return task;
    }

    /** The task as the rules see it. */
    private static TaskWorkflowRules.TaskState state(Task task) {
        return new TaskWorkflowRules.TaskState(task.status, task.unitCode, task.assigneeId, task.assignedBy,
                task.dueDate, task.version);
    }

    /**
     * The caller as the rules see them. They head their own unit when they are its head; they oversee every unit as
     * the Director or an administrator, and the units they supervise as a deputy director.
     */
    static TaskWorkflowRules.Actor actor(Caller caller) {
        return new TaskWorkflowRules.Actor(caller.username(), caller.officerId(), caller.hasRole(Roles.ADMIN),
                unit -> caller.hasRole(Roles.HEAD) && unit.equals(caller.unitCode()),
                unit -> caller.seesEverything()
                        || (caller.hasRole(Roles.DEPUTY_DIRECTOR) && caller.supervisedUnits().contains(unit)));
    }

    private String time(Instant instant) {
        return TIME.format(instant.atZone(journal.zone()));
    }

    /** Counts a change that leaves the task's own fields alone, so that clients holding the old version see a conflict. */
    private static void touch(Task task) {
        Task.getEntityManager().lock(task, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    private TaskJournal.Change change(Request request) {
        return new TaskJournal.Change(request.caller().username(), request.client(), journal.now(), false);
    }
}
