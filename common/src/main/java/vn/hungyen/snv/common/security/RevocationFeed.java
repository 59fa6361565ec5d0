package vn.hungyen.snv.common.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Carries revocations between the service instances on a Kafka topic ({@code app.security.revocations-topic}): web-ui
 * publishes them, and every instance of every service reads the whole topic into its {@link RevocationList}, without
 * a consumer group (each instance needs every record). At start it reads up to the end before it serves (bounded by
 * {@code app.security.revocations-catch-up}); after that a thread follows the topic. Records are kept on the topic
 * for two token lifetimes.
 *
 * <p>With the broker down, an instance keeps the revocations it has and learns the new ones once the broker is back;
 * web-ui, which publishes, applies its own revocations at once.
 */
@ApplicationScoped
public class RevocationFeed {

    private static final Logger LOG = Logger.getLogger(RevocationFeed.class);
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    private final RevocationList list = new RevocationList();
    private final String topic;
    private final Object bootstrapServers;
    private final Duration catchUp;
    private final Duration retention;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile Producer<String, String> producer;
    private volatile boolean running;
    private Thread follower;

    RevocationFeed(@Identifier("default-kafka-broker") Map<String, Object> kafka,
            @ConfigProperty(name = "app.security.revocations-topic", defaultValue = "access-revocations") String topic,
            @ConfigProperty(name = "app.security.revocations-catch-up", defaultValue = "10s") Duration catchUp,
            @ConfigProperty(name = "app.auth.token-lifetime", defaultValue = "PT8H") Duration tokenLifetime) {
        this.bootstrapServers = kafka.get("bootstrap.servers");
        this.topic = topic;
        this.catchUp = catchUp;
        this.retention = tokenLifetime.multipliedBy(2);
    }

    /** Whether the verified token has been ended since it was issued (see {@link RevocationList#isRevoked}). */
    public boolean isRevoked(JsonWebToken token) {
        return list.isRevoked(token.getTokenID(), token.getName(), Instant.ofEpochSecond(token.getIssuedAtTime()));
    }

    /** Whether a token of the account issued at {@code issuedAt} would be void. */
    public boolean isAccountRevokedAt(String username, Instant issuedAt) {
        return list.isRevoked(null, username, issuedAt);
    }

    /** Publishes a revocation for every instance, and applies it here at once. */
    public void publish(Revocation revocation) {
        list.add(revocation);
        try {
            producer().send(new ProducerRecord<>(topic, revocation.subject(), JSON.writeValueAsString(revocation)),
                    (metadata, error) -> {
                        if (error != null) {
                            LOG.errorf(error, "Could not publish the revocation of %s %s: other instances accept it "
                                    + "until it expires", revocation.kind(), revocation.subject());
                        }
                    });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            LOG.errorf("Could not publish the revocation of %s %s (%s): other instances accept it until it expires",
                    revocation.kind(), revocation.subject(), e.toString());
        }
    }

    void start(@Observes StartupEvent start) {
        createTopicIfMissing();
        consumer = new KafkaConsumer<>(consumerConfig());
        running = true;
        try {
            catchUp();
        } catch (RuntimeException e) {
            LOG.warnf("Could not read the revocations at start (%s); following the topic from now on", e.toString());
        }
        follower = new Thread(this::follow, "revocation-feed");
        follower.setDaemon(true);
        follower.start();
    }

    void stop(@Observes ShutdownEvent stop) {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (follower != null) {
            try {
                follower.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
        }
    }

    /** Reads the topic from its beginning up to its current end. */
    private void catchUp() {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, catchUp).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, catchUp);
        Instant deadline = Instant.now().plus(catchUp);
        int read = 0;
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && Instant.now().isBefore(deadline)) {
            read += apply(consumer.poll(Duration.ofMillis(200)));
        }
        LOG.infof("Read %d revocations from %s; %d in force", read, topic, list.prune(Instant.now()));
    }

    private void follow() {
        Instant nextPrune = Instant.now().plus(Duration.ofMinutes(10));
        while (running) {
            try {
                if (consumer.assignment().isEmpty()) {
                    catchUp();
                }
                apply(consumer.poll(Duration.ofSeconds(1)));
                if (Instant.now().isAfter(nextPrune)) {
                    list.prune(Instant.now());
                    nextPrune = Instant.now().plus(Duration.ofMinutes(10));
                }
            } catch (WakeupException e) {
                break;
            } catch (RuntimeException e) {
                LOG.warnf("Revocation feed: %s; retrying", e.toString());
                sleep();
            }
        }
        consumer.close(Duration.ofSeconds(2));
    }

    private int apply(Iterable<ConsumerRecord<String, String>> records) {
        int count = 0;
        for (ConsumerRecord<String, String> record : records) {
            try {
                list.add(JSON.readValue(record.value(), Revocation.class));
                count++;
            } catch (JsonProcessingException | RuntimeException e) {
                LOG.warnf("Skipped an unreadable revocation at %s-%d@%d: %s", record.topic(), record.partition(),
                        record.offset(), e.getMessage());
            }
        }
        return count;
    }

    private void createTopicIfMissing() {
        Properties config = new Properties();
        config.put("bootstrap.servers", bootstrapServers);
        config.put("request.timeout.ms", (int) catchUp.toMillis());
        config.put("default.api.timeout.ms", (int) catchUp.toMillis());
        try (Admin admin = Admin.create(config)) {
            NewTopic newTopic = new NewTopic(topic, Optional.of(1), Optional.empty())
                    .configs(Map.of("retention.ms", String.valueOf(retention.toMillis())));
            admin.createTopics(Set.of(newTopic)).all().get(catchUp.toMillis(), TimeUnit.MILLISECONDS);
            LOG.infof("Created the topic %s", topic);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                LOG.warnf("Could not create the topic %s: %s", topic, e.getCause());
            }
        } catch (Exception e) {
            LOG.warnf("Could not create the topic %s: %s", topic, e.toString());
        }
    }

    private Properties consumerConfig() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return config;
    }

    private synchronized Producer<String, String> producer() {
        if (producer == null) {
            Properties config = new Properties();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 2000);
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            producer = new KafkaProducer<>(config);
        }
        return producer;
    }

    private static void sleep() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
