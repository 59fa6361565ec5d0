package vn.hungyen.snv.evaluation.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.common.testing.TestTokens;
import vn.hungyen.snv.evaluation.testing.FakePlanService;
import vn.hungyen.snv.evaluation.testing.TaskEvents;

/**
 * A restart in the middle of a month whose offsets were not committed (issue "Done" criterion).
 *
 * <p>What it simulates: the service applies the first part of a month's events and then restarts before its
 * consumer group committed their offsets, so Kafka hands it everything again from the offsets it had before
 * that first part. The test records the end offsets of the consumer's assigned {@code task-events} partitions
 * before sending, sends the first part through the real broker and waits until it is applied, then seeks the
 * running consumer (SmallRye's {@link KafkaClientService}) back to the recorded offsets — what a restart with
 * uncommitted offsets does — and sends the second part and one duplicate event. The consumer thus receives the
 * first part a second time through Kafka, interleaved with new events.
 *
 * <p>Checked: the consumer really fetched the records again (the Kafka client's {@code records-consumed-total}
 * for the topic grew by at least every record sent, the first part counted twice; without the seek it grows by
 * 13, not 22); every event id is stored exactly once; and the officers' a/b/c/K/S equal the values
 * computed by hand from scoring-hy540 §2–§3, the same as without the restart.
 */
@QuarkusTest
@QuarkusTestResource(FakePlanService.class)
class ConsumerRestartTest {

    private static final YearMonth MAY = TaskEvents.unusedYear().atMonth(5);
    private static final long KHANH = 49;
    private static final long THAO = 50;

    @Inject
    ObjectMapper json;

    @Inject
    KafkaClientService kafka;

    /**
     * officer.cchc.1 (49): T1 due 10/05 done 09/05; T2 due 12/05 done 15/05 (1 late event).
     * officer.cchc.2 (50): T3 due 20/05 returned for a major error on 18/05, resubmitted and accepted 22/05
     * (1 return, 1 late event); T4 due 25/05 never done. The first part ends after T3's return.
     */
    @Test
    void aRestartWithUncommittedOffsetsReceivesTheFirstPartAgainAndChangesNothing() {
        KafkaConsumer<String, String> consumer = kafka.getConsumer("task-events");
        Map<TopicPartition, Long> beforeFirstPart = endOffsetsOfAssignedPartitions(consumer);
        long consumedBefore = recordsConsumed(consumer);

        TaskEvent t1 = TaskEvents.assigned(TaskEvents.newTaskId(), "CCHC", KHANH, day(10)).build();
        TaskEvent t2 = TaskEvents.assigned(TaskEvents.newTaskId(), "CCHC", KHANH, day(12)).build();
        TaskEvent t3 = TaskEvents.assigned(TaskEvents.newTaskId(), "CCHC", THAO, day(20)).build();
        TaskEvent t4 = TaskEvents.assigned(TaskEvents.newTaskId(), "CCHC", THAO, day(25)).build();
        TaskEvent t2Accepted = TaskEvents.reviewed(t2, 3, day(15), "ACCEPTED", false);
        List<TaskEvent> firstPart = List.of(
                t1, TaskEvents.submitted(t1, 2, day(9)), TaskEvents.reviewed(t1, 3, day(9), "ACCEPTED", false),
                t2, TaskEvents.submitted(t2, 2, day(15)), t2Accepted,
                t3, TaskEvents.submitted(t3, 2, day(18)), TaskEvents.reviewed(t3, 3, day(18), "RETURNED", true));
        List<TaskEvent> secondPart = List.of(
                TaskEvents.submitted(t3, 4, day(22)), TaskEvents.reviewed(t3, 5, day(22), "ACCEPTED", false),
                t4, t2Accepted);

        try (TaskEvents events = new TaskEvents(json)) {
            events.sendAll(firstPart);
            TaskEvents.awaitStored(t1.taskId(), 3);
            TaskEvents.awaitStored(t2.taskId(), 3);
            TaskEvents.awaitStored(t3.taskId(), 3);

            beforeFirstPart.forEach((partition, offset) -> consumer.seek(partition, offset).await()
                    .atMost(Duration.ofSeconds(10)));

            events.sendAll(secondPart);
            TaskEvents.awaitStored(t3.taskId(), 5);
            TaskEvents.awaitStored(t4.taskId(), 1);
        }
        // the first part was fetched twice: before and after the seek
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(recordsConsumed(consumer) - consumedBefore)
                        .isGreaterThanOrEqualTo(2L * firstPart.size() + secondPart.size()));

        Set<UUID> sent = Stream.concat(firstPart.stream(), secondPart.stream()).map(TaskEvent::eventId)
                .collect(Collectors.toSet());
        List<UUID> stored = List.of(t1, t2, t3, t4).stream()
                .flatMap(t -> fact(t.taskId()).getList("events.eventId", String.class).stream())
                .map(UUID::fromString)
                .toList();
        assertThat(stored).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(sent).hasSize(12);

        // 49: T1 {done}, T2 {done, late 1}: a = b = 100, c = (1 + 0.75)/2 = 87.50,
        // K = 0.7 × 287.5/3 = 67.0833…, G = 0 (no self-assessment yet): S = 67.08
        JsonPath khanh = officer(KHANH);
        assertThat(khanh.getDouble("quantity")).isEqualTo(100.0);
        assertThat(khanh.getDouble("quality")).isEqualTo(100.0);
        assertThat(khanh.getDouble("timeliness")).isEqualTo(87.5);
        assertThat(khanh.getDouble("taskScore")).isCloseTo(67.0833, offset(0.0001));
        assertThat(khanh.getDouble("total")).isEqualTo(67.08);
        // 50: T3 {done, late 1, ret 1}, T4 {F}: a = 50, b = c = 0.75/2 = 37.50,
        // K = 0.7 × 125/3 = 29.1666…: S = 29.17
        JsonPath thao = officer(THAO);
        assertThat(thao.getDouble("quantity")).isEqualTo(50.0);
        assertThat(thao.getDouble("quality")).isEqualTo(37.5);
        assertThat(thao.getDouble("timeliness")).isEqualTo(37.5);
        assertThat(thao.getDouble("taskScore")).isCloseTo(29.1667, offset(0.0001));
        assertThat(thao.getDouble("total")).isEqualTo(29.17);
        assertThat(thao.getList("products.qualityReturns", Integer.class)).containsExactlyInAnyOrder(1, 0);
        assertThat(thao.getList("products.lateEvents", Integer.class)).containsExactlyInAnyOrder(1, 0);
    }

    /** The end offsets of the partitions assigned to the running consumer, once it has some. */
    private static Map<TopicPartition, Long> endOffsetsOfAssignedPartitions(KafkaConsumer<String, String> consumer) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> consumer.runOnPollingThread((Consumer<String, String> c) -> c.endOffsets(c.assignment()))
                        .await().atMost(Duration.ofSeconds(10)), offsets -> !offsets.isEmpty());
    }

    /** The Kafka client's own count of {@code task-events} records this consumer has fetched. */
    private static long recordsConsumed(KafkaConsumer<String, String> consumer) {
        return consumer.runOnPollingThread((Consumer<String, String> c) -> c.metrics().entrySet().stream()
                        .filter(m -> "records-consumed-total".equals(m.getKey().name())
                                && "consumer-fetch-manager-metrics".equals(m.getKey().group())
                                && "task-events".equals(m.getKey().tags().get("topic")))
                        .mapToLong(m -> ((Number) m.getValue().metricValue()).longValue())
                        .sum())
                .await().atMost(Duration.ofSeconds(10));
    }

    private static JsonPath fact(long taskId) {
        return given().header("Authorization", TestTokens.bearer("admin")).get("/api/facts/tasks/{taskId}", taskId)
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath officer(long officerId) {
        return given().header("Authorization", TestTokens.bearer("director"))
                .get("/api/evaluations/" + MAY + "/officers/" + officerId).then().statusCode(200).extract().jsonPath();
    }

    private static LocalDate day(int dayOfMonth) {
        return MAY.atDay(dayOfMonth);
    }
}
