package vn.hungyen.snv.evaluation.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.common.testing.TestTokens;
import vn.hungyen.snv.evaluation.repository.TaskFact;
import vn.hungyen.snv.evaluation.service.TaskFactService;
import vn.hungyen.snv.evaluation.testing.TaskEvents;

/** The consumer against the real broker: once per event id, newest state by sequence, poison to the DLQ. */
@QuarkusTest
class TaskEventConsumerTest {

    private static final Path SAMPLES = Path.of("..", "docs", "events");
    private static final LocalDate DUE = LocalDate.of(2024, 3, 28);

    @Inject
    ObjectMapper json;

    @Inject
    TaskFactService facts;

    private TaskEvents events;

    @BeforeEach
    void openProducer() {
        events = new TaskEvents(json);
    }

    @AfterEach
    void closeProducer() {
        events.close();
    }

    @Test
    void anEventDeliveredTwiceIsAppliedOnce() {
        long taskId = TaskEvents.newTaskId();
        TaskEvent assigned = TaskEvents.assigned(taskId, "CCHC", 62L, DUE).build();
        TaskEvent submitted = TaskEvents.next(assigned, TaskEvent.Type.SUBMITTED, 2)
                .submittedAt(TaskEvents.at(DUE)).documentNumber("12/BC-SNV").build();

        events.send(assigned, submitted, assigned, submitted);

        JsonPath fact = awaitFact(taskId, 2);
        assertThat(fact.getList("events.eventId")).containsExactly(assigned.eventId().toString(),
                submitted.eventId().toString());
        assertThat(fact.getString("lastType")).isEqualTo(TaskEvent.Type.SUBMITTED);
    }

    @Test
    void eventsOutOfOrderKeepTheNewestStateBySequence() {
        long taskId = TaskEvents.newTaskId();
        TaskEvent assigned = TaskEvents.assigned(taskId, "CCHC", 62L, DUE).build();
        TaskEvent moved = TaskEvents.next(assigned, TaskEvent.Type.DUE_DATE_CHANGED, 2)
                .dueDate(DUE.plusDays(10)).previousDueDate(DUE).objectiveCause(true).reason("Chờ số liệu").build();

        events.send(moved, assigned);

        JsonPath fact = awaitFact(taskId, 2);
        assertThat(fact.getString("dueDate")).isEqualTo(DUE.plusDays(10).toString());
        assertThat(fact.getString("lastType")).isEqualTo(TaskEvent.Type.DUE_DATE_CHANGED);
        assertThat(fact.getList("events.sequence", Integer.class)).containsExactly(1, 2);
    }

    @Test
    void poisonMessagesGoToTheDeadLetterTopicAndTheStreamGoesOn() {
        String marker = UUID.randomUUID().toString();
        String notJson = "không phải JSON " + marker;
        String missingFields = "{\"eventId\":\"" + marker + "\",\"type\":\"TaskAssigned\",\"taskId\":7}";
        long taskId = TaskEvents.newTaskId();
        TaskEvent good = TaskEvents.assigned(taskId, "VP", 8L, DUE).build();

        events.sendRaw(marker, notJson);
        events.sendRaw(marker, missingFields);
        events.send(good);

        assertThat(awaitFact(taskId, 1).getString("unitCode")).isEqualTo("VP");
        Map<String, String> reasons = deadLetters(marker, 2);
        assertThat(reasons.get(notJson)).startsWith("not a task event");
        assertThat(reasons.get(missingFields)).contains("a required field is missing");
    }

    @Test
    void aPoisonMessageInTheMiddleOfABatchGoesToTheDeadLetterTopicAndTheRestOfTheBatchIsApplied()
            throws IOException {
        long taskId = TaskEvents.newTaskId();
        TaskEvent assigned = TaskEvents.assigned(taskId, "CCHC", 62L, DUE).build();
        TaskEvent submitted = TaskEvents.submitted(assigned, 2, DUE.minusDays(1));
        TaskEvent accepted = TaskEvents.reviewed(assigned, 3, DUE.minusDays(1), "ACCEPTED", false);
        String poison = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"TaskReviewed\",\"taskId\":" + taskId + "}";

        events.sendRawTogether(String.valueOf(taskId), List.of(json.writeValueAsString(assigned),
                json.writeValueAsString(submitted), poison, json.writeValueAsString(accepted),
                json.writeValueAsString(submitted)));

        JsonPath fact = awaitFact(taskId, 3);
        assertThat(fact.getList("events.eventId")).containsExactly(assigned.eventId().toString(),
                submitted.eventId().toString(), accepted.eventId().toString());
        assertThat(fact.getString("lastType")).isEqualTo(TaskEvent.Type.REVIEWED);
        Map<String, String> reasons = deadLetters(String.valueOf(taskId), 1);
        assertThat(reasons).containsOnlyKeys(poison);
        assertThat(reasons.get(poison)).contains("a required field is missing");
    }

    /** A record without a value (a tombstone) never reaches the deserializer: it is poison all the same. */
    @Test
    void aMessageWithoutAValueGoesToTheDeadLetterTopicAndTheStreamGoesOn() {
        long taskId = TaskEvents.newTaskId();
        TaskEvent good = TaskEvents.assigned(taskId, "VP", 8L, DUE).build();

        events.sendRaw(String.valueOf(taskId), null);
        events.send(good);

        assertThat(awaitFact(taskId, 1).getString("unitCode")).isEqualTo("VP");
        Map<String, String> reasons = deadLetters(String.valueOf(taskId), 1);
        assertThat(reasons).containsOnlyKeys((String) null);
        assertThat(reasons.get(null)).isEqualTo("not a task event: an empty message");
    }

    @Test
    void anEventOfAnUnknownTypeGoesToTheDeadLetterTopicAndChangesNothing() {
        long taskId = TaskEvents.newTaskId();
        TaskEvent assigned = TaskEvents.assigned(taskId, "CCHC", 62L, DUE).build();
        TaskEvent unknown = TaskEvents.next(assigned, "TaskTransferred", 5)
                .unitCode("VP").assigneeId(8L).dueDate(DUE.plusYears(1)).build();
        TaskEvent submitted = TaskEvents.next(assigned, TaskEvent.Type.SUBMITTED, 2)
                .submittedAt(TaskEvents.at(DUE)).documentNumber("12/BC-SNV").build();

        events.send(assigned, unknown, submitted);

        // the submission behind it shows the stream went past the unknown event
        JsonPath fact = awaitFact(taskId, 2);
        assertThat(fact.getList("events.eventId")).containsExactly(assigned.eventId().toString(),
                submitted.eventId().toString());
        assertThat(fact.getString("unitCode")).isEqualTo("CCHC");
        assertThat(fact.getLong("assigneeId")).isEqualTo(62L);
        assertThat(fact.getString("dueDate")).isEqualTo(DUE.toString());
        assertThat(fact.getString("lastType")).isEqualTo(TaskEvent.Type.SUBMITTED);
        Map<String, String> reasons = deadLetters(String.valueOf(taskId), 1);
        assertThat(reasons).hasSize(1);
        String dead = reasons.keySet().iterator().next();
        assertThat(dead).contains(unknown.eventId().toString()).contains("TaskTransferred");
        assertThat(reasons.get(dead)).contains("unknown event type TaskTransferred");
    }

    @Test
    void theSharedSamplesParseAndAreApplied() throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(SAMPLES)) {
            samples = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        List<String> types = new ArrayList<>();
        for (Path sample : samples) {
            ObjectNode node = (ObjectNode) json.readTree(Files.readString(sample, StandardCharsets.UTF_8));
            TaskEvent parsed = json.treeToValue(node, TaskEvent.class);
            assertThat(parsed.eventId()).as(sample.toString()).isNotNull();
            assertThat(parsed.unitCode()).as(sample.toString()).isNotBlank();
            assertThat(parsed.dueDate()).as(sample.toString()).isNotNull();
            types.add(parsed.type());

            long taskId = TaskEvents.newTaskId();
            node.put("taskId", taskId);
            node.put("eventId", UUID.randomUUID().toString());
            events.sendRaw(String.valueOf(taskId), json.writeValueAsString(node));
            // read as stored: a sample without organisationCode (the old wire format) is applied but in no one's view
            TaskFact fact = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> QuarkusTransaction.requiringNew()
                            .call(() -> facts.task(taskId).map(TaskFactService.TaskHistory::fact)), Optional::isPresent)
                    .orElseThrow();
            assertThat(fact.lastType).as(sample.toString()).isEqualTo(parsed.type());
            assertThat(fact.dueDate).as(sample.toString()).isEqualTo(parsed.dueDate());
            assertThat(fact.organisationCode).as(sample.toString()).isEqualTo(parsed.organisationCode());
        }
        assertThat(types).contains(TaskEvent.Type.ASSIGNED);
    }

    private static JsonPath awaitFact(long taskId, int eventCount) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            var response = given().header("Authorization", TestTokens.bearer("admin"))
                    .get("/api/facts/tasks/{taskId}", taskId);
            return response.statusCode() == 200 ? response.jsonPath() : null;
        }, fact -> fact != null && fact.getList("events").size() == eventCount);
    }

    /** The DLQ records carrying {@code key}, value → reason header, once {@code count} have arrived. */
    private static Map<String, String> deadLetters(String key, int count) {
        Map<String, String> reasons = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092",
                ConsumerConfig.GROUP_ID_CONFIG, "evaluation-dlq-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of("task-events-dlq"));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        reasons.put(record.value(), Optional.ofNullable(record.headers().lastHeader("dead-letter-reason"))
                                .map(Header::value).map(v -> new String(v, StandardCharsets.UTF_8)).orElse(""));
                    }
                }
                return reasons.size() >= count;
            });
        }
        return reasons;
    }
}
