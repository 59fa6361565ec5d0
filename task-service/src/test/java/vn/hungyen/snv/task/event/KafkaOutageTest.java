package vn.hungyen.snv.task.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
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
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.hungyen.snv.task.repository.OutboxEvent;
import vn.hungyen.snv.task.testing.Api;
import vn.hungyen.snv.task.testing.PlanServiceFake;
import vn.hungyen.snv.task.testing.TaskEventsTopic;

/**
 * Stops the shared Kafka broker, changes tasks, starts it again, and checks that every event
 * arrives once and in order per task. It stops a broker other modules and the demo use, so it
 * runs only when asked: {@code ./mvnw -o -pl task-service test -Dtest=KafkaOutageTest -Dkafka.outage=true}.
 */
@QuarkusTest
@WithTestResource(PlanServiceFake.class)
@EnabledIfSystemProperty(named = "kafka.outage", matches = "true")
class KafkaOutageTest {

    private static final Path KAFKA_SCRIPT = Path.of("..", "scripts", "kafka.sh").toAbsolutePath().normalize();

    @Test
    void changesSucceedWhileKafkaIsDownAndEveryEventArrivesOnceInOrderAfterwards() throws Exception {
        List<Long> taskIds = new ArrayList<>();
        try (TaskEventsTopic topic = TaskEventsTopic.fromNow()) {
            try {
                kafka("down");
                await().atMost(Duration.ofSeconds(30)).until(() -> !brokerAnswers());

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
            } finally {
                kafka("up");
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

    private static boolean brokerAnswers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 9092), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void kafka(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(KAFKA_SCRIPT.toString(), command).inheritIO().start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroy();
            throw new IllegalStateException("scripts/kafka.sh " + command + " did not finish in 180 s");
        }
        assertThat(process.exitValue()).as("scripts/kafka.sh " + command).isZero();
    }
}
