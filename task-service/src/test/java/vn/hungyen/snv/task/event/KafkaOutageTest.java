package vn.hungyen.snv.task.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.hungyen.snv.task.testing.Api.as;
import static vn.hungyen.snv.task.testing.Api.assign;
import static vn.hungyen.snv.task.testing.Api.officerId;
import static vn.hungyen.snv.task.testing.Api.submitAsOfficerCchc1;
import static vn.hungyen.snv.task.testing.Api.task;
import static vn.hungyen.snv.task.testing.Api.taskForOfficerCchc1;
import static vn.hungyen.snv.task.testing.Api.with;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.hungyen.snv.common.testing.Management;
import vn.hungyen.snv.task.repository.OutboxEvent;
import vn.hungyen.snv.task.testing.Api;
import vn.hungyen.snv.task.testing.OwnKafkaBroker;
import vn.hungyen.snv.task.testing.PlanServiceFake;
import vn.hungyen.snv.task.testing.TaskEventsTopic;

/**
 * Stops Kafka, changes tasks, starts it again, and checks that every event arrives once and in order per task, and
 * that task-service stays ready throughout with the outbox's backlog in its health data. The broker it stops is its
 * own ({@link OwnKafkaBroker}, on free ports), never the shared one on 9092; starting a second broker takes a while,
 * so it runs only when asked: {@code ./mvnw -o -pl task-service test -Dtest=KafkaOutageTest -Dkafka.outage=true}.
 */
@QuarkusTest
@WithTestResource(PlanServiceFake.class)
@WithTestResource(OwnKafkaBroker.class)
@EnabledIfSystemProperty(named = "kafka.outage", matches = "true")
class KafkaOutageTest {

    @Test
    void changesSucceedWhileKafkaIsDownAndEveryEventArrivesOnceInOrderAfterwards() {
        List<Long> taskIds = new ArrayList<>();
        try (TaskEventsTopic topic = TaskEventsTopic.fromNow(OwnKafkaBroker.bootstrapServers())) {
            try {
                OwnKafkaBroker.kafka("down");
                await().atMost(Duration.ofSeconds(30)).until(() -> !OwnKafkaBroker.answers());

                long reviewed = taskForOfficerCchc1("Trong lúc Kafka ngừng");
                submitAsOfficerCchc1(reviewed);
                as("head.cchc").body(Map.of("verdict", "RETURNED", "note", "Bổ sung số liệu"))
                        .when().post("/api/tasks/{id}/reviews", reviewed).then().statusCode(200);
                submitAsOfficerCchc1(reviewed);
                as("head.cchc").body(Map.of("verdict", "ACCEPTED")).when().post("/api/tasks/{id}/reviews", reviewed)
                        .then().statusCode(200);
                long extended = assign("director", with(task("CCHC", "Gia hạn lúc Kafka ngừng"), "assigneeId",
                        officerId("officer.cchc.2")));
                long extension = as("officer.cchc.2").body(Map.of("requestedDueDate",
                        LocalDate.now().plusMonths(4).toString(), "reason", "Chờ văn bản của tỉnh")).when()
                        .post("/api/tasks/{id}/extensions", extended).then().statusCode(201)
                        .extract().jsonPath().getLong("extensions[0].id");
                as("deputy1").body(Map.of("approved", true, "objectiveCause", true)).when()
                        .post("/api/tasks/{id}/extensions/{e}/decision", extended, extension).then().statusCode(200);
                as("director").body(Map.of("reason", "Không còn cần thiết")).when()
                        .post("/api/tasks/{id}/cancel", extended).then().statusCode(200);
                taskIds.addAll(List.of(reviewed, extended));

                assertThat(unpublished(taskIds)).as("events waiting in the outbox while Kafka is down").isEqualTo(8);
                // the API works, so task-service stays ready; the backlog is health data and a metric
                JsonPath ready = given().get(Management.url("/q/health/ready")).then().statusCode(200)
                        .body("status", equalTo("UP")).extract().jsonPath();
                assertThat(ready.getInt("checks.find { it.name == 'outbox' }.data.backlog"))
                        .isGreaterThanOrEqualTo(8);
                assertThat(ready.getLong("checks.find { it.name == 'outbox' }.data.oldestAgeSeconds"))
                        .isGreaterThanOrEqualTo(0);
                assertThat(given().get(Management.url("/q/metrics")).then().statusCode(200).extract().asString())
                        .containsPattern("(?m)^snv_outbox_backlog(\\{[^}]*})? ([8-9]|[1-9][0-9]+)\\.0$");
            } finally {
                OwnKafkaBroker.kafka("up");
            }

            List<UUID> expected = taskIds.stream().flatMap(id -> Api.outboxEventIds(id).stream()).toList();
            List<ConsumerRecord<String, String>> records = topic.awaitEvents(expected, Duration.ofSeconds(120));

            Map<String, Long> copies = records.stream().collect(Collectors.groupingBy(TaskEventsTopic::eventId,
                    Collectors.counting()));
            assertThat(copies).hasSize(expected.size()).allSatisfy((id, count) -> assertThat(count).isEqualTo(1L));
            for (long taskId : taskIds) {
                assertThat(records.stream().filter(r -> r.key().equals(String.valueOf(taskId)))
                        .map(TaskEventsTopic::eventId).map(UUID::fromString).toList())
                        .as("events of task %d in the order they were written", taskId)
                        .containsExactlyElementsOf(Api.outboxEventIds(taskId));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> unpublished(taskIds) == 0);
        }
    }

    private static long unpublished(List<Long> taskIds) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count(
                "taskId in ?1 and publishedAt is null", taskIds));
    }

}
