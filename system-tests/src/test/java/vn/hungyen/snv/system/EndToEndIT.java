package vn.hungyen.snv.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static vn.hungyen.snv.system.RunningSystem.EVALUATION;
import static vn.hungyen.snv.system.RunningSystem.PLAN;
import static vn.hungyen.snv.system.RunningSystem.TASKS;
import static vn.hungyen.snv.system.RunningSystem.WEB;
import static vn.hungyen.snv.system.RunningSystem.officerId;
import static vn.hungyen.snv.system.RunningSystem.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * One thread through the running system: an officer's and a head's tokens from web-ui, a task
 * assigned in task-service, its TaskAssigned event on the real Kafka topic, and
 * evaluation-service storing it. Runs against the applications ./test.sh starts.
 */
class EndToEndIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyServiceIsReadyAndDocumentsItsApi() {
        Map<String, String> documented = Map.of(PLAN, "/api/units", TASKS, "/api/tasks", EVALUATION,
                "/api/facts/tasks/{taskId}", WEB, "/api/auth/token");
        documented.forEach((service, path) -> {
            given().get(RunningSystem.management(service, "/q/health/ready")).then().statusCode(200)
                    .body("status", is("UP"));
            // neither health nor metrics on the API's port (web-ui may answer its sign-in page instead)
            given().get(service + "/q/health/ready").then().body(not(containsString("\"checks\"")));
            given().get(service + "/q/metrics").then().body(not(containsString("# TYPE")));
            given().accept("application/json").get(service + "/q/openapi")
                    .then().statusCode(200).body("paths.keySet()", hasItem(path));
        });
    }

    @Test
    void tokensAreIssuedOnlyForTheRightPassword() {
        given().contentType(ContentType.JSON).body(Map.of("username", "officer.cchc.1", "password", "sai"))
                .post(WEB + "/api/auth/token").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("username", "officer.cchc.1", "password", "demo"))
                .post(WEB + "/api/auth/token").then().statusCode(200)
                .body("token_type", is("Bearer")).body("expires_in", equalTo(28800));
    }

    @Test
    void anAssignedTaskTravelsFromTaskServiceThroughKafkaToEvaluation() throws Exception {
        String head = token("head.cchc");
        String officer = token("officer.cchc.1");
        String otherHead = token("head.vp");
        given().get(TASKS + "/api/tasks").then().statusCode(401);

        long officerId = officerId("officer.cchc.1");
        String title = "Báo cáo kết quả kiểm tra CCHC " + UUID.randomUUID();
        long taskId = given().auth().oauth2(head).contentType(ContentType.JSON)
                .body(Map.of("title", title, "unitCode", "CCHC", "assigneeId", officerId,
                        "dueDate", LocalDate.now().plusDays(20).toString()))
                .post(TASKS + "/api/tasks")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        given().auth().oauth2(officer).get(TASKS + "/api/tasks")
                .then().statusCode(200).body("items.id", hasItem((int) taskId));
        given().auth().oauth2(otherHead).get(TASKS + "/api/tasks/" + taskId).then().statusCode(404);
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("title", "x", "unitCode", "CCHC", "dueDate", "2030-01-01"))
                .post(TASKS + "/api/tasks").then().statusCode(403);

        JsonNode event = awaitEvent(taskId);
        assertThat(event.get("type").asText()).isEqualTo("TaskAssigned");
        assertThat(event.get("unitCode").asText()).isEqualTo("CCHC");
        assertThat(event.get("assigneeId").asLong()).isEqualTo(officerId);
        assertThat(event.get("title").asText()).isEqualTo(title);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(officer).get(EVALUATION + "/api/facts/tasks/" + taskId)
                        .then().statusCode(200)
                        .body("title", is(title))
                        .body("events.eventId", hasItem(event.get("eventId").asText())));
        given().auth().oauth2(otherHead).get(EVALUATION + "/api/facts/tasks/" + taskId).then().statusCode(404);
    }

    @Test
    void anOfficerCannotReadAnotherUnitsData() {
        String vpHead = token("head.vp");
        String cchcOfficer = token("officer.cchc.1");
        long vpTask = given().auth().oauth2(vpHead).contentType(ContentType.JSON)
                .body(Map.of("title", "Tổng hợp báo cáo tuần của Văn phòng " + UUID.randomUUID(), "unitCode", "VP",
                        "dueDate", LocalDate.now().plusDays(7).toString()))
                .post(TASKS + "/api/tasks").then().statusCode(201).extract().jsonPath().getLong("id");

        given().auth().oauth2(cchcOfficer).get(TASKS + "/api/tasks/" + vpTask).then().statusCode(404);
        given().auth().oauth2(cchcOfficer).queryParam("unit", "VP").get(TASKS + "/api/tasks")
                .then().statusCode(200).body("total", is(0));
        given().auth().oauth2(vpHead).queryParam("unit", "VP").queryParam("open", true)
                .queryParam("dueFrom", LocalDate.now().plusDays(7).toString()).get(TASKS + "/api/tasks")
                .then().statusCode(200).body("items.id", hasItem((int) vpTask));
    }

    /**
     * Reads the events topic (task-events, or the test run's own, -Dsnv.topic) from the beginning until the
     * task's record (keyed by its id) appears.
     */
    private static JsonNode awaitEvent(long taskId) throws Exception {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getProperty("kafka.bootstrap", "127.0.0.1:9092"));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "system-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(System.getProperty("snv.topic", "task-events")));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (String.valueOf(taskId).equals(record.key())) {
                        return JSON.readTree(record.value());
                    }
                }
            }
        }
        throw new AssertionError("No event keyed " + taskId + " on task-events within 60 s");
    }
}
