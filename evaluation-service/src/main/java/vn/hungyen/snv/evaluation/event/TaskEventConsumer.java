package vn.hungyen.snv.evaluation.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.evaluation.repository.ReceivedEvent;
import vn.hungyen.snv.evaluation.service.TaskFactService;

/**
 * Reads {@code task-events} at least once, a batch of records (one poll) at a time, applied in one transaction
 * (each event id once, in the order of its partition, hence of its task). A message that cannot be read as a task
 * event goes to the dead-letter topic with the reason, and the rest of its batch is applied; an event of a type this
 * version does not know is such a message: it is neither stored nor allowed to take over a task's state. Any other
 * failure (database down, shutting down) nacks the whole batch, which stops the channel unacknowledged
 * ({@link PoisonOnlyFailureHandler}): the batch is read again after a restart.
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
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        List<ReceivedEvent> readable = new ArrayList<>(batch.getRecords().size());
        Map<KafkaRecord<String, String>, PoisonEventException> poison = new LinkedHashMap<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                readable.add(new ReceivedEvent(parse(record.getPayload()), record.getPayload()));
            } catch (PoisonEventException e) {
                poison.put(record, e);
            }
        }
        try {
            facts.apply(readable);
        } catch (RuntimeException e) {
            return batch.nack(e);
        }
        CompletableFuture<?>[] deadLetters = poison.entrySet().stream()
                .map(p -> p.getKey().nack(p.getValue()).toCompletableFuture()).toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(deadLetters).thenCompose(sent -> batch.ack());
    }

    TaskEvent parse(String payload) {
        if (payload == null) {
            throw new PoisonEventException("not a task event: an empty message");
        }
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
