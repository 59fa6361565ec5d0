package vn.hungyen.snv.evaluation.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import vn.hungyen.snv.common.event.TaskEvent;

/**
 * Reads a {@code task-events} message with the service's strict JSON reader and decides whether it can be applied:
 * the one place that says what a poison message is (docs/contract.md, "Dead-letter topic").
 */
final class TaskEventReader {

    /** A message without a value (a tombstone), which Kafka hands over without calling the deserializer. */
    static final TaskEventMessage EMPTY = TaskEventMessage.poison(null, "not a task event: an empty message");

    private final ObjectReader json;

    TaskEventReader(ObjectMapper json) {
        this.json = json.readerFor(TaskEvent.class);
    }

    TaskEventMessage read(String text) {
        if (text == null) {
            return EMPTY;
        }
        TaskEvent event;
        try {
            event = json.readValue(text);
        } catch (JsonProcessingException e) {
            return TaskEventMessage.poison(text, "not a task event: " + e.getOriginalMessage());
        }
        String problem = problem(event);
        return problem == null ? TaskEventMessage.event(text, event) : TaskEventMessage.poison(text, problem);
    }

    /** Why the event can never be applied; null when it can. */
    private static String problem(TaskEvent event) {
        if (event == null || event.eventId() == null || event.type() == null || event.taskId() <= 0
                || event.unitCode() == null || event.dueDate() == null || event.occurredAt() == null) {
            return "a required field is missing (eventId, type, taskId, unitCode, dueDate, occurredAt)";
        }
        if (!TaskEvent.Type.ALL.contains(event.type())) {
            return "unknown event type " + event.type();
        }
        if (event.weight() != null && event.weight().signum() < 0) {
            return "negative weight " + event.weight();
        }
        if ((TaskEvent.Type.SUBMITTED.equals(event.type()) || TaskEvent.Type.REVIEWED.equals(event.type()))
                && event.submittedAt() == null) {
            return event.type() + " without submittedAt";
        }
        if (TaskEvent.Type.REVIEWED.equals(event.type())
                && !"ACCEPTED".equals(event.verdict()) && !"RETURNED".equals(event.verdict())) {
            return "TaskReviewed with a verdict other than ACCEPTED or RETURNED: " + event.verdict();
        }
        if (TaskEvent.Type.DUE_DATE_CHANGED.equals(event.type()) && event.previousDueDate() == null) {
            return "TaskDueDateChanged without previousDueDate";
        }
        return null;
    }
}
