package vn.hungyen.snv.webui.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * task-service for the pages; every failure becomes a {@link ServiceMessage} a person can read.
 */
@ApplicationScoped
public class TaskGateway {

    /** The unit list's choice of every task, whatever its status. */
    public static final String ALL = "ALL";
    static final int RECENTLY_CLOSED_DAYS = 90;
    /** Finished tasks per page of the "older work" list. */
    public static final int OLDER_PAGE_SIZE = 20;

    /** One line of a task's history. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HistoryLine(Instant at, String actor, String action, String detail) {
    }

    /** A completion report and, once reviewed, its verdict. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SubmissionLine(long id, Instant submittedAt, String documentNumber, LocalDate issuedOn,
            String summary, String link, String verdict, Boolean majorError, String reviewNote, String reviewedBy,
            Instant reviewedAt) {
    }

    /** A request for a later due date and, once decided, the decision. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ExtensionLine(long id, String requestedBy, Instant requestedAt, LocalDate requestedDueDate,
            String reason, String status, LocalDate previousDueDate, Boolean objectiveCause, String decisionNote,
            String decidedBy, Instant decidedAt) {

        public boolean pending() {
            return "PENDING".equals(status);
        }
    }

    /**
     * A task as task-service returns it; lists carry no history, submissions or extensions. {@code coordinating}: a
     * lead task's child tasks of the coordinating units, with their unit, assignee, dates, status and timeliness.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Task(long id, Long planItemId, String title, String unitCode, Long assigneeId, String assignedBy,
            LocalDate dueDate, LocalDate ratedDueDate, String expectedProduct, String status, String timeliness,
            long version,
            List<HistoryLine> history, List<SubmissionLine> submissions, List<ExtensionLine> extensions,
            List<Task> coordinating) {

        public Task {
            history = history == null ? List.of() : history;
            submissions = submissions == null ? List.of() : submissions;
            extensions = extensions == null ? List.of() : extensions;
            coordinating = coordinating == null ? List.of() : coordinating;
        }

        /**
         * Extended without an objective cause: the rating still scores against the earlier {@code ratedDueDate},
         * and the timeliness is measured against that date.
         */
        public boolean ratedAgainstEarlierDate() {
            return ratedDueDate != null && !ratedDueDate.equals(dueDate);
        }

        /** The extension request still waiting for a decision, if any. */
        public Optional<ExtensionLine> pendingExtension() {
            return extensions.stream().filter(ExtensionLine::pending).findFirst();
        }
    }

    /**
     * A new assignment from the unit page: a catalogue item (what it leaves empty is taken from the item, and a
     * recurring one may be assigned every month) or an ad-hoc task with its title and due date. Empty fields are
     * left out of the request.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Assignment(Long planItemId, String title, String unitCode, Long assigneeId, LocalDate dueDate,
            String expectedProduct, Boolean recurring) {
    }

    /** A recurring assignment (one task every month) with how many months have a task and the latest one. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Recurring(long id, Long planItemId, String title, String unitCode, Long assigneeId, String deadline,
            long monthsWritten, Long lastTaskId) {
    }

    /** Why a recurring assignment is stopped. */
    public record RecurringStop(String reason) {
    }

    /** The assigner's verdict on the latest submission. */
    public record Review(String verdict, boolean majorError, String note, long version) {
    }

    /** The assignee's request for a later due date. */
    public record ExtensionRequest(LocalDate requestedDueDate, String reason, long version) {
    }

    /** The assigner's decision on an extension request; an objective cause moves the date for scoring too. */
    /** A new assignee for a task, checked against the version the person saw. */
    public record AssigneeChange(Long assigneeId, long version) {
    }

    /** A cancellation with its reason, checked against the version the person saw. */
    public record Cancellation(String reason, long version) {
    }

    public record ExtensionDecision(boolean approved, boolean objectiveCause, String note, long version) {
    }

    /** One page of tasks. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TaskPage(List<Task> items, long total) {
    }

    /** How the top-level tasks of one catalogue item stand: done (some late) and open (some overdue). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ItemProgress(long planItemId, long total, long done, long doneLate, long open, long overdue) {
    }

    /** A completion report with its product. */
    public record Submission(String documentNumber, LocalDate issuedOn, String summary, String link) {
    }

    private final TaskClient client;

    TaskGateway(@RestClient TaskClient client) {
        this.client = client;
    }

    /**
     * An officer's open tasks, and those done or cancelled that were due in the last
     * {@value #RECENTLY_CLOSED_DAYS} days: what "my tasks" shows.
     */
    public List<Task> tasksOf(long officerId, LocalDate today) {
        List<Task> tasks = new ArrayList<>(call(() -> client.list(officerId, null, null, true, null, null, 0, 200))
                .items());
        tasks.addAll(call(() -> client.list(officerId, null, null, false, null,
                today.minusDays(RECENTLY_CLOSED_DAYS), 0, 200)).items());
        return tasks;
    }

    /** The unit's tasks with an extension request awaiting a decision (at most 50). */
    public List<Task> pendingExtensions(String unit) {
        return call(() -> client.pendingExtensions(unit, true, 50)).items();
    }

    /** One page ({@value #OLDER_PAGE_SIZE} tasks, from 0) of all the officer's finished work, however old. */
    public TaskPage finishedTasksOf(long officerId, int page) {
        return call(() -> client.list(officerId, null, null, false, null, null, page, OLDER_PAGE_SIZE));
    }

    /**
     * A unit's tasks: the open ones when {@code status} is null, every task when it is {@value #ALL}, else
     * those with that status; optionally only the overdue ones.
     */
    public TaskPage unitTasks(String unit, String status, Boolean overdue, int page) {
        Boolean open = status == null ? Boolean.TRUE : null;
        String only = status == null || ALL.equals(status) ? null : status;
        return call(() -> client.list(null, unit, only, open, overdue, null, page, 50));
    }

    /** The progress of the catalogue items that have tasks in the caller's scope, in one request. */
    public List<ItemProgress> progress(List<Long> planItemIds) {
        return call(() -> client.progress(planItemIds));
    }

    public long assign(Assignment assignment) {
        return call(() -> client.assign(assignment)).id();
    }

    /** The unit's recurring assignments that still write a task every month. */
    public List<Recurring> activeRecurring(String unit) {
        return call(() -> client.recurring(unit, true));
    }

    /** Stops a recurring assignment: later months get no task. */
    public void stopRecurring(long id, String reason) {
        run(() -> client.stopRecurring(id, new RecurringStop(reason)));
    }

    public void review(long id, Review review) {
        run(() -> client.review(id, review));
    }

    public Task task(long id) {
        return call(() -> client.get(id));
    }

    public void submit(long id, Submission submission) {
        run(() -> client.submit(id, submission));
    }

    public void requestExtension(long id, ExtensionRequest request) {
        run(() -> client.requestExtension(id, request));
    }

    public void decideExtension(long id, long extensionId, ExtensionDecision decision) {
        run(() -> client.decideExtension(id, extensionId, decision));
    }

    /** Gives the task to an officer of its unit, or to another one. */
    public void changeAssignee(long id, AssigneeChange change) {
        run(() -> client.changeAssignee(id, change));
    }

    public void cancel(long id, Cancellation cancellation) {
        run(() -> client.cancel(id, cancellation));
    }

    private static void run(Runnable request) {
        ServiceMessage.run("Dịch vụ nhiệm vụ", request);
    }

    private static <T> T call(Supplier<T> request) {
        return ServiceMessage.call("Dịch vụ nhiệm vụ", request);
    }
}
