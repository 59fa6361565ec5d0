package vn.hungyen.snv.task.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.hungyen.snv.common.calendar.CalendarSource;
import vn.hungyen.snv.common.calendar.WorkingDayCalendar;
import vn.hungyen.snv.common.security.Caller;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.task.client.PlanGateway;
import vn.hungyen.snv.task.config.TaskConfig;
import vn.hungyen.snv.task.domain.AssignmentRules.Draft;
import vn.hungyen.snv.task.domain.AssignmentRules;
import vn.hungyen.snv.task.domain.CatalogueItem;
import vn.hungyen.snv.task.domain.Timeliness;
import vn.hungyen.snv.common.rules.Violation;
import vn.hungyen.snv.task.repository.Task;
import vn.hungyen.snv.task.repository.TaskExtension;
import vn.hungyen.snv.task.repository.TaskHistory;
import vn.hungyen.snv.task.repository.TaskRepository;
import vn.hungyen.snv.task.repository.TaskSubmission;

/** Assignment and reading of tasks; every change writes its event in the same transaction. */
@ApplicationScoped
public class TaskService {

    /** A task with what is computed about it and, when read alone, its history, submissions and extensions. */
    public record TaskView(Task task, Timeliness timeliness, List<TaskHistory> history,
            List<TaskSubmission> submissions, List<TaskExtension> extensions, List<Coordinating> coordinating) {
    }

    /**
     * A coordinating unit's child task as whoever sees the lead task sees it, though it is another unit's: where it
     * stands, without its history or products.
     */
    public record Coordinating(Task task, Timeliness timeliness) {
    }

    /** A row of a bulk assignment: the assignment (null for an empty row) and the problems its input has. */
    public record BulkRow(Draft draft, List<Violation> inputProblems) {
    }

    /** Every problem of one row; rows count from 1. */
    public record RowProblems(int row, List<Violation> problems) {
    }

    /** The tasks one row created: the lead task and the coordinating units' child tasks. */
    public record CreatedRow(int row, long taskId, List<Long> coordinatingTaskIds) {
    }

    /** What a bulk assignment found and, unless a dry run, created. */
    public record BulkOutcome(boolean dryRun, int rowCount, List<RowProblems> problems, List<CreatedRow> created) {
    }

    /** A single assignment refused for these problems; nothing was written. */
    public static final class AssignmentRejectedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<Violation> problems;

        AssignmentRejectedException(List<Violation> problems) {
            super(problems.get(0).message());
            this.problems = problems;
        }

        public List<Violation> problems() {
            return problems;
        }
    }

    /** A bulk assignment refused because rows have problems; nothing was written. */
    public static final class BulkRejectedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient BulkOutcome outcome;

        BulkRejectedException(BulkOutcome outcome) {
            super(outcome.problems().size() + " dòng có lỗi");
            this.outcome = outcome;
        }

        public BulkOutcome outcome() {
            return outcome;
        }
    }

    private final TaskRepository tasks;
    private final PlanGateway plan;
    private final AssignmentWriter writer;
    private final RecurringTaskService recurring;
    private final TaskJournal journal;
    private final TaskConfig config;
    private final CalendarSource calendar;

    TaskService(TaskRepository tasks, PlanGateway plan, AssignmentWriter writer, RecurringTaskService recurring,
            TaskJournal journal, TaskConfig config, CalendarSource calendar) {
        this.tasks = tasks;
        this.plan = plan;
        this.writer = writer;
        this.recurring = recurring;
        this.journal = journal;
        this.config = config;
        this.calendar = calendar;
    }

    /**
     * Assigns work to a lead unit (and possibly one of its officers); each coordinating unit gets its own child
     * assignment. A catalogue item named without a title is read from plan-service for what the request leaves
     * out; a recurring one also starts its monthly tasks. Returns the lead task.
     */
    @Transactional
    public Task assign(Draft request, Caller caller, String client) {
        AssignmentRules.Directory directory = plan.directory();
        AssignmentRules.Checked checked = check(request, directory, caller, plan::catalogueItem);
        if (!checked.problems().isEmpty()) {
            throw new AssignmentRejectedException(checked.problems());
        }
        return write(checked, directory, caller, client).lead();
    }

    /**
     * Checks every row and, unless a dry run, assigns them all in one transaction; any problem refuses the whole
     * batch with {@link BulkRejectedException}.
     */
    @Transactional
    public BulkOutcome assignAll(List<BulkRow> rows, boolean dryRun, Caller caller, String client) {
        AssignmentRules.Directory directory = plan.directory();
        Map<Long, Optional<CatalogueItem>> items = new HashMap<>();
        List<AssignmentRules.Checked> checked = new ArrayList<>();
        List<RowProblems> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            BulkRow row = rows.get(i);
            List<Violation> rowProblems = new ArrayList<>(row.inputProblems());
            if (row.draft() != null) {
                AssignmentRules.Checked result = check(row.draft(), directory, caller,
                        id -> items.computeIfAbsent(id, plan::catalogueItem));
                rowProblems.addAll(result.problems());
                checked.add(result);
            }
            if (!rowProblems.isEmpty()) {
                problems.add(new RowProblems(i + 1, rowProblems));
            }
        }
        if (dryRun || !problems.isEmpty()) {
            BulkOutcome outcome = new BulkOutcome(dryRun, rows.size(), problems, List.of());
            if (!dryRun) {
                throw new BulkRejectedException(outcome);
            }
            return outcome;
        }
        List<CreatedRow> created = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            AssignmentWriter.Written written = write(checked.get(i), directory, caller, client);
            created.add(new CreatedRow(i + 1, written.lead().id,
                    written.coordinating().stream().map(t -> t.id).toList()));
        }
        return new BulkOutcome(false, rows.size(), List.of(), created);
    }

    private AssignmentRules.Checked check(Draft draft, AssignmentRules.Directory directory, Caller caller,
            Function<Long, Optional<CatalogueItem>> catalogue) {
        Optional<CatalogueItem> item = draft.planItemId() == null ? Optional.empty()
                : catalogue.apply(draft.planItemId());
        var assigner = new AssignmentRules.Assigner(caller::mayAssignTo, caller.hasRole(Roles.ADMIN));
        return AssignmentRules.check(draft, item, directory, assigner, today());
    }

    private AssignmentWriter.Written write(AssignmentRules.Checked checked, AssignmentRules.Directory directory,
            Caller caller, String client) {
        Draft draft = checked.draft();
        LocalDate today = today();
        var change = new TaskJournal.Change(caller.username(), client, journal.now(),
                draft.dueDate().isBefore(today));
        AssignmentWriter.Written written = writer.write(caller.organisationCode(), draft, caller.username(), change,
                directory);
        if (draft.recurring()) {
            recurring.start(draft, checked.item().orElseThrow().deadline(), written.lead(), change, today);
        }
        return written;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TaskView> find(long id, Caller caller) {
        return tasks.findInScope(id, scope(caller)).map(t -> new TaskView(t, timeliness(t), tasks.history(id),
                tasks.submissions(id), tasks.extensions(id),
                tasks.children(id).stream().map(c -> new Coordinating(c, timeliness(c))).toList()));
    }

    /** One page of tasks in the caller's scope, and how many there are in all. */
    public record Page(List<TaskView> items, long total) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page list(TaskRepository.Filter filter, Caller caller, int page, int size) {
        TaskRepository.Scope scope = scope(caller);
        List<Task> found = tasks.list(filter, scope, page, size);
        Map<Long, List<TaskExtension>> pending = Boolean.TRUE.equals(filter.pendingExtension())
                ? tasks.pendingExtensions(found.stream().map(t -> t.id).toList()) : Map.of();
        List<TaskView> items = found.stream().map(t -> new TaskView(t, timeliness(t), List.of(), List.of(),
                pending.getOrDefault(t.id, List.of()), List.of())).toList();
        return new Page(items, tasks.count(filter, scope));
    }

    /** How the caller's top-level assignments of each catalogue item stand, for the items that have any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TaskRepository.ItemProgress> progress(Set<Long> planItemIds, Caller caller) {
        return tasks.progress(planItemIds, scope(caller), today(), journal.zone());
    }

    public LocalDate today() {
        return journal.today();
    }

    /** The first due date after the "due soon" window that starts today. */
    public LocalDate dueSoonBefore() {
        return dueSoonBefore(calendar.current(), today(), config.dueSoonWorkingDays());
    }

    /**
     * The first due date that is not "due soon" seen from {@code today}: the (n + 1)-th working day after it.
     * Together with "due on or after today" it selects exactly the dates {@link WorkingDayCalendar#isDueSoon}
     * accepts, as a range an index can answer.
     */
    static LocalDate dueSoonBefore(WorkingDayCalendar calendar, LocalDate today, int workingDays) {
        return calendar.addWorkingDays(today, workingDays + 1);
    }

    private Timeliness timeliness(Task task) {
        LocalDate doneOn = task.completedAt == null ? null : task.completedAt.atZone(journal.zone()).toLocalDate();
        return Timeliness.of(task.status, task.ratedDueDate, doneOn, today(),
                (today, due) -> calendar.current().isDueSoon(today, due, config.dueSoonWorkingDays()));
    }

    /**
     * What the caller may see (docs/contract.md, "Visibility"): within their organisation (the system administrator
     * has none, and sees nothing), everything, or their units' work and their own.
     */
    static TaskRepository.Scope scope(Caller caller) {
        if (caller.seesEverything()) {
            return new TaskRepository.Scope(caller.organisationCode(), true, Set.of(), null);
        }
        Set<String> units = new LinkedHashSet<>(caller.supervisedUnits());
        if (caller.hasRole(Roles.HEAD) && caller.unitCode() != null) {
            units.add(caller.unitCode());
        }
        return new TaskRepository.Scope(caller.organisationCode(), false, units, caller.officerId());
    }
}
