package vn.hungyen.snv.evaluation.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.evaluation.service.TaskFactService;
import vn.hungyen.snv.evaluation.testing.FakePlanService;
import vn.hungyen.snv.evaluation.testing.TaskEvents;

/**
 * Two consumers in one consumer group (the channel's {@code partitions=2}: two Kafka clients, the way two instances
 * of the service share the topic) split the partitions between them; every event is still stored once and every
 * task ends in the state of its newest event.
 */
@QuarkusTest
@TestProfile(TwoConsumersTest.TwoConsumers.class)
@QuarkusTestResource(FakePlanService.class)
class TwoConsumersTest {

    public static class TwoConsumers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.incoming.task-events.partitions", "2");
        }
    }

    private static final LocalDate DUE = LocalDate.of(2993, 4, 15);

    @Inject
    ObjectMapper json;

    @Inject
    TaskFactService facts;

    @Inject
    KafkaClientService kafka;

    @Test
    void twoConsumersOfOneGroupShareThePartitionsAndApplyEveryEventOnce() {
        List<KafkaConsumer<Object, Object>> consumers = kafka.getConsumers("task-events");
        assertThat(consumers).hasSize(2);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (KafkaConsumer<Object, Object> consumer : consumers) {
                Set<TopicPartition> assigned = consumer.getAssignments().await().atMost(Duration.ofSeconds(10));
                assertThat(assigned).as("each consumer holds partitions").isNotEmpty();
            }
        });

        List<TaskEvent> sent = new ArrayList<>();
        List<Long> tasks = new ArrayList<>();
        for (int t = 0; t < 60; t++) {
            TaskEvent assigned = TaskEvents.assigned(TaskEvents.newTaskId(), "CCHC", 49L, DUE.plusDays(t % 10)).build();
            tasks.add(assigned.taskId());
            sent.add(assigned);
            sent.add(TaskEvents.submitted(assigned, 2, DUE));
            sent.add(TaskEvents.reviewed(assigned, 3, DUE, "ACCEPTED", false));
            sent.add(assigned);
        }
        try (TaskEvents events = new TaskEvents(json)) {
            events.sendAll(sent);
        }

        for (long taskId : tasks) {
            TaskFactService.TaskHistory history = await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> QuarkusTransaction.requiringNew().call(() -> facts.task(taskId)),
                            // the fact and the events are two statements: wait for both, or a batch committed
                            // between them shows three events beside the fact of the first
                            h -> h.isPresent() && h.get().fact().sequence >= 3 && h.get().events().size() >= 3)
                    .orElseThrow();
            assertThat(history.events()).extracting(e -> e.sequence).containsExactly(1L, 2L, 3L);
            assertThat(history.fact().lastType).isEqualTo(TaskEvent.Type.REVIEWED);
            assertThat(history.fact().sequence).isEqualTo(3);
        }
    }
}
