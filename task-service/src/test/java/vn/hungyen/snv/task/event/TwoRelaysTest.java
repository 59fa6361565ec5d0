package vn.hungyen.snv.task.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.task.repository.OutboxEvent;
import vn.hungyen.snv.task.testing.PlanServiceFake;
import vn.hungyen.snv.task.testing.TaskEventsTopic;

/**
 * Several relays at once (as with several instances: the listener's own plus three more threads relaying in a loop)
 * while events are being written: every event reaches Kafka once, each task's in the order it was written, and
 * every row ends marked published. The events belong to the organisation "ZZ", due in 2999, so that no consumer of
 * the shared topic counts them anywhere.
 */
@QuarkusTest
@WithTestResource(PlanServiceFake.class)
class TwoRelaysTest {

    private static final int TASKS = 20;
    private static final int EVENTS_PER_TASK = 15;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxWriter outbox;

    @Test
    void relaysRunningAtOnceSendEveryEventOnceInOrderPerTask() throws Exception {
        long firstTask = ThreadLocalRandom.current().nextLong(9_000_000_000L, 9_100_000_000L);
        List<Long> tasks = new ArrayList<>();
        for (int t = 0; t < TASKS; t++) {
            tasks.add(firstTask + t);
        }
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try (TaskEventsTopic topic = TaskEventsTopic.fromNow()) {
            List<Future<?>> relays = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                relays.add(threads.submit(() -> {
                    while (writing.get()) {
                        relay.relayAll();
                    }
                    relay.relayAll();
                    return null;
                }));
            }
            Future<?> writer = threads.submit(() -> {
                for (int sequence = 1; sequence <= EVENTS_PER_TASK; sequence++) {
                    for (long taskId : tasks) {
                        TaskEvent event = event(taskId, sequence);
                        QuarkusTransaction.requiringNew().run(() -> outbox.write(event));
                    }
                }
                writing.set(false);
                return null;
            });
            writer.get();
            for (Future<?> r : relays) {
                r.get();
            }

            List<UUID> written = tasks.stream().flatMap(id -> eventIds(id).stream()).toList();
            assertThat(written).hasSize(TASKS * EVENTS_PER_TASK);
            List<ConsumerRecord<String, String>> records = topic.awaitEvents(written, Duration.ofSeconds(120));
            // anything sent twice would arrive within the same wait: give a late copy a moment to show up
            Thread.sleep(1000);
            List<ConsumerRecord<String, String>> all = topic.awaitEvents(written, Duration.ofSeconds(5));

            Map<String, Long> copies = all.stream()
                    .collect(Collectors.groupingBy(TaskEventsTopic::eventId, Collectors.counting()));
            assertThat(copies).hasSize(written.size()).allSatisfy((id, count) -> assertThat(count).isEqualTo(1L));
            for (long taskId : tasks) {
                assertThat(records.stream().filter(r -> r.key().equals(String.valueOf(taskId)))
                        .map(TaskEventsTopic::eventId).map(UUID::fromString).toList())
                        .as("events of task %d in the order they were written", taskId)
                        .containsExactlyElementsOf(eventIds(taskId));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(
                    () -> OutboxEvent.count("taskId in ?1 and publishedAt is null", tasks)) == 0);
        } finally {
            threads.shutdownNow();
        }
    }

    private static TaskEvent event(long taskId, int sequence) {
        return TaskEvent.builder().eventId(UUID.randomUUID())
                .type(sequence == 1 ? TaskEvent.Type.ASSIGNED : TaskEvent.Type.DUE_DATE_CHANGED)
                .occurredAt(Instant.now()).sequence(sequence).taskId(taskId).organisationCode("ZZ").unitCode("ZZ")
                .assigneeId(1L).dueDate(LocalDate.of(2999, 1, sequence)).previousDueDate(LocalDate.of(2999, 1, 1))
                .weight(BigDecimal.ONE).title("Sự kiện thử relay").actor("test").build();
    }

    private static List<UUID> eventIds(long taskId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list("taskId = ?1 order by id",
                taskId).stream().map(e -> e.eventId).toList());
    }
}
