package vn.hungyen.snv.task.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.hungyen.snv.common.organisation.DemoOrganisation;
import vn.hungyen.snv.common.security.Claims;

/**
 * A small real HTTP server standing in for evaluation-service's {@code GET /api/evaluations/{month}/officers}: the
 * caller's organisation's officers with a unit, rated {@link #level} and published in January–June 2024
 * ({@link #PUBLISHED_FROM}–{@link #PUBLISHED_TO}), awaiting their self-assessment in every other month; and its
 * {@code GET /api/evaluations/{month}/pending-steps} (see {@link #pendingSteps}).
 */
public class EvaluationServiceFake implements QuarkusTestResourceLifecycleManager {

    public static final YearMonth PUBLISHED_FROM = YearMonth.of(2024, 1);
    public static final YearMonth PUBLISHED_TO = YearMonth.of(2024, 6);
    /** The month with pending steps. */
    public static final YearMonth STEPS_MONTH = YearMonth.of(2027, 3);
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
            String[] path = exchange.getRequestURI().getPath().split("/");
            YearMonth month = YearMonth.parse(path[3]);
            if (path.length > 4 && "pending-steps".equals(path[4])) {
                pendingSteps(exchange, month);
                return;
            }
            boolean published = !month.isBefore(PUBLISHED_FROM) && !month.isAfter(PUBLISHED_TO);
            List<Map<String, Object>> officers = organisations.of(organisation(exchange)).officers().stream()
                    .filter(o -> o.unitCode() != null)
                    .map(o -> Map.<String, Object>of("officerId", o.id(), "unitCode", o.unitCode(), "level",
                            level(o.id()), "status", published ? "PUBLISHED" : "AWAITING_SELF_ASSESSMENT"))
                    .toList();
            send(exchange, 200, officers);
        });
        server.start();
        return Map.of("quarkus.rest-client.evaluation.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    /**
     * {@code GET /api/evaluations/{month}/pending-steps}, answered only to task-service's own identity (role service):
     * in the Department's {@link #STEPS_MONTH}, officer.vp.1's self-assessment reminded from 02/04/2027, head.vp's
     * review from 06/04 and the Director's publication from 09/04; nothing in any other month or organisation.
     */
    private void pendingSteps(HttpExchange exchange, YearMonth month) throws IOException {
        JsonNode token = token(exchange);
        if (!"task-service".equals(token.path("upn").asText()) || !token.path("groups").toString().contains(
                "\"service\"")) {
            send(exchange, 403, List.of());
            return;
        }
        boolean department = DemoOrganisation.DEPARTMENT.equals(token.path(Claims.ORGANISATION).asText(null));
        List<Map<String, Object>> steps = new ArrayList<>();
        if (department && month.equals(STEPS_MONTH)) {
            steps.add(step("SELF_ASSESSMENT", organisations.officer("officer.vp.1").id(), null, "2027-04-02",
                    "Đồng chí chưa tự đánh giá kết quả tháng 3/2027; hạn tự đánh giá là ngày 05/04/2027."));
            steps.add(step("REVIEW", null, "head.vp", "2027-04-06",
                    "Còn 1 cán bộ chờ đồng chí xem xét kết quả tháng 3/2027; hạn xem xét là ngày 07/04/2027."));
            steps.add(step("PUBLICATION", null, "director", "2027-04-09",
                    "Kết quả đánh giá tháng 3/2027 chưa được công bố; hạn công bố là ngày 12/04/2027."));
        }
        send(exchange, 200, steps);
    }

    private static Map<String, Object> step(String step, Long officerId, String username, String remindFrom,
            String message) {
        Map<String, Object> body = new HashMap<>();
        body.put("step", step);
        body.put("officerId", officerId);
        body.put("username", username);
        body.put("remindFrom", remindFrom);
        body.put("message", message);
        return body;
    }

    private void send(HttpExchange exchange, int status, Object answer) throws IOException {
        byte[] body = json.writeValueAsBytes(answer);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private String organisation(HttpExchange exchange) throws IOException {
        return token(exchange).path(Claims.ORGANISATION).asText(null);
    }

    /** The claims of the request's bearer token. */
    private JsonNode token(HttpExchange exchange) throws IOException {
        String payload = exchange.getRequestHeaders().getFirst("Authorization").substring("Bearer ".length())
                .split("\\.")[1];
        return json.readTree(Base64.getUrlDecoder().decode(payload));
    }
}
