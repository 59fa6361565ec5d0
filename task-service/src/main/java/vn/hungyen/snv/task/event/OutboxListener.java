package vn.hungyen.snv.task.event;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Runs the relay when events are written: a thread of its own keeps a dedicated database connection listening on
 * the channel {@code outbox_event} (notified at the commit of every transaction that writes outbox rows, by the
 * trigger of migration V9) and relays as soon as a notification arrives; it also relays every
 * {@code app.outbox.interval} (default 1 s) without one, which covers a lost connection, events left by a failed
 * send, and another instance's relay holding the lock. When the connection breaks it opens a new one.
 */
@ApplicationScoped
public class OutboxListener {

    private static final Logger LOG = Logger.getLogger(OutboxListener.class);
    private static final String CHANNEL = "outbox_event";

    private final OutboxRelay relay;
    private final String url;
    private final String username;
    private final String password;
    private final Duration interval;
    private volatile boolean running;
    private Thread thread;

    OutboxListener(OutboxRelay relay, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String username,
            @ConfigProperty(name = "quarkus.datasource.password") String password,
            @ConfigProperty(name = "app.outbox.interval", defaultValue = "1s") Duration interval) {
        this.relay = relay;
        this.url = url;
        this.username = username;
        this.password = password;
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

    private void run() {
        Connection listening = null;
        relay.connect();
        while (running) {
            try {
                if (listening == null) {
                    listening = listen();
                }
                relay.relayAll();
                // returns at the first notification, or empty after the interval
                listening.unwrap(PGConnection.class).getNotifications((int) interval.toMillis());
            } catch (SQLException e) {
                LOG.warnf("Outbox: the listening connection failed (%s); relaying every %s until it is back",
                        e.getMessage(), interval);
                close(listening);
                listening = null;
                pause();
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warnf("Outbox: relaying failed (%s); trying again in %s", e.getMessage(), interval);
                    pause();
                }
            }
        }
        close(listening);
    }

    private Connection listen() throws SQLException {
        Connection connection = DriverManager.getConnection(url, username, password);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
        }
        return connection;
    }

    private void pause() {
        try {
            Thread.sleep(interval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void close(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debugf("Outbox: closing the listening connection: %s", e.getMessage());
        }
    }
}
