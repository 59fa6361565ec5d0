package vn.hungyen.snv.evaluation.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.evaluation.service.TaskFactService;

/**
 * Reads {@code task-events} at least once. A message that cannot be read as a task event fails
 * here and goes to the dead-letter topic with the reason; the stream goes on. An event of a type this version does
 * not know is such a message: it is neither stored nor allowed to take over a task's state.
 */
@ApplicationScoped
public class TaskEventConsumer {

    private final ObjectMapper json;
    private final TaskFactService facts;

    TaskEventConsumer(ObjectMapper json, TaskFactService facts) {
        this.json = json;
        this.facts = facts;
    }

    @Incoming("task-events")
    @Blocking
    public void consume(String payload) {
        facts.apply(parse(payload), payload);
    }

    TaskEvent parse(String payload) {
        TaskEvent event;
        try {
            event = json.readValue(payload, TaskEvent.class);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("not a task event: " + e.getOriginalMessage());
        }
        if (event == null || event.eventId() == null || event.type() == null || event.taskId() <= 0
                || event.unitCode() == null || event.dueDate() == null || event.occurredAt() == null) {
            throw new PoisonEventException("a required field is missing (eventId, type, taskId, unitCode, dueDate, occurredAt)");
        }
        if (!TaskEvent.Type.ALL.contains(event.type())) {
            throw new PoisonEventException("unknown event type " + event.type());
        }
        if (event.weight() != null && event.weight().signum() < 0) {
            throw new PoisonEventException("negative weight " + event.weight());
        }
        if ((TaskEvent.Type.SUBMITTED.equals(event.type()) || TaskEvent.Type.REVIEWED.equals(event.type()))
                && event.submittedAt() == null) {
            throw new PoisonEventException(event.type() + " without submittedAt");
        }
        if (TaskEvent.Type.REVIEWED.equals(event.type())
                && !"ACCEPTED".equals(event.verdict()) && !"RETURNED".equals(event.verdict())) {
            throw new PoisonEventException("TaskReviewed with a verdict other than ACCEPTED or RETURNED: " + event.verdict());
        }
        if (TaskEvent.Type.DUE_DATE_CHANGED.equals(event.type()) && event.previousDueDate() == null) {
            throw new PoisonEventException("TaskDueDateChanged without previousDueDate");
        }
        return event;
    }

    /** A message that can never be applied. */
    public static class PoisonEventException extends RuntimeException {
        PoisonEventException(String reason) {
            super(reason);
        }
    }
}
