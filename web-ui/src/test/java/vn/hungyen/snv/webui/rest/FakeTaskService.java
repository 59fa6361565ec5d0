package vn.hungyen.snv.webui.rest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small real HTTP stand-in for task-service, so the pages are tested over real HTTP with the
 * real REST client. It serves three tasks of officer.cchc.1 and records what it receives.
 */
public class FakeTaskService implements QuarkusTestResourceLifecycleManager {

    /** Requests received: "METHOD path | Authorization | body". */
    public static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    /** Task 13 is done: reporting it again is refused with this detail. */
    public static final String REFUSAL = "Nhiệm vụ đã hoàn thành, không thể báo cáo lại.";

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/tasks", this::handle);
        server.start();
        return Map.of("quarkus.rest-client.task.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        RECEIVED.add(exchange.getRequestMethod() + " " + path + " | "
                + exchange.getRequestHeaders().getFirst("Authorization") + " | " + body);
        if (path.equals("/api/tasks")) {
            reply(exchange, 200, "application/json", "{\"items\":[" + task(11, "ON_TRACK", 30) + ","
                    + task(12, "OVERDUE", -3) + "," + task(13, "DUE_SOON", 2) + "],\"total\":3}");
        } else if (path.endsWith("/submissions")) {
            if (path.contains("/13/")) {
                reply(exchange, 409, "application/problem+json",
                        "{\"status\":409,\"code\":\"task-final\",\"detail\":\"" + REFUSAL + "\"}");
            } else {
                reply(exchange, 201, "application/json", "{}");
            }
        } else {
            long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
            if (id == 404) {
                reply(exchange, 404, "application/problem+json", "{\"status\":404,\"detail\":\"Không tìm thấy nhiệm vụ 404.\"}");
            } else {
                reply(exchange, 200, "application/json", task(id, "ON_TRACK", 10));
            }
        }
    }

    private static String task(long id, String timeliness, int dueInDays) {
        return """
                {"id":%d,"title":"Nhiệm vụ thử %d","unitCode":"CCHC","assigneeId":49,"assignedBy":"head.cchc",
                 "dueDate":"%s","status":"ASSIGNED","timeliness":"%s","version":0,
                 "history":[{"at":"2024-03-01T02:00:00Z","actor":"head.cchc","action":"ASSIGNED","detail":"Giao cho CCHC"}]}
                """.formatted(id, id, LocalDate.now().plusDays(dueInDays), timeliness);
    }

    private static void reply(HttpExchange exchange, int status, String type, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
