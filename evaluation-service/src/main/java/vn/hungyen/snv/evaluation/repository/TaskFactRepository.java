package vn.hungyen.snv.evaluation.repository;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.hungyen.snv.common.event.TaskEvent;

/** The received events and the per-task facts derived from them. */
@ApplicationScoped
public class TaskFactRepository {

    private final EntityManager entityManager;

    TaskFactRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records the event unless its id was seen before; returns whether it is new. */
    public boolean recordOnce(TaskEvent event, String payload) {
        int inserted = entityManager.createNativeQuery("""
                insert into task_event (event_id, task_id, sequence, type, occurred_at, payload, received_at)
                values (:eventId, :taskId, :sequence, :type, :occurredAt, :payload, :receivedAt)
                on conflict (event_id) do nothing""")
                .setParameter("eventId", event.eventId())
                .setParameter("taskId", event.taskId())
                .setParameter("sequence", event.sequence())
                .setParameter("type", event.type())
                .setParameter("occurredAt", event.occurredAt())
                .setParameter("payload", payload)
                .setParameter("receivedAt", Instant.now())
                .executeUpdate();
        return inserted == 1;
    }

    public Optional<TaskFact> fact(long taskId) {
        return TaskFact.findByIdOptional(taskId);
    }

    /**
     * The stored events, grouped by task and in sequence order, of every task of the organisation that can count
     * between {@code from} and {@code cutoff}: what the scores of those months are recomputed from. A task counts when a due date it has
     * had lies on or before the cut-off and it was not both due and closed (accepted or cancelled) before
     * {@code from}; the rules then decide exactly (scoring-hy540 §2).
     */
    public List<TaskEventRecord> eventsOfTasksBetween(String organisationCode, LocalDate from, LocalDate cutoff) {
        return TaskEventRecord.list("""
                taskId in (select f.taskId from TaskFact f where f.organisationCode = ?3 and f.firstDueDate <= ?2
                    and (f.lastDueDate >= ?1 or f.closedOn is null or f.closedOn >= ?1))""",
                Sort.by("taskId").and("sequence"), from, cutoff, organisationCode);
    }

    public List<TaskEventRecord> events(long taskId) {
        return TaskEventRecord.list("taskId", Sort.by("sequence").and("occurredAt"), taskId);
    }
}
