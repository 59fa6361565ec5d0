package vn.hungyen.snv.task.event;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs the relay when events are written: {@link OutboxWriter} announces every outbox row, and the announcement
 * reaches this listener when (and only if) the row's transaction commits; a thread of its own then relays at once. It
 * also relays every {@code app.outbox.interval} (default 1 s) without one, which covers events left by a failed send,
 * another instance's relay holding the lock, and rows written by another instance whose own relay is busy. Commits
 * arriving while a relay runs are one wake-up: the next pass takes all their rows.
 *
 * <p>No PostgreSQL {@code NOTIFY}: the database serialises the commits of notifying transactions (migration V13).
 */
@ApplicationScoped
public class OutboxListener {

    private static final Logger LOG = Logger.getLogger(OutboxListener.class);

    private final OutboxRelay relay;
    private final Duration interval;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    OutboxListener(OutboxRelay relay,
            @ConfigProperty(name = "app.outbox.interval", defaultValue = "1s") Duration interval) {
        this.relay = relay;
        this.interval = interval;
    }

    void start(@Observes StartupEvent started) {
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(Duration.ofSeconds(10).toMillis());
    }

    /** An outbox row was committed: the relay runs now rather than at its next interval. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWriter.Written written) {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    private void run() {
        relay.connect();
        while (running) {
            try {
                relay.relayAll();
                // returns at the first commit since the last pass, or after the interval
                if (wakeUp.tryAcquire(interval.toMillis(), TimeUnit.MILLISECONDS)) {
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warnf("Outbox: relaying failed (%s); trying again in %s", e.getMessage(), interval);
                    pause();
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(interval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
