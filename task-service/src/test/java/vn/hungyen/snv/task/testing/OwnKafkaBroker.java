package vn.hungyen.snv.task.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A Kafka broker of the test's own: the same broker {@code scripts/kafka.sh} runs, on free ports with its data in
 * {@code .data/kafka-<port>}, so that a test may stop and start it while the shared broker on 9092 (and a running
 * {@code ./run.sh}) goes on. The application under test is pointed at it ({@code kafka.bootstrap.servers}); the
 * test reads the port from {@link #PORT} and stops and starts it with {@link #kafka}. Deleted again at the end.
 */
public class OwnKafkaBroker implements QuarkusTestResourceLifecycleManager {

    /** The configuration key holding the broker's port, for the test. */
    public static final String PORT = "test.own-kafka.port";
    private static final String CONTROLLER_PORT = "test.own-kafka.controller-port";
    private static final Path SCRIPT = Path.of("..", "scripts", "kafka.sh").toAbsolutePath().normalize();

    private int port;
    private int controllerPort;

    @Override
    public Map<String, String> start() {
        port = freePort();
        controllerPort = freePort();
        kafka("up", port, controllerPort);
        return Map.of("kafka.bootstrap.servers", "127.0.0.1:" + port, PORT, String.valueOf(port), CONTROLLER_PORT,
                String.valueOf(controllerPort));
    }

    @Override
    public void stop() {
        kafka("clean", port, controllerPort);
    }

    /** Runs {@code scripts/kafka.sh command} (up, down) against the broker of the running test. */
    public static void kafka(String command) {
        var config = ConfigProvider.getConfig();
        kafka(command, config.getValue(PORT, Integer.class), config.getValue(CONTROLLER_PORT, Integer.class));
    }

    /** The bootstrap address of the running test's broker. */
    public static String bootstrapServers() {
        return "127.0.0.1:" + ConfigProvider.getConfig().getValue(PORT, Integer.class);
    }

    /** Whether the running test's broker accepts connections. */
    public static boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", ConfigProvider.getConfig().getValue(PORT, Integer.class)),
                    500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void kafka(String command, int port, int controllerPort) {
        try {
            ProcessBuilder builder = new ProcessBuilder(SCRIPT.toString(), command).inheritIO();
            builder.environment().put("KAFKA_PORT", String.valueOf(port));
            builder.environment().put("KAFKA_CONTROLLER_PORT", String.valueOf(controllerPort));
            Process process = builder.start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("scripts/kafka.sh " + command + " did not finish in 10 minutes");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("scripts/kafka.sh " + command + " failed: " + process.exitValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
