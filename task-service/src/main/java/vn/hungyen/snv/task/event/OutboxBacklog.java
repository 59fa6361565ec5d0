package vn.hungyen.snv.task.event;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The outbox as operations see it: how many events wait for the relay and how long the oldest has waited. While
 * Kafka is away the API keeps working and the backlog grows, so it is data of the readiness check {@code outbox}
 * (UP whenever the database answers: readiness follows what the service can do) and the metrics
 * {@code snv_outbox_backlog} and {@code snv_outbox_oldest_age_seconds} on /q/metrics, to alert on.
 */
@Readiness
@ApplicationScoped
public class OutboxBacklog implements HealthCheck {

    /** The events not yet acknowledged by Kafka and the time the oldest of them was written (null when none). */
    public record Backlog(long events, Instant oldest) {

        /** Whole seconds the oldest waiting event has waited; 0 when nothing waits. */
        public long oldestAgeSeconds(Instant now) {
            return oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toSeconds());
        }
    }

    private final EntityManager entityManager;
    private final Clock clock;

    OutboxBacklog(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    void registerMetrics(@Observes StartupEvent started, MeterRegistry registry) {
        Gauge.builder("snv.outbox.backlog", this, outbox -> outbox.backlog().events())
                .description("Task events written but not yet acknowledged by Kafka").register(registry);
        Gauge.builder("snv.outbox.oldest.age", this, outbox -> outbox.backlog().oldestAgeSeconds(clock.instant()))
                .baseUnit("seconds").description("How long the oldest event waiting in the outbox has waited")
                .register(registry);
    }

    /** The outbox now (the partial index on unpublished rows keeps it cheap). */
    @Transactional
    @ActivateRequestContext
    public Backlog backlog() {
        Object[] row = entityManager.createQuery(
                "select count(o), min(o.createdAt) from OutboxEvent o where o.publishedAt is null", Object[].class)
                .getSingleResult();
        return new Backlog(((Number) row[0]).longValue(), (Instant) row[1]);
    }

    @Override
    public HealthCheckResponse call() {
        try {
            Backlog backlog = backlog();
            return HealthCheckResponse.named("outbox").up().withData("backlog", backlog.events())
                    .withData("oldestAgeSeconds", backlog.oldestAgeSeconds(clock.instant())).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("outbox").down().withData("error", "the outbox cannot be read").build();
        }
    }
}
