package vn.hungyen.snv.task.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import vn.hungyen.snv.common.event.TaskEvent;

/**
 * Publishes outbox rows to {@code task-events} in id order, keyed by task id, a batch per transaction: the batch is
 * sent at once, and the rows Kafka acknowledged (a prefix of the batch) are marked published in one statement. One
 * relay runs at a time across all instances (a PostgreSQL advisory lock held for the batch's transaction), so the
 * order of one task's events is kept; another relay finding the lock taken does nothing. While Kafka is down rows
 * stay in the outbox and go out when it is back. {@link OutboxListener} wakes it when events are written.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x534e5631L;

    private final EntityManager entityManager;
    private final Producer<String, String> producer;
    private final int batchSize;
    private final String topic;

    /** @param topic {@code task-events}; another name only keeps benchmark runs away from the consumers */
    OutboxRelay(EntityManager entityManager, Producer<String, String> producer,
            @ConfigProperty(name = "app.outbox.batch-size", defaultValue = "1000") int batchSize,
            @ConfigProperty(name = "app.outbox.topic", defaultValue = TaskEvent.TOPIC) String topic) {
        this.entityManager = entityManager;
        this.producer = producer;
        this.batchSize = batchSize;
        this.topic = topic;
    }

    /**
     * Connects the producer and fetches the topic's metadata ahead of the first event, so that the first batch after a
     * start does not wait for them in the outbox (they took the first events' wait to 3 s). While Kafka is away it
     * gives up after the producer's max.block.ms; the first batch then connects.
     */
    public void connect() {
        try {
            producer.partitionsFor(topic);
        } catch (RuntimeException e) {
            LOG.warnf("Outbox: Kafka is not reachable yet (%s)", e.getMessage());
        }
    }

    /** Relays batches until the outbox is empty, Kafka stops acknowledging, or another relay holds the lock. */
    public void relayAll() {
        while (relayBatch() == batchSize) {
            LOG.debugf("Outbox: full batch relayed, continuing");
        }
    }

    /** Relays one batch; returns how many rows were published. */
    @Transactional
    public int relayBatch() {
        boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", RELAY_LOCK).getSingleResult();
        if (!locked) {
            return 0;
        }
        List<Object[]> pending = entityManager.createQuery("""
                select o.id, o.eventId, o.taskId, o.type, o.payload from OutboxEvent o
                where o.publishedAt is null order by o.id""", Object[].class).setMaxResults(batchSize).getResultList();
        if (pending.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> sent = new ArrayList<>(pending.size());
        try {
            // Fails fast while the broker is away, so that no later event of the batch can overtake an earlier one
            // whose send gave up waiting for the topic's metadata.
            producer.partitionsFor(topic);
            for (Object[] row : pending) {
                ProducerRecord<String, String> record = new ProducerRecord<>(topic, String.valueOf(row[2]),
                        (String) row[4]);
                record.headers().add("eventId", ((UUID) row[1]).toString().getBytes(StandardCharsets.UTF_8));
                record.headers().add("type", ((String) row[3]).getBytes(StandardCharsets.UTF_8));
                sent.add(producer.send(record));
            }
            producer.flush();
        } catch (RuntimeException e) {
            LOG.warnf("Outbox: Kafka is not reachable (%s); %d events wait", e.getMessage(), pending.size());
        }
        List<Long> published = new ArrayList<>(sent.size());
        for (Future<RecordMetadata> future : sent) {
            if (!acknowledged(future)) {
                break;
            }
            published.add((Long) pending.get(published.size())[0]);
        }
        if (!published.isEmpty()) {
            markPublished(published.stream().mapToLong(Long::longValue).toArray());
        }
        return published.size();
    }

    /** One statement whatever the batch's size: the ids go as one binary array, not a parameter each. */
    private void markPublished(long[] ids) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "update outbox_event set published_at = ? where id = any(?)")) {
                update.setObject(1, Instant.now().atOffset(ZoneOffset.UTC));
                update.setObject(2, ids);
                update.executeUpdate();
            }
        });
    }

    private static boolean acknowledged(Future<RecordMetadata> future) {
        try {
            future.get(10, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf("Outbox: an event was not acknowledged (%s); it will be sent again", e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
