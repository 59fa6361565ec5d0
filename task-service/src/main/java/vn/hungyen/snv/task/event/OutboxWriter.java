package vn.hungyen.snv.task.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.task.repository.OutboxEvent;
import vn.hungyen.snv.task.repository.Task;

/**
 * Writes a task's event into the outbox inside the caller's transaction, and announces it ({@link Written}) so that
 * {@link OutboxListener} relays it as soon as the transaction commits.
 */
@ApplicationScoped
public class OutboxWriter {

    /** An outbox row was written in the current transaction. */
    public record Written() {
    }

    private static final Written WRITTEN = new Written();

    private final ObjectMapper json;
    private final Event<Written> written;

    OutboxWriter(ObjectMapper json, Event<Written> written) {
        this.json = json;
        this.written = written;
    }

    /** A builder with the fields every event carries, from the task as flushed after the change. */
    public TaskEvent.Builder eventFor(String type, Task task, String actor, Instant at) {
        return TaskEvent.builder().eventId(UUID.randomUUID()).type(type).occurredAt(at).sequence(task.version)
                .taskId(task.id).parentTaskId(task.parentId).planItemId(task.planItemId)
                .organisationCode(task.organisationCode).unitCode(task.unitCode)
                .assigneeId(task.assigneeId).dueDate(task.dueDate).weight(task.weight).actor(actor);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void write(TaskEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = event.eventId();
        row.taskId = event.taskId();
        row.type = event.type();
        row.createdAt = event.occurredAt();
        try {
            row.payload = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + event.type(), e);
        }
        row.persist();
        written.fire(WRITTEN);
    }
}
