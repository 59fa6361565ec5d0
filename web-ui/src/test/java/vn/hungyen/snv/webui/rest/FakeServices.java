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
 * A small real HTTP stand-in for task-service and plan-service, so the pages are tested over real
 * HTTP with the real REST clients. It serves tasks 11, 12, 13 (assigned), 14 (submitted) and the
 * CCHC officers, refuses a report of task 13, and records what it receives.
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {

    /** Requests received: "METHOD path | Authorization | body". */
    public static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    /** Task 13 is done: reporting it again is refused with this detail. */
    public static final String REFUSAL = "Nhiệm vụ đã hoàn thành, không thể báo cáo lại.";

    private static final String OFFICERS = """
            [{"id":48,"username":"head.cchc","fullName":"Nguyễn Văn Trưởng","unitCode":"CCHC","position":"Trưởng phòng"},
             {"id":49,"username":"officer.cchc.1","fullName":"Mai Minh Khánh","unitCode":"CCHC","position":"Chuyên viên"}]
            """;

    private static final String PLANS = """
            [{"id":1,"code":"KH-SNV-2024","version":1,"title":"Kế hoạch công tác ngành Nội vụ năm 2024","year":2024,
              "status":"PUBLISHED","itemCount":196}]""";
    private static final String ITEMS = """
            {"items":[{"id":7,"number":87,"field":"Cải cách hành chính","content":"Xây dựng Kế hoạch cải cách hành chính năm 2024",
              "leadUnit":"CCHC","coordinatingUnits":["VP"],"deadline":{"kind":"QUARTER","label":"Quý","text":"Quý I/2024",
              "dueDate":"2024-03-31"},"product":"Kế hoạch","target":null,"source":"004_38b8e90ea4ed07a7.txt:300"}],
             "page":0,"size":25,"total":30}""";

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/tasks", this::tasks);
        server.createContext("/api/officers", exchange -> {
            record(exchange);
            reply(exchange, 200, "application/json", OFFICERS);
        });
        server.createContext("/api/units", exchange -> {
            record(exchange);
            reply(exchange, 200, "application/json", """
                    [{"code":"CCHC","name":"Phòng Cải cách hành chính"},{"code":"VP","name":"Văn phòng Sở"}]""");
        });
        server.createContext("/api/plans", exchange -> {
            record(exchange);
            reply(exchange, 200, "application/json", exchange.getRequestURI().getPath().endsWith("/items") ? ITEMS : PLANS);
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("quarkus.rest-client.task.url", url, "quarkus.rest-client.plan.url", url);
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    private void tasks(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        boolean post = exchange.getRequestMethod().equals("POST");
        record(exchange);
        if (path.equals("/api/tasks") && post) {
            reply(exchange, 201, "application/json", task(21, "ASSIGNED", "ON_TRACK", 5));
        } else if (path.equals("/api/tasks")) {
            reply(exchange, 200, "application/json", "{\"items\":[" + task(11, "ASSIGNED", "ON_TRACK", 30) + ","
                    + task(12, "ASSIGNED", "OVERDUE", -3) + "," + task(13, "ASSIGNED", "DUE_SOON", 2)
                    + "],\"total\":3}");
        } else if (path.endsWith("/reviews")) {
            reply(exchange, 201, "application/json", "{}");
        } else if (path.endsWith("/submissions") && path.contains("/13/")) {
            reply(exchange, 409, "application/problem+json",
                    "{\"status\":409,\"code\":\"task-final\",\"detail\":\"" + REFUSAL + "\"}");
        } else if (path.endsWith("/submissions")) {
            reply(exchange, 201, "application/json", "{}");
        } else {
            long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
            if (id == 404) {
                reply(exchange, 404, "application/problem+json",
                        "{\"status\":404,\"detail\":\"Không tìm thấy nhiệm vụ 404.\"}");
            } else {
                reply(exchange, 200, "application/json", task(id, id == 14 ? "SUBMITTED" : "ASSIGNED", "ON_TRACK", 10));
            }
        }
    }

    private static void record(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String query = exchange.getRequestURI().getRawQuery();
        RECEIVED.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath()
                + (query == null || !exchange.getRequestURI().getPath().endsWith("/items") ? "" : "?" + query) + " | "
                + exchange.getRequestHeaders().getFirst("Authorization") + " | " + body);
    }

    private static String task(long id, String status, String timeliness, int dueInDays) {
        String submissions = "SUBMITTED".equals(status) ? """
                [{"id":5,"submittedAt":"2024-03-10T03:00:00Z","documentNumber":"88/BC-CCHC",
                  "issuedOn":"2024-03-10","summary":"Báo cáo tiến độ CCHC","link":null}]""" : "[]";
        return """
                {"id":%d,"title":"Nhiệm vụ thử %d","unitCode":"CCHC","assigneeId":49,"assignedBy":"head.cchc",
                 "dueDate":"%s","status":"%s","timeliness":"%s","version":3,
                 "history":[{"at":"2024-03-01T02:00:00Z","actor":"head.cchc","action":"ASSIGNED","detail":"Giao cho CCHC"}],
                 "submissions":%s}
                """.formatted(id, id, LocalDate.now().plusDays(dueInDays), status, timeliness, submissions);
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
