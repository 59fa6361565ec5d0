package vn.hungyen.snv.task.testing;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import vn.hungyen.snv.common.event.TaskEvent;

/**
 * Reads the real {@code task-events} topic from the moment it is opened, with a fresh consumer
 * group, so that a test sees only what happens after it starts.
 */
public final class TaskEventsTopic implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> received = new ArrayList<>();

    private TaskEventsTopic(KafkaConsumer<String, String> consumer) {
        this.consumer = consumer;
    }

    public static TaskEventsTopic fromNow() {
        return fromNow("127.0.0.1:9092");
    }

    /** The topic on another broker than the shared one. */
    public static TaskEventsTopic fromNow(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "task-service-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config);
        List<TopicPartition> partitions = consumer.partitionsFor(TaskEvent.TOPIC, Duration.ofSeconds(10)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return new TaskEventsTopic(consumer);
    }

    /** Waits until every one of the events has arrived; returns their records in arrival order. */
    public List<ConsumerRecord<String, String>> awaitEvents(Collection<UUID> eventIds, Duration timeout) {
        List<String> wanted = eventIds.stream().map(UUID::toString).toList();
        await().atMost(timeout).pollInterval(Duration.ofMillis(200)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(received::add);
            return wanted.stream().allMatch(id -> received.stream().anyMatch(r -> eventId(r).equals(id)));
        });
        return received.stream().filter(r -> wanted.contains(eventId(r))).toList();
    }

    /** The eventId header task-service puts on every record. */
    public static String eventId(ConsumerRecord<String, String> record) {
        var header = record.headers().lastHeader("eventId");
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
