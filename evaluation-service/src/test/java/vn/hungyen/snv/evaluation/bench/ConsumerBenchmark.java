package vn.hungyen.snv.evaluation.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.evaluation.testing.TaskEvents;

/**
 * How fast evaluation-service applies task events from a backlog. {@code publish TOPIC N} writes N events (per task
 * TaskAssigned, TaskSubmitted, TaskReviewed; key = task id, like task-service's relay) to a benchmark topic, before
 * the service subscribes; {@code await N JDBC_URL} waits until the service, started on an empty database and
 * subscribed to that topic, has stored all of them, and prints the span from the first to the last stored event
 * ({@code received_at}), the rate, and how many tasks ended in the state of their newest event. bench.sh runs both.
 */
public final class ConsumerBenchmark {

    private ConsumerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "publish" -> {
                long start = System.nanoTime();
                int sent = publish(args[1], Integer.parseInt(args[2]));
                System.out.printf("published %,d events to %s in %d ms%n", sent, args[1],
                        (System.nanoTime() - start) / 1_000_000);
            }
            case "await" -> await(Integer.parseInt(args[1]), args[2]);
            default -> throw new IllegalArgumentException("publish TOPIC N | await N JDBC_URL");
        }
    }

    private static void await(int expected, String jdbcUrl) throws SQLException, InterruptedException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "evaluation", "evaluation")) {
            long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
            long count;
            while ((count = stored(db)) < expected) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("only " + count + " of " + expected + " stored after 30 minutes");
                }
                System.out.printf("stored %,d%n", count);
                Thread.sleep(1_000);
            }
            try (Statement statement = db.createStatement();
                    ResultSet span = statement.executeQuery("""
                            select min(received_at), max(received_at), count(*),
                                (select count(*) from task_fact),
                                (select count(*) from task_fact where sequence = 3 and last_type = 'TaskReviewed')
                            from task_event""")) {
                span.next();
                Instant first = span.getTimestamp(1).toInstant();
                Instant last = span.getTimestamp(2).toInstant();
                double seconds = Math.max(Duration.between(first, last).toMillis(), 1) / 1000.0;
                System.out.printf("stored %,d events from %s to %s: %.1f s, %,.0f events/s%n", span.getLong(3), first,
                        last, seconds, span.getLong(3) / seconds);
                System.out.printf("tasks %,d, of which %,d in the state of their newest event%n", span.getLong(4),
                        span.getLong(5));
                // one line for bench.sh
                System.out.printf(Locale.ROOT, "CONSUMER events=%d seconds=%.3f rate=%.0f tasks=%d newest=%d%n",
                        span.getLong(3), seconds, span.getLong(3) / seconds, span.getLong(4), span.getLong(5));
            }
        }
    }

    /** Whole tasks of three events each, keyed by task id like task-service's relay; returns how many were sent. */
    private static int publish(String topic, int events) throws JsonProcessingException {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        YearMonth month = YearMonth.of(1799, 1);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 50,
                ProducerConfig.BATCH_SIZE_CONFIG, 262_144,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            int sent = 0;
            for (int task = 0; sent + 3 <= events; task++) {
                TaskEvent assigned = TaskEvents.assigned(TaskEvents.newTaskId(), "CCHC", 49L,
                        month.atDay(1 + task % 28)).build();
                for (TaskEvent event : List.of(assigned, TaskEvents.submitted(assigned, 2, assigned.dueDate()),
                        TaskEvents.reviewed(assigned, 3, assigned.dueDate(), "ACCEPTED", false))) {
                    producer.send(new ProducerRecord<>(topic, String.valueOf(event.taskId()),
                            json.writeValueAsString(event)));
                    sent++;
                }
            }
            producer.flush();
            return sent;
        }
    }

    private static long stored(Connection db) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet count = statement.executeQuery("select count(*) from task_event")) {
            count.next();
            return count.getLong(1);
        }
    }
}
