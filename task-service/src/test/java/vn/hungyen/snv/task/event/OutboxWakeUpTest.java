package vn.hungyen.snv.task.event;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.snv.task.testing.Api.submitAsOfficerCchc1;
import static vn.hungyen.snv.task.testing.Api.taskForOfficerCchc1;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.task.testing.Api;
import vn.hungyen.snv.task.testing.PlanServiceFake;
import vn.hungyen.snv.task.testing.TaskEventsTopic;

/**
 * The relay is woken by the commit of the transaction that wrote the events, inside task-service (no PostgreSQL
 * NOTIFY, migration V13): with its fallback interval at ten minutes, events still reach Kafka within seconds.
 */
@QuarkusTest
@TestProfile(OutboxWakeUpTest.LongInterval.class)
@WithTestResource(PlanServiceFake.class)
class OutboxWakeUpTest {

    /** The relay's own schedule far beyond the test's wait: only a wake-up can publish in time. */
    public static class LongInterval implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("app.outbox.interval", "10m");
        }
    }

    @Test
    void eachCommitWakesTheRelay() {
        try (TaskEventsTopic topic = TaskEventsTopic.fromNow()) {
            long id = taskForOfficerCchc1("Sự kiện gửi ngay khi ghi xong");
            List<UUID> assigned = Api.outboxEventIds(id);
            assertThat(topic.awaitEvents(assigned, Duration.ofSeconds(15))).hasSize(1);

            submitAsOfficerCchc1(id);
            List<UUID> both = Api.outboxEventIds(id);
            assertThat(both).hasSize(2);
            List<ConsumerRecord<String, String>> records = topic.awaitEvents(both, Duration.ofSeconds(15));
            assertThat(records).extracting(TaskEventsTopic::eventId)
                    .containsExactlyElementsOf(both.stream().map(UUID::toString).toList());
        }
    }
}
