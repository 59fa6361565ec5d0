package vn.hungyen.snv.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.evaluation.repository.ReceivedEvent;
import vn.hungyen.snv.evaluation.repository.TaskEventRecord;
import vn.hungyen.snv.evaluation.repository.TaskFact;
import vn.hungyen.snv.evaluation.repository.TaskFactRepository;

/** Applies task events to the stored facts, each event id exactly once, in batches. */
@ApplicationScoped
public class TaskFactService {

    private final TaskFactRepository repository;
    private final Clock clock;

    TaskFactService(TaskFactRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Applies a batch of events in their order in one transaction: stores each event id not seen before (one
     * statement for the batch), then folds the new events into their tasks' facts in order (each event widens its
     * task's window of months; the newest by sequence gives the task's current state) and writes every touched
     * fact once. Events already stored, and repeats within the batch, change nothing. Returns how many were new.
     */
    @Transactional
    public int apply(List<ReceivedEvent> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        Set<UUID> fresh = repository.recordNew(batch, Instant.now());
        List<TaskEvent> applied = new ArrayList<>(fresh.size());
        for (ReceivedEvent received : batch) {
            if (fresh.remove(received.event().eventId())) {
                applied.add(received.event());
            }
        }
        if (applied.isEmpty()) {
            return 0;
        }
        Map<Long, TaskFact> facts = repository.lockFacts(applied.stream().map(TaskEvent::taskId).distinct().toList());
        for (TaskEvent event : applied) {
            TaskFact fact = facts.computeIfAbsent(event.taskId(), taskId -> {
                TaskFact created = new TaskFact();
                created.taskId = taskId;
                created.sequence = Long.MIN_VALUE;
                return created;
            });
            fact.widen(event.dueDate(), closes(event) ? LocalDate.ofInstant(event.occurredAt(), clock.getZone())
                    : null);
            if (event.sequence() >= fact.sequence) {
                takeState(fact, event);
            }
        }
        repository.saveFacts(facts.values());
        return applied.size();
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
