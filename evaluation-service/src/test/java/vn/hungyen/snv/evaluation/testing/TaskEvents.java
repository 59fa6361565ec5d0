package vn.hungyen.snv.evaluation.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.hungyen.snv.common.event.TaskEvent;

/**
 * Writes task events to the real broker the way task-service does (key = task id, JSON value), and
 * hands out task ids no other test run uses.
 */
public final class TaskEvents implements AutoCloseable {

    private static final AtomicLong NEXT_TASK_ID =
            new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000_000L, 8_000_000_000L));

    private final KafkaProducer<String, String> producer;
    private final ObjectMapper json;

    public TaskEvents(ObjectMapper json) {
        this.json = json;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    /** A task id unused by earlier runs against the same broker. */
    public static long newTaskId() {
        return NEXT_TASK_ID.incrementAndGet();
    }

    /** A TaskAssigned event with sequence 1, weight 1, actor head.cchc. */
    public static TaskEvent.Builder assigned(long taskId, String unitCode, Long assigneeId, LocalDate dueDate) {
        return TaskEvent.builder().eventId(UUID.randomUUID()).type(TaskEvent.Type.ASSIGNED).occurredAt(Instant.now())
                .sequence(1).taskId(taskId).unitCode(unitCode).assigneeId(assigneeId).dueDate(dueDate)
                .weight(BigDecimal.ONE).title("Nhiệm vụ thử " + taskId).actor("head." + unitCode.toLowerCase());
    }

    /** The same task's common fields with a new event id, type and sequence. */
    public static TaskEvent.Builder next(TaskEvent previous, String type, long sequence) {
        return TaskEvent.builder().eventId(UUID.randomUUID()).type(type).occurredAt(Instant.now()).sequence(sequence)
                .taskId(previous.taskId()).unitCode(previous.unitCode()).assigneeId(previous.assigneeId())
                .dueDate(previous.dueDate()).weight(previous.weight()).actor(previous.actor());
    }

    public void send(TaskEvent... events) {
        sendAll(List.of(events));
    }

    public void sendAll(List<TaskEvent> events) {
        for (TaskEvent event : events) {
            try {
                sendRaw(String.valueOf(event.taskId()), json.writeValueAsString(event));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Sends any text as a message and waits for the broker's acknowledgement. */
    public void sendRaw(String key, String value) {
        try {
            producer.send(new ProducerRecord<>(TaskEvent.TOPIC, key, value)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not take the event", e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
