package vn.hungyen.snv.common.testing;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The management interface of the {@code @QuarkusTest} application (health and metrics, docs/operations.md): a port
 * of its own, free in tests ({@code quarkus.management.test-port=0}), never the API's.
 */
public final class Management {

    private Management() {
    }

    /** The URL of {@code path} (e.g. {@code /q/metrics}) on the management port the application listens on. */
    public static String url(String path) {
        int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        return "http://127.0.0.1:" + port + path;
    }
}
