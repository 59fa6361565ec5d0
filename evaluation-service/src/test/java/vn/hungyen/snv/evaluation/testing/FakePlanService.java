package vn.hungyen.snv.evaluation.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import vn.hungyen.snv.common.organisation.DemoOrganisation;

/**
 * A real HTTP stand-in for plan-service's directory ({@code GET /api/units}, {@code GET /api/officers})
 * serving the demo organisation; it answers 401 without a bearer token, so header propagation is tested.
 */
public class FakePlanService implements QuarkusTestResourceLifecycleManager {

    /** Authorization headers received, newest last. */
    public static final ConcurrentLinkedQueue<String> AUTHORIZATIONS = new ConcurrentLinkedQueue<>();

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        DemoOrganisation organisation = DemoOrganisation.load();
        ObjectMapper json = new ObjectMapper();
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/units", exchange -> answer(exchange, json, organisation.units()));
        server.createContext("/api/officers", exchange -> answer(exchange, json, organisation.officers()));
        server.start();
        return Map.of("quarkus.rest-client.plan.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void answer(HttpExchange exchange, ObjectMapper json, List<?> body) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        byte[] bytes;
        int status;
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            status = 401;
            bytes = new byte[0];
        } else {
            AUTHORIZATIONS.add(authorization);
            status = 200;
            bytes = json.writeValueAsBytes(body);
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
