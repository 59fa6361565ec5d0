package vn.hungyen.snv.task.event;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.snv.task.testing.Api.as;
import static vn.hungyen.snv.task.testing.Api.assign;
import static vn.hungyen.snv.task.testing.Api.officerId;
import static vn.hungyen.snv.task.testing.Api.submitAsOfficerCchc1;
import static vn.hungyen.snv.task.testing.Api.task;
import static vn.hungyen.snv.task.testing.Api.with;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.common.organisation.DemoOrganisation;
import vn.hungyen.snv.task.testing.Api;
import vn.hungyen.snv.task.testing.PlanServiceFake;
import vn.hungyen.snv.task.testing.TaskEventsTopic;

/** Events reach the real task-events topic keyed by task id, in the shape of docs/events/. */
@QuarkusTest
@WithTestResource(PlanServiceFake.class)
class TaskEventWireFormatTest {

    private static final Path SAMPLES = Path.of("..", "docs", "events");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void taskAssignedReachesTheTopicKeyedByTaskIdInTheSampleShape() throws IOException {
        try (TaskEventsTopic topic = TaskEventsTopic.fromNow()) {
            Map<String, Object> body = with(with(task("CCHC", "Kế hoạch kiểm tra CCHC"), "planItemId", 57),
                    "assigneeId", officerId("officer.cchc.1"));
            long id = assign("head.cchc", body);

            List<ConsumerRecord<String, String>> records = topic.awaitEvents(Api.outboxEventIds(id),
                    Duration.ofSeconds(30));

            assertThat(records).hasSize(1);
            assertThat(records.get(0).key()).isEqualTo(String.valueOf(id));
            JsonNode event = JSON.readTree(records.get(0).value());
            assertThat(event.get("type").asText()).isEqualTo(TaskEvent.Type.ASSIGNED);
            assertThat(event.get("taskId").asLong()).isEqualTo(id);
            assertThat(event.get("title").asText()).isEqualTo(body.get("title"));
            assertThat(event.get("assigneeId").asLong()).isEqualTo(officerId("officer.cchc.1"));
            assertThat(event.get("sequence").asLong()).isZero();
            assertThat(event.get("organisationCode").asText()).isEqualTo(DemoOrganisation.DEPARTMENT);
            assertThat(shape(event)).isEqualTo(sampleShape(TaskEvent.Type.ASSIGNED));
        }
    }

    @Test
    void everyEventTypeHasExactlyTheFieldsAndTypesOfItsSample() throws IOException {
        try (TaskEventsTopic topic = TaskEventsTopic.fromNow()) {
            long id = assign("head.cchc", with(with(task("CCHC", "Vòng đời đủ các sự kiện"), "planItemId", 57),
                    "assigneeId", officerId("officer.cchc.1")));
            submitAsOfficerCchc1(id);
            as("head.cchc").body(Map.of("verdict", "RETURNED", "majorError", true, "note", "Sai số liệu"))
                    .when().post("/api/tasks/{id}/reviews", id).then().statusCode(200);
            long extension = as("officer.cchc.1").body(Map.of("requestedDueDate",
                    LocalDate.now().plusMonths(3).toString(), "reason", "Chờ số liệu")).when()
                    .post("/api/tasks/{id}/extensions", id).then().statusCode(201)
                    .extract().jsonPath().getLong("extensions[0].id");
            as("head.cchc").body(Map.of("approved", true, "objectiveCause", true)).when()
                    .post("/api/tasks/{id}/extensions/{e}/decision", id, extension).then().statusCode(200);
            as("head.cchc").body(Map.of("reason", "Gộp vào kế hoạch chung")).when()
                    .post("/api/tasks/{id}/cancel", id).then().statusCode(200);

            List<ConsumerRecord<String, String>> records = topic.awaitEvents(Api.outboxEventIds(id),
                    Duration.ofSeconds(30));

            List<JsonNode> events = records.stream().map(r -> read(r.value())).toList();
            assertThat(events).extracting(e -> e.get("type").asText()).containsExactly(TaskEvent.Type.ASSIGNED,
                    TaskEvent.Type.SUBMITTED, TaskEvent.Type.REVIEWED, TaskEvent.Type.DUE_DATE_CHANGED,
                    TaskEvent.Type.CANCELLED);
            assertThat(records).extracting(ConsumerRecord::key).containsOnly(String.valueOf(id));
            assertThat(events).extracting(e -> e.get("organisationCode").asText())
                    .containsOnly(DemoOrganisation.DEPARTMENT);
            assertThat(events).extracting(e -> e.get("sequence").asLong()).isSorted().doesNotHaveDuplicates();
            for (JsonNode event : events) {
                assertThat(shape(event)).as(event.get("type").asText())
                        .isEqualTo(sampleShape(event.get("type").asText()));
            }
            JsonNode reviewed = events.get(2);
            assertThat(reviewed.get("submittedAt").asText()).isEqualTo(events.get(1).get("submittedAt").asText());
            assertThat(reviewed.get("majorError").asBoolean()).isTrue();
            assertThat(events.get(3).get("objectiveCause").asBoolean()).isTrue();
            assertThat(events.get(3).get("dueDate").asText()).isEqualTo(LocalDate.now().plusMonths(3).toString());
        }
    }

    @Test
    void anApprovalWithoutObjectiveCauseStillAnnouncesTheNewDateAndSaysSo() throws IOException {
        try (TaskEventsTopic topic = TaskEventsTopic.fromNow()) {
            long id = assign("head.cchc", with(with(task("CCHC", "Gia hạn không khách quan"), "planItemId", 58),
                    "assigneeId", officerId("officer.cchc.1")));
            String due = as("head.cchc").when().get("/api/tasks/{id}", id).then().extract().jsonPath()
                    .getString("dueDate");
            String later = LocalDate.parse(due).plusDays(7).toString();
            long extension = as("officer.cchc.1").body(Map.of("requestedDueDate", later, "reason", "Bận việc khác"))
                    .when().post("/api/tasks/{id}/extensions", id).then().statusCode(201)
                    .extract().jsonPath().getLong("extensions[0].id");
            as("head.cchc").body(Map.of("approved", true, "objectiveCause", false)).when()
                    .post("/api/tasks/{id}/extensions/{e}/decision", id, extension).then().statusCode(200);

            List<ConsumerRecord<String, String>> records = topic.awaitEvents(Api.outboxEventIds(id),
                    Duration.ofSeconds(30));

            JsonNode changed = read(records.get(records.size() - 1).value());
            assertThat(changed.get("type").asText()).isEqualTo(TaskEvent.Type.DUE_DATE_CHANGED);
            assertThat(changed.get("objectiveCause").asBoolean()).isFalse();
            assertThat(changed.get("previousDueDate").asText()).isEqualTo(due);
            assertThat(changed.get("dueDate").asText()).isEqualTo(later);
            assertThat(changed.get("reason").asText()).isEqualTo("Bận việc khác");
            assertThat(shape(changed)).isEqualTo(sampleShape(TaskEvent.Type.DUE_DATE_CHANGED));
        }
    }

    private static JsonNode sample(String type) throws IOException {
        return JSON.readTree(Files.readString(SAMPLES.resolve(type + ".json")));
    }

    /**
     * The sample's shape, with the organisation every event now carries: docs/events/ gains the field with the
     * contract change (until then the sample lacks it).
     */
    private static Map<String, JsonNodeType> sampleShape(String type) throws IOException {
        Map<String, JsonNodeType> shape = shape(sample(type));
        shape.putIfAbsent("organisationCode", JsonNodeType.STRING);
        return shape;
    }

    private static JsonNode read(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + value, e);
        }
    }

    /** Field name → JSON type, the part of the wire format both sides rely on. */
    private static Map<String, JsonNodeType> shape(JsonNode event) {
        Map<String, JsonNodeType> shape = new TreeMap<>();
        event.fields().forEachRemaining(field -> shape.put(field.getKey(), field.getValue().getNodeType()));
        return shape;
    }
}
