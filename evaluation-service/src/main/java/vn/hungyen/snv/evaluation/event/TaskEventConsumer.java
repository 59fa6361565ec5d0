package vn.hungyen.snv.evaluation.event;

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
import vn.hungyen.snv.evaluation.repository.ReceivedEvent;
import vn.hungyen.snv.evaluation.service.TaskFactService;

/**
 * Reads {@code task-events} at least once, a batch of records (one poll) at a time, applied in one transaction
 * (each event id once, in the order of its partition, hence of its task). The messages arrive already read
 * ({@link TaskEventMessageDeserializer}, on the polling thread, while the previous batch is in the database). A message
 * that cannot be read as a task event goes to the dead-letter topic with the reason, and the rest of its batch is
 * applied; an event of a type this version does not know is such a message: it is neither stored nor allowed to take
 * over a task's state. Any other failure (database down, shutting down) nacks the whole batch, which stops the channel
 * unacknowledged ({@link PoisonOnlyFailureHandler}): the batch is read again after a restart.
 */
@ApplicationScoped
public class TaskEventConsumer {

    private final TaskFactService facts;

    TaskEventConsumer(TaskFactService facts) {
        this.facts = facts;
    }

    @Incoming("task-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, TaskEventMessage> batch) {
        List<ReceivedEvent> readable = new ArrayList<>(batch.getRecords().size());
        Map<KafkaRecord<String, TaskEventMessage>, String> poison = new LinkedHashMap<>();
        for (KafkaRecord<String, TaskEventMessage> record : batch.getRecords()) {
            TaskEventMessage message = record.getPayload() == null ? TaskEventReader.EMPTY : record.getPayload();
            if (message.isPoison()) {
                poison.put(record, message.poisonReason());
            } else {
                readable.add(message.received());
            }
        }
        try {
            facts.apply(readable);
        } catch (RuntimeException e) {
            return batch.nack(e);
        }
        CompletableFuture<?>[] deadLetters = poison.entrySet().stream()
                .map(p -> p.getKey().nack(new PoisonEventException(p.getValue())).toCompletableFuture())
                .toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(deadLetters).thenCompose(sent -> batch.ack());
    }

    /** A message that can never be applied. */
    public static class PoisonEventException extends RuntimeException {
        PoisonEventException(String reason) {
            super(reason);
        }
    }
}
