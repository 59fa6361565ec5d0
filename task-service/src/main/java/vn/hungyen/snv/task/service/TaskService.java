package vn.hungyen.snv.task.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.hungyen.snv.common.calendar.WorkingDayCalendar;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.common.security.Caller;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.task.client.PlanDirectory;
import vn.hungyen.snv.task.config.TaskConfig;
import vn.hungyen.snv.task.domain.TaskStatus;
import vn.hungyen.snv.task.domain.Timeliness;
import vn.hungyen.snv.task.repository.Task;
import vn.hungyen.snv.task.repository.TaskExtension;
import vn.hungyen.snv.task.repository.TaskHistory;
import vn.hungyen.snv.task.repository.TaskRepository;
import vn.hungyen.snv.task.repository.TaskSubmission;

/** Assignment and reading of tasks; every change writes its event in the same transaction. */
@ApplicationScoped
public class TaskService {

    /** What an assigner asks for. */
    public record Assignment(Long planItemId, String title, String unitCode, Long assigneeId, LocalDate dueDate,
            List<String> coordinatingUnits, String expectedProduct, BigDecimal weight) {
    }

    /** A task with what is computed about it and, when read alone, its history, submissions and extensions. */
    public record TaskView(Task task, Timeliness timeliness, List<TaskHistory> history,
            List<TaskSubmission> submissions, List<TaskExtension> extensions) {
    }

    private final TaskRepository tasks;
    private final PlanDirectory plan;
    private final TaskJournal journal;
    private final TaskConfig config;
    private final WorkingDayCalendar calendar = WorkingDayCalendar.vietnam();

    TaskService(TaskRepository tasks, PlanDirectory plan, TaskJournal journal, TaskConfig config) {
        this.tasks = tasks;
        this.plan = plan;
        this.journal = journal;
        this.config = config;
    }

    /**
     * Assigns work to a lead unit (and possibly one of its officers); each coordinating unit gets
     * its own child assignment. Returns the lead task.
     */
    @Transactional
    public Task assign(Assignment request, Caller caller, String client) {
        if (request.title() == null || request.title().isBlank()) {
            if (request.planItemId() == null) {
                throw ProblemException.unprocessable("title-or-plan-item",
                        "Cần chọn một nhiệm vụ trong danh mục (planItemId) hoặc nhập nội dung nhiệm vụ (title).");
            }
            // plan-service offers no lookup of a catalogue item by id yet, so its wording cannot be copied here.
            throw ProblemException.unprocessable("title-required",
                    "Hãy nhập nội dung nhiệm vụ (title) kèm mục danh mục " + request.planItemId()
                            + ": chưa lấy được nội dung mục danh mục từ dịch vụ kế hoạch.");
        }
        requireUnitInScope(request.unitCode(), caller);
        if (request.assigneeId() != null) {
            plan.officerOfUnit(request.assigneeId(), request.unitCode());
        }
        boolean pastDue = request.dueDate().isBefore(today());
        if (!caller.hasRole(Roles.ADMIN) && pastDue) {
            throw ProblemException.unprocessable("due-date-in-past",
                    "Hạn hoàn thành " + request.dueDate() + " đã qua; chỉ quản trị hệ thống được nhập bù nhiệm vụ cũ.");
        }
        Set<String> coordinating = new LinkedHashSet<>(request.coordinatingUnits() == null ? List.of()
                : request.coordinatingUnits());
        coordinating.remove(request.unitCode());
        for (String code : coordinating) {
            requireUnitExists(code);
        }
        TaskJournal.Change change = new TaskJournal.Change(caller.username(), client, TaskJournal.now(), pastDue);
        Task lead = newTask(request, request.unitCode(), request.assigneeId(), null, caller, change.at());
        recordAssignment(lead, change);
        for (String code : coordinating) {
            recordAssignment(newTask(request, code, null, lead.id, caller, change.at()), change);
        }
        return lead;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TaskView> find(long id, Caller caller) {
        return tasks.findInScope(id, scope(caller)).map(t -> new TaskView(t, timeliness(t), tasks.history(id),
                tasks.submissions(id), tasks.extensions(id)));
    }

    /** One page of tasks in the caller's scope, and how many there are in all. */
    public record Page(List<TaskView> items, long total) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page list(TaskRepository.Filter filter, Caller caller, int page, int size) {
        TaskRepository.Scope scope = scope(caller);
        List<TaskView> items = tasks.list(filter, scope, page, size).stream()
                .map(t -> new TaskView(t, timeliness(t), List.of(), List.of(), List.of())).toList();
        return new Page(items, tasks.count(filter, scope));
    }

    public LocalDate today() {
        return LocalDate.now(config.zone());
    }

    private Timeliness timeliness(Task task) {
        LocalDate doneOn = task.completedAt == null ? null : task.completedAt.atZone(config.zone()).toLocalDate();
        return Timeliness.of(task.dueDate, doneOn, today(),
                (today, due) -> calendar.isDueSoon(today, due, config.dueSoonWorkingDays()));
    }

    private Task newTask(Assignment request, String unitCode, Long assigneeId, Long parentId, Caller caller,
            Instant now) {
        Task task = new Task();
        task.parentId = parentId;
        task.planItemId = request.planItemId();
        task.title = request.title();
        task.unitCode = unitCode;
        task.assigneeId = assigneeId;
        task.assignedBy = caller.username();
        task.dueDate = request.dueDate();
        task.expectedProduct = request.expectedProduct();
        task.weight = request.weight() == null ? BigDecimal.ONE : request.weight();
        task.status = TaskStatus.ASSIGNED;
        task.createdAt = now;
        task.persistAndFlush();
        return task;
    }

    private void recordAssignment(Task task, TaskJournal.Change change) {
        journal.history(task, change, "ASSIGNED", "Giao cho " + task.unitCode
                + (task.assigneeId == null ? "" : ", cán bộ " + task.assigneeId) + ", hạn "
                + TaskJournal.DATE.format(task.dueDate));
        journal.event(task, change, TaskEvent.Type.ASSIGNED, event -> event.title(task.title));
    }

    private void requireUnitInScope(String unitCode, Caller caller) {
        requireUnitExists(unitCode);
        if (!caller.seesUnit(unitCode)) {
            throw ProblemException.forbidden("unit-out-of-scope",
                    "Bạn không được giao việc cho đơn vị " + unitCode + ".");
        }
    }

    private void requireUnitExists(String code) {
        if (plan.unit(code).isEmpty()) {
            throw ProblemException.unprocessable("unknown-unit", "Không có đơn vị mã " + code + ".");
        }
    }

    /** What the caller may see (docs/contract.md, "Visibility"). */
    static TaskRepository.Scope scope(Caller caller) {
        if (caller.seesEverything()) {
            return new TaskRepository.Scope(true, Set.of(), null);
        }
        Set<String> units = new LinkedHashSet<>(caller.supervisedUnits());
        if (caller.hasRole(Roles.HEAD) && caller.unitCode() != null) {
            units.add(caller.unitCode());
        }
        return new TaskRepository.Scope(false, units, caller.officerId());
    }
}
