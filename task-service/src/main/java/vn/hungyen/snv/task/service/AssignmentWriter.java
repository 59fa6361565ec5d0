package vn.hungyen.snv.task.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.task.domain.AssignmentRules;
import vn.hungyen.snv.task.domain.DisplayFormats;
import vn.hungyen.snv.task.domain.TaskStatus;
import vn.hungyen.snv.task.repository.Task;

/** Writes a checked assignment: the lead task and one child task per coordinating unit, each with history and event. */
@ApplicationScoped
class AssignmentWriter {

    /** The lead task and the coordinating units' child tasks, in the order of the units. */
    record Written(Task lead, List<Task> coordinating) {
    }

    private final TaskJournal journal;

    AssignmentWriter(TaskJournal journal) {
        this.journal = journal;
    }

    /**
     * The directory of a recurring month written while plan-service cannot name its unit and officer: the history
     * gives their codes.
     */
    static final AssignmentRules.Directory UNNAMED = new AssignmentRules.Directory() {
        @Override
        public boolean hasUnit(String code) {
            return true;
        }

        @Override
        public Optional<AssignmentRules.Officer> officer(long id) {
            return Optional.empty();
        }
    };

    /**
     * Writes the tasks, all of the given organisation; the history names the units and the assignee as
     * {@code names} (the directory the assignment was checked against) lists them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Written write(String organisationCode, AssignmentRules.Draft draft, String assignedBy, TaskJournal.Change change,
            AssignmentRules.Directory names) {
        Task lead = newTask(organisationCode, draft, draft.unitCode(), draft.assigneeId(), null, assignedBy, change,
                names);
        List<Task> coordinating = draft.otherCoordinatingUnits().stream()
                .map(code -> newTask(organisationCode, draft, code, null, lead.id, assignedBy, change, names))
                .toList();
        return new Written(lead, coordinating);
    }

    private Task newTask(String organisationCode, AssignmentRules.Draft draft, String unitCode, Long assigneeId,
            Long parentId, String assignedBy, TaskJournal.Change change, AssignmentRules.Directory names) {
        Task task = new Task();
        task.parentId = parentId;
        task.planItemId = draft.planItemId();
        task.organisationCode = organisationCode;
        task.title = draft.title();
        task.unitCode = unitCode;
        task.assigneeId = assigneeId;
        task.assignedBy = assignedBy;
        task.dueDate = draft.dueDate();
        task.ratedDueDate = draft.dueDate();
        task.expectedProduct = draft.expectedProduct();
        task.weight = draft.weightOrDefault();
        task.status = TaskStatus.ASSIGNED;
        task.createdAt = change.at();
        task.persistAndFlush();
        journal.history(task, change, "ASSIGNED", "Giao cho " + names.unitName(task.unitCode)
                + (assigneeId == null ? "" : ", " + names.officer(assigneeId).map(AssignmentRules.Officer::fullName)
                        .orElse("cán bộ " + assigneeId)) + ", hạn " + DisplayFormats.DATE.format(task.dueDate));
        journal.event(task, change, TaskEvent.Type.ASSIGNED, event -> event.title(task.title));
        return task;
    }
}
