package vn.hungyen.snv.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.evaluation.repository.TaskEventRecord;
import vn.hungyen.snv.evaluation.repository.TaskFact;
import vn.hungyen.snv.evaluation.repository.TaskFactRepository;

/** Applies task events to the stored facts, each event id exactly once. */
@ApplicationScoped
public class TaskFactService {

    private final TaskFactRepository repository;
    private final Clock clock;

    TaskFactService(TaskFactRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Stores the event, widens its task's window of months and, if it is the newest of its task, takes the
     * task's current state.
     */
    @Transactional
    public void apply(TaskEvent event, String payload) {
        if (!repository.recordOnce(event, payload)) {
            return;
        }
        TaskFact fact = repository.fact(event.taskId()).orElseGet(() -> {
            TaskFact created = new TaskFact();
            created.taskId = event.taskId();
            created.sequence = Long.MIN_VALUE;
            return created;
        });
        fact.widen(event.dueDate(), closes(event) ? LocalDate.ofInstant(event.occurredAt(), clock.getZone())
                : null);
        if (event.sequence() >= fact.sequence) {
            takeState(fact, event);
        }
        fact.persist();
    }

    /** The task's current state, from its newest event. */
    private static void takeState(TaskFact fact, TaskEvent event) {
        fact.sequence = event.sequence();
        if (event.planItemId() != null) {
            fact.planItemId = event.planItemId();
        }
        if (event.title() != null) {
            fact.title = event.title();
        }
        if (event.organisationCode() != null) {
            fact.organisationCode = event.organisationCode();
        }
        fact.unitCode = event.unitCode();
        fact.assigneeId = event.assigneeId();
        fact.dueDate = event.dueDate();
        fact.weight = event.weight();
        fact.lastType = event.type();
    }

    /** An acceptance or a cancellation: the task is closed from that day on. */
    private static boolean closes(TaskEvent event) {
        return TaskEvent.Type.CANCELLED.equals(event.type())
                || TaskEvent.Type.REVIEWED.equals(event.type()) && "ACCEPTED".equals(event.verdict());
    }

    /** A task's current fact and the events it came from. */
    public record TaskHistory(TaskFact fact, List<TaskEventRecord> events) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TaskHistory> task(long taskId) {
        return repository.fact(taskId).map(f -> new TaskHistory(f, repository.events(taskId)));
    }
}
