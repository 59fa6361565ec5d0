package vn.hungyen.snv.evaluation.event;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * The {@code task-events} failure strategy: a message that can never be applied
 * ({@link TaskEventConsumer.PoisonEventException}) goes to the dead-letter topic and the stream goes on; any
 * other failure (database down, shutting down) stops the channel without acknowledging, so the event is read
 * again after a restart instead of being lost in the dead-letter topic. Readiness reports the stop.
 */
@ApplicationScoped
@Identifier(PoisonOnlyFailureHandler.NAME)
public class PoisonOnlyFailureHandler implements KafkaFailureHandler.Factory {

    /** The value of {@code failure-strategy} that selects this handler. */
    public static final String NAME = "poison-to-dead-letter";

    private final KafkaFailureHandler.Factory deadLetter;
    private final KafkaFailureHandler.Factory fail;

    PoisonOnlyFailureHandler(@Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE) KafkaFailureHandler.Factory deadLetter,
            @Identifier(KafkaFailureHandler.Strategy.FAIL) KafkaFailureHandler.Factory fail) {
        this.deadLetter = deadLetter;
        this.fail = fail;
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
            KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler toDeadLetter = deadLetter.create(config, vertx, consumer, reportFailure);
        KafkaFailureHandler stop = fail.create(config, vertx, consumer, reportFailure);
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                return reason instanceof TaskEventConsumer.PoisonEventException
                        ? toDeadLetter.handle(record, reason, metadata)
                        : stop.handle(record, reason, metadata);
            }

            @Override
            public void terminate() {
                toDeadLetter.terminate();
                stop.terminate();
            }
        };
    }
}
