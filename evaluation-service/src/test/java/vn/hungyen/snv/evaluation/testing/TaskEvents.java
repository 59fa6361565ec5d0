package vn.hungyen.snv.evaluation.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.common.organisation.DemoOrganisation;
import vn.hungyen.snv.common.testing.TestTokens;

/**
 * Writes task events to the real broker the way task-service does (key = task id, JSON value), and
 * hands out task ids no other test run uses.
 */
public final class TaskEvents implements AutoCloseable {

    private static final AtomicLong NEXT_TASK_ID =
            new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000_000L, 8_000_000_000L));
    /** This run's years: a random start, so that runs differ, then every second year (60 years at most). */
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(ThreadLocalRandom.current().nextInt(1900, 1960));
    private static final AtomicInteger NEXT_EARLY_YEAR = new AtomicInteger(
            ThreadLocalRandom.current().nextInt(1800, 1840));

    private static final DemoOrganisation DEMO = DemoOrganisation.load();

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

    /**
     * A year for a test's months that earlier runs very likely did not use, so that their events (which
     * stay on the broker) cannot mix into this run's months; within a run every call gets its own year, two
     * apart from any other, so that a test may also look at the year after its own.
     */
    public static Year unusedYear() {
        return Year.of(NEXT_YEAR.getAndAdd(2));
    }

    /**
     * Like {@link #unusedYear()}, but earlier than any year the other tests use, so that no task of theirs is
     * due before this year's months: counts of overdue tasks look at every earlier task.
     */
    public static Year unusedYearBeforeOthers() {
        return Year.of(NEXT_EARLY_YEAR.getAndAdd(2));
    }

    /**
     * A TaskAssigned event with sequence 1, weight 1, actor the unit's head, in the organisation of the demo unit (the
     * Department for a unit the demo does not know).
     */
    public static TaskEvent.Builder assigned(long taskId, String unitCode, Long assigneeId, LocalDate dueDate) {
        return TaskEvent.builder().eventId(UUID.randomUUID()).type(TaskEvent.Type.ASSIGNED).occurredAt(Instant.now())
                .sequence(1).taskId(taskId).organisationCode(organisationOf(unitCode)).unitCode(unitCode)
                .assigneeId(assigneeId).dueDate(dueDate)
                .weight(BigDecimal.ONE).title("Nhiệm vụ thử " + taskId).actor("head." + unitCode.toLowerCase());
    }

    /** The organisation of a demo unit; the Department for a unit the demo does not know. */
    public static String organisationOf(String unitCode) {
        return DEMO.units().stream().filter(u -> u.code().equals(unitCode)).findFirst()
                .map(DemoOrganisation.Unit::organisationCode).orElse(DemoOrganisation.DEPARTMENT);
    }

    /** The same task's common fields with a new event id, type and sequence. */
    public static TaskEvent.Builder next(TaskEvent previous, String type, long sequence) {
        return TaskEvent.builder().eventId(UUID.randomUUID()).type(type).occurredAt(Instant.now()).sequence(sequence)
                .taskId(previous.taskId()).organisationCode(previous.organisationCode()).unitCode(previous.unitCode())
                .assigneeId(previous.assigneeId())
                .dueDate(previous.dueDate()).weight(previous.weight()).actor(previous.actor());
    }

    /** The officer's submission at 09:00 on {@code date}, Asia/Ho_Chi_Minh. */
    public static TaskEvent submitted(TaskEvent previous, long sequence, LocalDate date) {
        return next(previous, TaskEvent.Type.SUBMITTED, sequence).submittedAt(at(date))
                .documentNumber(previous.taskId() + "/BC-SNV").build();
    }

    /** The review of the submission made on {@code submittedOn}. */
    public static TaskEvent reviewed(TaskEvent previous, long sequence, LocalDate submittedOn, String verdict,
            boolean majorError) {
        return next(previous, TaskEvent.Type.REVIEWED, sequence).submittedAt(at(submittedOn)).verdict(verdict)
                .majorError(majorError).build();
    }

    /** An extension to {@code newDueDate}. */
    public static TaskEvent dueDateChanged(TaskEvent previous, long sequence, LocalDate newDueDate,
            boolean objectiveCause) {
        return next(previous, TaskEvent.Type.DUE_DATE_CHANGED, sequence).dueDate(newDueDate)
                .previousDueDate(previous.dueDate()).objectiveCause(objectiveCause).reason("Gia hạn").build();
    }

    /** 09:00 on {@code date} in Asia/Ho_Chi_Minh. */
    public static Instant at(LocalDate date) {
        return date.atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
    }

    /** Waits until the service has stored {@code count} events of the Department's task. */
    public static void awaitStored(long taskId, int count) {
        awaitStored(taskId, count, "admin");
    }

    /** Waits until the service has stored {@code count} events of the task, as {@code username} sees it. */
    public static void awaitStored(long taskId, int count, String username) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
            var response = given().header("Authorization", TestTokens.bearer(username))
                    .get("/api/facts/tasks/{taskId}", taskId);
            return response.statusCode() == 200 && response.jsonPath().getList("events").size() == count;
        });
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

    /**
     * Sends the messages under one key without waiting between them, so that they reach the broker in one produce
     * request and the consumer in one batch, then waits for every acknowledgement.
     */
    public void sendRawTogether(String key, List<String> values) {
        List<Future<RecordMetadata>> sent = values.stream()
                .map(value -> producer.send(new ProducerRecord<>(TaskEvent.TOPIC, key, value))).toList();
        producer.flush();
        for (Future<RecordMetadata> future : sent) {
            try {
                future.get(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("the broker did not take the event", e);
            }
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
