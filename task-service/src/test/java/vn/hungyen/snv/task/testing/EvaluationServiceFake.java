package vn.hungyen.snv.task.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import vn.hungyen.snv.common.organisation.DemoOrganisation;
import vn.hungyen.snv.common.security.Claims;

/**
 * A small real HTTP server standing in for evaluation-service's {@code GET /api/evaluations/{month}/officers}: the
 * caller's organisation's officers with a unit, rated {@link #level} and published in January–June 2024
 * ({@link #PUBLISHED_FROM}–{@link #PUBLISHED_TO}), awaiting their self-assessment in every other month.
 */
public class EvaluationServiceFake implements QuarkusTestResourceLifecycleManager {

    public static final YearMonth PUBLISHED_FROM = YearMonth.of(2024, 1);
    public static final YearMonth PUBLISHED_TO = YearMonth.of(2024, 6);
    private static final List<String> LEVELS = List.of("HTXSNV", "HTTNV", "HTNV", "KHTNV");

    private final ObjectMapper json = new ObjectMapper();
    private final DemoOrganisation organisations = DemoOrganisation.load();
    private HttpServer server;

    /** The level the fake gives the officer every month. */
    public static String level(long officerId) {
        return LEVELS.get((int) (officerId % LEVELS.size()));
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the evaluation-service fake", e);
        }
        server.createContext("/api/evaluations/", exchange -> {
            YearMonth month = YearMonth.parse(exchange.getRequestURI().getPath().split("/")[3]);
            boolean published = !month.isBefore(PUBLISHED_FROM) && !month.isAfter(PUBLISHED_TO);
            List<Map<String, Object>> officers = organisations.of(organisation(exchange)).officers().stream()
                    .filter(o -> o.unitCode() != null)
                    .map(o -> Map.<String, Object>of("officerId", o.id(), "unitCode", o.unitCode(), "level",
                            level(o.id()), "status", published ? "PUBLISHED" : "AWAITING_SELF_ASSESSMENT"))
                    .toList();
            byte[] body = json.writeValueAsBytes(officers);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return Map.of("quarkus.rest-client.evaluation.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private String organisation(HttpExchange exchange) throws IOException {
        String payload = exchange.getRequestHeaders().getFirst("Authorization").substring("Bearer ".length())
                .split("\\.")[1];
        return json.readTree(Base64.getUrlDecoder().decode(payload)).path(Claims.ORGANISATION).asText(null);
    }
}
