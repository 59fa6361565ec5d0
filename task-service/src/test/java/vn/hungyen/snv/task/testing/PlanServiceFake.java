package vn.hungyen.snv.task.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import vn.hungyen.snv.common.organisation.DemoOrganisation;
import vn.hungyen.snv.common.security.Claims;

/**
 * A small real HTTP server standing in for plan-service: {@code GET /api/units} and
 * {@code GET /api/officers?unit=} from the demo organisations, and {@code GET /api/plan-items/{id}}
 * for the catalogue items of {@link CatalogueItems} (and its grouping items), the plan of {@link ReportPlan} and
 * {@code GET /api/organisations/{code}}. Like plan-service it answers within the organisation of the
 * caller whose token task-service passes on: another organisation's units and officers are left out, and its items
 * are 404 (the system administrator, of none, sees none). {@code POST /fake/down} makes it answer 503
 * until {@code POST /fake/up}, so that tests can reach task-service's outage path.
 */
public class PlanServiceFake implements QuarkusTestResourceLifecycleManager {

    private final ObjectMapper json = new ObjectMapper();
    private final DemoOrganisation organisations = DemoOrganisation.load();
    private final AtomicBoolean down = new AtomicBoolean();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the plan-service fake", e);
        }
        server.createContext("/api/units", exchange -> answer(exchange, callersOrganisation(exchange).units()
                .stream().map(u -> Map.of("organisationCode", u.organisationCode(), "code", u.code(), "name",
                        u.name(), "headUsername", u.headUsername(), "supervisorUsername", u.supervisorUsername()))
                .toList()));
        server.createContext("/api/officers", exchange -> {
            String unit = unitParameter(exchange.getRequestURI().getRawQuery());
            answer(exchange, callersOrganisation(exchange).officers().stream()
                    .filter(o -> unit == null || unit.equals(o.unitCode()))
                    .map(PlanServiceFake::officer).toList());
        });
        server.createContext("/api/plan-items/", exchange -> {
            String id = exchange.getRequestURI().getPath().substring("/api/plan-items/".length());
            Map<String, Object> item = CatalogueItems.byId().get(id);
            String organisation = callersOrganisationCode(exchange);
            if (item == null && organisation != null && id.matches("\\d{1,9}")
                    && CatalogueItems.isGrouping(Long.parseLong(id))) {
                item = CatalogueItems.grouping(Long.parseLong(id), organisation);
            }
            if (item != null && !item.get("organisationCode").equals(organisation)) {
                item = null;
            }
            if (item == null && !down.get()) {
                send(exchange, 404, "{\"status\":404,\"code\":\"not-found\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            answer(exchange, item);
        });
        server.createContext("/api/plans/", exchange -> {
            String[] path = exchange.getRequestURI().getPath().substring("/api/plans/".length()).split("/");
            boolean reportPlan = ReportPlan.CODE.equals(path[0]) || String.valueOf(ReportPlan.ID).equals(path[0]);
            if (!reportPlan || !DemoOrganisation.DEPARTMENT.equals(callersOrganisationCode(exchange))) {
                send(exchange, 404, "{\"status\":404,\"code\":\"not-found\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            answer(exchange, path.length > 1 ? ReportPlan.itemPage() : ReportPlan.plan());
        });
        server.createContext("/api/organisations/", exchange -> {
            String code = exchange.getRequestURI().getPath().substring("/api/organisations/".length());
            answer(exchange, organisations.organisations().stream().filter(o -> o.code().equals(code))
                    .map(o -> Map.of("code", o.code(), "name", o.name())).findFirst().orElseThrow());
        });
        server.createContext("/fake/down", exchange -> switchTo(exchange, true));
        server.createContext("/fake/up", exchange -> switchTo(exchange, false));
        server.start();
        return Map.of("quarkus.rest-client.plan.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** The organisation claim of the token task-service passed on; null without one (the system administrator). */
    private String callersOrganisationCode(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        String payload = authorization.substring("Bearer ".length()).split("\\.")[1];
        return json.readTree(Base64.getUrlDecoder().decode(payload)).path(Claims.ORGANISATION).asText(null);
    }

    private DemoOrganisation callersOrganisation(HttpExchange exchange) throws IOException {
        return organisations.of(callersOrganisationCode(exchange));
    }

    private static Map<String, Object> officer(DemoOrganisation.Officer o) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", o.id());
        view.put("organisationCode", o.organisationCode());
        view.put("username", o.username());
        view.put("fullName", o.fullName());
        view.put("unitCode", o.unitCode());
        view.put("position", o.position());
        return view;
    }

    private void answer(HttpExchange exchange, Object body) throws IOException {
        if (down.get()) {
            send(exchange, 503, "{\"status\":503}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        send(exchange, 200, json.writeValueAsBytes(body));
    }

    private void switchTo(HttpExchange exchange, boolean isDown) throws IOException {
        down.set(isDown);
        send(exchange, 200, "{}".getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String unitParameter(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts[0].equals("unit") && parts.length == 2 && !parts[1].isEmpty()) {
                return parts[1];
            }
        }
        return null;
    }
}
