package vn.hungyen.snv.system;

import static io.restassured.RestAssured.given;
import static vn.hungyen.snv.system.RunningSystem.BASE;
import static vn.hungyen.snv.system.RunningSystem.PLAN;
import static vn.hungyen.snv.system.RunningSystem.TASKS;
import static vn.hungyen.snv.system.RunningSystem.cachedToken;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

/**
 * Bad input on every operation of the four APIs. The operations are read from the services' own OpenAPI documents
 * ({@code GET /q/openapi?format=json}); for each one a valid-looking request is built from its parameters and
 * request schema (every property filled with a plausible value of the demo), then one aspect of it is corrupted
 * at a time (see {@link Kind}). Every such request must be refused the way docs/contract.md ("Errors") says: a 4xx,
 * never a 5xx, with an {@code application/problem+json} body whose {@code detail} is a Vietnamese sentence — and
 * nothing may be written: the row counts of every table of the four databases are equal before and after each
 * operation's batch. The pages of web-ui (paths outside {@code /api/}) are not an API and are left out.
 *
 * <p>The requests go through {@link RawHttp} (plain sockets), since an ordinary client refuses to send a target
 * with {@code %ZZ} or a body that does not match its content type. Every operation is one dynamic test, which
 * lists every refused-wrongly request of that operation; the numbers of requests per kind are printed at the end.
 */
class RobustnessIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate TODAY = LocalDate.now(ZONE);
    private static final String MONTH = YearMonth.now(ZONE).toString();
    private static final long UNKNOWN_ID = 987_654_321L;
    private static final String UNKNOWN_CODE = "KHONG-TON-TAI";
    private static final String LONG_STRING = "ả".repeat(100_000);
    /** Larger than any body the services accept (Quarkus' default limit is 10 MiB). */
    private static final int HUGE_BODY_BYTES = 12 * 1024 * 1024;
    private static final Pattern VIETNAMESE = Pattern.compile("[À-ỹ]");

    /**
     * Tables whose row count may change whatever the request: web-ui's sign-in throttle counts every failed sign-in
     * ({@code /api/auth/token} and {@code /api/auth/password} with a wrong password are refused by design and
     * counted; the requests come from {@link RawHttp}'s own loopback address, so the other tests are never
     * throttled).
     */
    private static final Set<String> CHANGING_ON_ANY_REQUEST = Set.of("webui.login_throttle");

    /** One way of corrupting a request. */
    enum Kind {
        BROKEN_JSON, REPEATED_KEY, NUMBER_FOR_STRING, STRING_FOR_NUMBER, NUMBER_FOR_DATE, CONTROL_CHARACTERS,
        LONE_SURROGATE, LONG_STRING, DATE_10000, DATE_1900, UNKNOWN_ID_IN_BODY, UNKNOWN_ID_IN_PATH,
        TEXT_PLAIN_BODY, FORM_BODY, NUL_IN_PATH, BAD_ENCODING_IN_PATH, NUL_IN_QUERY, BAD_ENCODING_IN_QUERY, HUGE_BODY
    }

    private record Service(String name, int port) {
    }

    private record Operation(Service service, String method, String path, JsonNode spec, JsonNode components) {

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path + " (" + service.name + ")";
        }
    }

    private record Probe(Kind kind, String what, String target, String contentType, byte[] body) {
    }

    private static final Map<Kind, AtomicInteger> SENT = new TreeMap<>();
    private static final Map<String, Long> IDS = new LinkedHashMap<>();
    private static final AtomicInteger CODES = new AtomicInteger();
    private static final List<Long> SCRATCH_TASKS = new ArrayList<>();
    private static DatabaseCounts databases;
    /** Events the task-service wrote that evaluation-service does not hold when the suite starts (normally 0). */
    private static long eventsNotReceived;

    @BeforeAll
    static void connect() throws Exception {
        databases = new DatabaseCounts(CHANGING_ON_ANY_REQUEST);
        Map<String, Long> start = quiet(counts -> true); // evaluation-service has applied what was published
        eventsNotReceived = start.get("task.outbox_event") - start.get("evaluation.task_event");
        for (Kind kind : Kind.values()) {
            SENT.put(kind, new AtomicInteger());
        }
        // Ids of the demo the plausible requests name (the BTG unit, which no other system test works in).
        IDS.put("officer", officerId("BTG", "officer.btg.1"));
        IDS.put("myHaoOfficer", 221L); // officer.ttvh.myhao.2 (demo/officers.csv)
        IDS.put("planItem", given().auth().oauth2(cachedToken("admin")).get(PLAN + "/api/plans/KH-SNV-2024/items/1")
                .then().statusCode(200).extract().jsonPath().getLong("id"));
        IDS.put("plan", given().auth().oauth2(cachedToken("admin")).get(PLAN + "/api/plans/KH-SNV-2024")
                .then().statusCode(200).extract().jsonPath().getLong("id"));
    }

    @AfterAll
    static void report() throws Exception {
        int total = SENT.values().stream().mapToInt(AtomicInteger::get).sum();
        StringBuilder summary = new StringBuilder("RobustnessIT: bad requests sent per kind\n");
        SENT.forEach((kind, count) -> summary.append(String.format("  %-22s %6d%n", kind, count.get())));
        summary.append(String.format("  %-22s %6d%n", "TOTAL", total));
        System.out.print(summary);
        if (databases != null) {
            databases.close();
        }
        // The tasks made for the operations leave the month's products again (refused when already closed).
        for (long task : SCRATCH_TASKS) {
            given().auth().oauth2(cachedToken("head.btg")).contentType(ContentType.JSON)
                    .body(Map.of("reason", "Kiểm thử đầu vào xong")).post(TASKS + "/api/tasks/" + task + "/cancel");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesBadInputWithAProblemAndWritesNothing() {
        List<Operation> operations = new ArrayList<>();
        for (Service service : List.of(new Service("web-ui", BASE), new Service("plan-service", BASE + 1),
                new Service("task-service", BASE + 2), new Service("evaluation-service", BASE + 3))) {
            JsonNode document = given().get("http://127.0.0.1:" + service.port + "/q/openapi?format=json").then()
                    .statusCode(200).extract().as(JsonNode.class);
            document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                if (path.getKey().startsWith("/api/")
                        && Set.of("get", "post", "put", "delete", "patch").contains(op.getKey())) {
                    operations.add(new Operation(service, op.getKey(), path.getKey(), op.getValue(),
                            document.path("components")));
                }
            }));
        }
        return operations.stream().map(op -> DynamicTest.dynamicTest(op.toString(), () -> check(op)));
    }

    private static void check(Operation op) throws Exception {
        String caller = caller(op);
        Map<String, String> pathValues = pathValues(op, caller);
        List<Probe> probes = probes(op, pathValues);
        Map<String, Long> before = settled();
        List<String> failures = new ArrayList<>();
        for (Probe probe : probes) {
            Map<String, String> headers = new LinkedHashMap<>();
            if (caller != null) {
                headers.put("Authorization", "Bearer " + cachedToken(caller));
            }
            if (probe.contentType != null) {
                headers.put("Content-Type", probe.contentType);
            }
            SENT.get(probe.kind).incrementAndGet();
            RawHttp.Response response;
            try {
                response = RawHttp.send(op.service.port, op.method.toUpperCase(), probe.target, headers, probe.body);
            } catch (java.io.IOException e) {
                failures.add(probe.kind + " [" + probe.what + "] → no answer: " + e.getMessage());
                continue;
            }
            String problem = isDryRun(op) && reportsAProblem(response) ? null
                    : isUndecodableTarget(probe.kind) ? undecodableTargetProblem(response)
                    : problemWithAnswer(response);
            if (problem != null) {
                failures.add(probe.kind + " [" + probe.what + "] → " + response.status() + " "
                        + response.header("content-type") + ": " + problem + " — " + excerpt(response.body()));
            }
        }
        List<String> written = DatabaseCounts.differences(before, databases.snapshot());
        if (!written.isEmpty()) {
            failures.add("rows written by refused requests: " + written);
        }
        if (!failures.isEmpty()) {
            throw new AssertionFailedError(op + " as " + (caller == null ? "anonymous" : caller) + ": "
                    + failures.size() + " of " + probes.size() + " bad requests not refused properly:\n  "
                    + String.join("\n  ", failures));
        }
    }

    /**
     * A dry run (bulk assignment, catalogue import: {@code dryRun} defaults to true, docs/contract.md) answers 200
     * with a report; bad input is refused properly when the report names a problem.
     */
    private static boolean isDryRun(Operation op) {
        return queryParameters(op).containsKey("dryRun");
    }

    private static boolean reportsAProblem(RawHttp.Response response) {
        try {
            JsonNode report = JSON.readTree(response.body());
            return response.status() == 200
                    && (report.path("problemRowCount").asInt() > 0 || report.path("problemCount").asInt() > 0);
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * The row counts once the system is quiet: the task events of earlier requests published (no unpublished
     * outbox row) and applied by evaluation-service (as many received events as at the start), so that their
     * late writes are not taken for this operation's.
     */
    private static Map<String, Long> settled() throws Exception {
        return quiet(counts -> counts.get("task.outbox_event") - counts.get("evaluation.task_event")
                == eventsNotReceived);
    }

    /**
     * The row counts once two readings 300 ms apart agree, no outbox row waits to be published and {@code ready}
     * holds; the last reading after 30 s otherwise.
     */
    private static Map<String, Long> quiet(Predicate<Map<String, Long>> ready) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        Map<String, Long> last = databases.snapshot();
        while (System.nanoTime() < deadline) {
            Thread.sleep(300);
            Map<String, Long> now = databases.snapshot();
            if (now.equals(last) && databases.unpublishedEvents() == 0 && ready.test(now)) {
                return now;
            }
            last = now;
        }
        return last;
    }

    /**
     * A target with an escape that does not decode ({@code %ZZ}) is refused by the HTTP server itself (Vert.x's
     * request decoder), before any application code runs: a bare 400, documented in docs/contract.md ("Input
     * rules") and docs/security.md. It must still be a 400 and change nothing.
     */
    private static boolean isUndecodableTarget(Kind kind) {
        return kind == Kind.BAD_ENCODING_IN_PATH || kind == Kind.BAD_ENCODING_IN_QUERY;
    }

    private static String undecodableTargetProblem(RawHttp.Response response) {
        return response.status() == 400 ? null : "expected 400 from the HTTP server";
    }

    /** What is wrong with the answer to a bad request, or null when it is a proper problem. */
    private static String problemWithAnswer(RawHttp.Response response) {
        if (response.status() < 400 || response.status() > 499) {
            return "expected a 4xx";
        }
        String type = response.header("content-type");
        if (type == null || !type.startsWith("application/problem+json")) {
            return "expected Content-Type application/problem+json";
        }
        try {
            String detail = JSON.readTree(response.body()).path("detail").asText("");
            if (detail.isBlank()) {
                return "expected a non-empty detail";
            }
            if (!VIETNAMESE.matcher(detail).find()) {
                return "expected a Vietnamese detail";
            }
        } catch (Exception e) {
            return "expected a JSON body";
        }
        return null;
    }

    private static String excerpt(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 240 ? flat.substring(0, 240) + "…" : flat;
    }

    // ---- who calls which operation -------------------------------------------------------------------------

    /**
     * The demo account that may call the operation, so that the bad input, not the role, is what is refused: the
     * administrator for most; the officer themself, the head reviewing them, the supervising deputy director or the
     * Director where the contract reserves the step to them; Mỹ Hào's administrator for changes to units and
     * officers (so that a wrongly accepted change never touches the Department the other tests work in); nobody
     * for the sign-in endpoints and the open calendar.
     */
    private static String caller(Operation op) {
        String key = op.method + " " + op.path;
        if (key.startsWith("post /api/auth/") || key.startsWith("get /api/calendar")) {
            return null;
        }
        if (key.equals("post /api/organisations")) {
            return "sysadmin";
        }
        if (key.matches("(post|put|delete) /api/(units|officers).*")) {
            return "admin.myhao";
        }
        if (key.matches(".*/(self-assessment|exemptions)") || key.equals("post /api/tasks/{id}/extensions")) {
            return "officer.btg.1";
        }
        if (key.matches("put .*/officers/\\{officerId}/(review|exemptions/\\{exemptionId})")) {
            return "head.btg";
        }
        if (key.matches("put .*/units/\\{unitCode}/review")) {
            return "deputy3";
        }
        if (key.matches("post .*/(publish|adjustments)") && op.service.name.equals("evaluation-service")) {
            return "director";
        }
        return "admin";
    }

    /** A plausible value of each path parameter; the task ids point to a task made for this operation. */
    private static Map<String, String> pathValues(Operation op, String caller) {
        Map<String, String> values = new LinkedHashMap<>();
        for (JsonNode parameter : op.spec.path("parameters")) {
            if (!"path".equals(parameter.path("in").asText())) {
                continue;
            }
            String name = parameter.path("name").asText();
            values.put(name, switch (name) {
                case "planId" -> "KH-SNV-2024";
                case "number" -> "1";
                case "month" -> MONTH;
                case "period" -> "2024";
                case "year" -> "2099";
                case "officerId" -> String.valueOf(IDS.get("officer"));
                case "unitCode" -> "BTG";
                case "username" -> "officer.btg.2";
                case "code" -> op.path.startsWith("/api/units") ? "MH-TTVH" : "MYHAO";
                case "taskId" -> String.valueOf(scratchTask(false).get("task"));
                case "id" -> op.path.startsWith("/api/plan-items") ? String.valueOf(IDS.get("planItem"))
                        : op.path.startsWith("/api/officers") ? String.valueOf(IDS.get("myHaoOfficer"))
                        : op.path.startsWith("/api/tasks/recurring") ? String.valueOf(UNKNOWN_ID)
                        : null; // a task: filled below
                default -> String.valueOf(UNKNOWN_ID); // leaveId, exemptionId: none exists in the demo
            });
        }
        if (values.containsKey("id") && values.get("id") == null) {
            Map<String, Long> task = scratchTask(values.containsKey("extensionId"));
            values.put("id", String.valueOf(task.get("task")));
            if (values.containsKey("extensionId")) {
                values.put("extensionId", String.valueOf(task.get("extension")));
            }
        }
        return values;
    }

    /**
     * A task of BTG assigned by its head to officer.btg.1, due in 30 days; with a pending extension request when
     * asked. Made before the operation's first snapshot, so it is not counted as a write of the bad requests.
     */
    private static Map<String, Long> scratchTask(boolean withExtension) {
        long task = given().auth().oauth2(cachedToken("head.btg")).contentType(ContentType.JSON)
                .body(Map.of("title", "Kiểm thử đầu vào sai " + CODES.incrementAndGet(), "unitCode", "BTG",
                        "assigneeId", IDS.get("officer"), "dueDate", TODAY.plusDays(30).toString()))
                .post(TASKS + "/api/tasks").then().statusCode(201).extract().jsonPath().getLong("id");
        SCRATCH_TASKS.add(task);
        Map<String, Long> ids = new LinkedHashMap<>(Map.of("task", task));
        if (withExtension) {
            ids.put("extension", given().auth().oauth2(cachedToken("officer.btg.1")).contentType(ContentType.JSON)
                    .body(Map.of("requestedDueDate", TODAY.plusDays(60).toString(), "reason", "Chờ số liệu"))
                    .post(TASKS + "/api/tasks/" + task + "/extensions").then().statusCode(201).extract().jsonPath()
                    .getLong("extensions[0].id"));
        }
        return ids;
    }

    private static long officerId(String unit, String username) {
        return given().auth().oauth2(cachedToken("admin")).queryParam("unit", unit).get(PLAN + "/api/officers")
                .then().statusCode(200).extract().jsonPath()
                .getLong("find { it.username == '" + username + "' }.id");
    }

    // ---- the bad requests of one operation ---------------------------------------------------------------

    private static List<Probe> probes(Operation op, Map<String, String> pathValues) {
        List<Probe> probes = new ArrayList<>();
        Map<String, JsonNode> query = queryParameters(op);
        String validQuery = requiredQuery(query);
        String validPath = path(op.path, pathValues);
        JsonNode content = op.spec.path("requestBody").path("content");
        JsonNode jsonSchema = content.has("application/json")
                ? resolve(op, content.get("application/json").path("schema")) : null;
        String validTarget = validPath + validQuery;

        for (String name : pathValues.keySet()) {
            Map<String, String> changed = new LinkedHashMap<>(pathValues);
            changed.put(name, pathValues.get(name).matches("\\d+") ? String.valueOf(UNKNOWN_ID) : UNKNOWN_CODE);
            probes.add(withValidBody(op, jsonSchema, Kind.UNKNOWN_ID_IN_PATH, name,
                    path(op.path, changed) + validQuery));
            changed.put(name, pathValues.get(name) + "%00");
            probes.add(withValidBody(op, jsonSchema, Kind.NUL_IN_PATH, name, path(op.path, changed) + validQuery));
            changed.put(name, pathValues.get(name) + "%ZZ");
            probes.add(withValidBody(op, jsonSchema, Kind.BAD_ENCODING_IN_PATH, name,
                    path(op.path, changed) + validQuery));
        }
        // Every operation gets the query kinds: on its own parameters; one it does not declare gets a bad
        // percent-encoding only (a NUL in a parameter nobody reads is harmless).
        Map<String, JsonNode> queried = query.isEmpty() ? Map.of("x", NODES.objectNode()) : query;
        for (Map.Entry<String, JsonNode> parameter : queried.entrySet()) {
            String value = plausibleQuery(parameter.getKey(), parameter.getValue());
            for (Kind kind : query.isEmpty() ? List.of(Kind.BAD_ENCODING_IN_QUERY)
                    : List.of(Kind.NUL_IN_QUERY, Kind.BAD_ENCODING_IN_QUERY)) {
                String bad = value + (kind == Kind.NUL_IN_QUERY ? "%00" : "%ZZ");
                Map<String, String> others = new LinkedHashMap<>();
                query.forEach((name, schema) -> {
                    if (schema.path("required").asBoolean() && !name.equals(parameter.getKey())) {
                        others.put(name, plausibleQuery(name, schema));
                    }
                });
                others.put(parameter.getKey(), bad);
                probes.add(withValidBody(op, jsonSchema, kind, parameter.getKey(), validPath + "?" + others.entrySet()
                        .stream().map(e -> e.getKey() + "=" + e.getValue()).reduce((a, b) -> a + "&" + b).orElse("")));
            }
        }
        if (!content.isMissingNode() && !content.isEmpty()) {
            probes.addAll(bodyProbes(op, content, jsonSchema, validTarget));
        }
        return probes;
    }

    private static Probe withValidBody(Operation op, JsonNode jsonSchema, Kind kind, String what, String target) {
        if (jsonSchema == null) {
            return new Probe(kind, what, target, null, null);
        }
        return new Probe(kind, what, target, "application/json", bytes(plausible(op, jsonSchema, "body")));
    }

    private static List<Probe> bodyProbes(Operation op, JsonNode content, JsonNode schema, String target) {
        List<Probe> probes = new ArrayList<>();
        byte[] huge = hugeBody();
        if (schema == null) {
            // A file upload (the catalogue import): a huge one, and one that is no spreadsheet at all.
            String type = content.fieldNames().next();
            probes.add(new Probe(Kind.HUGE_BODY, type, target, type, huge));
            probes.add(new Probe(Kind.CONTROL_CHARACTERS, type, target, type,
                    "\u0000\u0001PK\u0003\u0004\u0000\uFFFF".getBytes(StandardCharsets.UTF_8)));
            return probes;
        }
        JsonNode valid = plausible(op, schema, "body");
        String validText = valid.toString();
        probes.add(new Probe(Kind.BROKEN_JSON, "truncated", target, "application/json",
                bytes(validText.substring(0, Math.max(1, validText.length() / 2)))));
        probes.add(new Probe(Kind.TEXT_PLAIN_BODY, "text/plain", target, "text/plain; charset=UTF-8",
                bytes(validText)));
        probes.add(new Probe(Kind.FORM_BODY, "form", target, "application/x-www-form-urlencoded",
                bytes("title=x&reason=y")));
        probes.add(new Probe(Kind.HUGE_BODY, HUGE_BODY_BYTES + " bytes", target, "application/json", huge));

        // The object whose fields are corrupted: the body, or the first element of an array body.
        ObjectNode object = valid.isObject() ? (ObjectNode) valid
                : valid.isArray() && valid.get(0) != null && valid.get(0).isObject() ? (ObjectNode) valid.get(0) : null;
        JsonNode objectSchema = valid.isObject() ? schema : resolve(op, schema.path("items"));
        if (object == null || object.isEmpty()) {
            return probes;
        }
        String first = object.fieldNames().next();
        probes.add(new Probe(Kind.REPEATED_KEY, first, target, "application/json",
                bytes(validText.replaceFirst("\\{", "{" + JSON.valueToTree(first) + ":" + object.get(first) + ","))));
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        objectSchema.path("properties").fields().forEachRemaining(e -> properties.put(e.getKey(), resolve(op, e.getValue())));
        String string = firstOf(properties, s -> "string".equals(s.path("type").asText()) && !isDate(s)
                && !s.has("enum"));
        String number = firstOf(properties, s -> Set.of("integer", "number").contains(s.path("type").asText()));
        String date = firstOf(properties, RobustnessIT::isDate);
        List<String> ids = properties.keySet().stream().filter(n -> n.endsWith("Id")).toList();
        if (string != null) {
            probes.add(corrupted(valid, object, string, NODES.numberNode(12345), Kind.NUMBER_FOR_STRING, target));
            probes.add(corrupted(valid, object, string, NODES.textNode("Báo cáo\u0000\u0001\u001b\u007f kết quả"),
                    Kind.CONTROL_CHARACTERS, target));
            probes.add(new Probe(Kind.LONE_SURROGATE, string, target, "application/json", bytes(with(valid, object,
                    string, NODES.textNode("@SURROGATE@")).replace("@SURROGATE@", "Báo cáo \\ud800 kết quả"))));
            probes.add(corrupted(valid, object, string, NODES.textNode(LONG_STRING), Kind.LONG_STRING, target));
        }
        if (number != null) {
            probes.add(corrupted(valid, object, number, NODES.textNode("mười hai"), Kind.STRING_FOR_NUMBER, target));
        }
        if (date != null) {
            probes.add(corrupted(valid, object, date, NODES.numberNode(20240315), Kind.NUMBER_FOR_DATE, target));
            probes.add(corrupted(valid, object, date, NODES.textNode("10000-01-01"), Kind.DATE_10000, target));
            probes.add(corrupted(valid, object, date, NODES.textNode("1900-01-01"), Kind.DATE_1900, target));
        }
        for (String id : ids) {
            probes.add(corrupted(valid, object, id, NODES.numberNode(UNKNOWN_ID), Kind.UNKNOWN_ID_IN_BODY, target));
        }
        return probes;
    }

    private static Probe corrupted(JsonNode valid, ObjectNode object, String field, JsonNode value, Kind kind,
            String target) {
        return new Probe(kind, field, target, "application/json", bytes(with(valid, object, field, value)));
    }

    /** The valid body as text with one field of its object replaced. */
    private static String with(JsonNode valid, ObjectNode object, String field, JsonNode value) {
        JsonNode old = object.get(field);
        object.set(field, value);
        String text = valid.toString();
        object.set(field, old);
        return text;
    }

    private static String firstOf(Map<String, JsonNode> properties, java.util.function.Predicate<JsonNode> test) {
        return properties.entrySet().stream().filter(e -> !e.getKey().equals("version") && test.test(e.getValue()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private static byte[] hugeBody() {
        byte[] body = new byte[HUGE_BODY_BYTES];
        java.util.Arrays.fill(body, (byte) 'a');
        byte[] start = "{\"title\":\"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, body, 0, start.length);
        body[body.length - 2] = '"';
        body[body.length - 1] = '}';
        return body;
    }

    // ---- plausible values ----------------------------------------------------------------------------------

    /** A plausible value of a schema, for the property {@code name}: every property of an object filled. */
    private static JsonNode plausible(Operation op, JsonNode schema, String name) {
        schema = resolve(op, schema);
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        if (isDate(schema)) {
            return NODES.textNode(TODAY.toString());
        }
        if ("date-time".equals(schema.path("format").asText())) {
            return NODES.textNode(Instant.now().toString());
        }
        switch (schema.path("type").asText()) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    if (!field.getKey().equals("version")) { // no optimistic-lock check: the request is about input
                        object.set(field.getKey(), plausible(op, field.getValue(), field.getKey()));
                    }
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (name.equals("body") || name.equals("roles") || name.equals("entries")) {
                    array.add(name.equals("roles") ? NODES.textNode("officer")
                            : plausible(op, schema.path("items"), "item"));
                }
                return array;
            }
            case "integer" -> {
                return NODES.numberNode((long) switch (name) {
                    case "planItemId" -> IDS.get("planItem");
                    case "assigneeId", "officerId" -> IDS.get("officer");
                    case "fromPlanId" -> IDS.get("plan");
                    case "taskId" -> scratchTask(false).get("task");
                    case "year" -> 2099L;
                    default -> 1L;
                });
            }
            case "number" -> {
                return NODES.numberNode(1.0);
            }
            case "boolean" -> {
                return NODES.booleanNode(false);
            }
            default -> {
                return NODES.textNode(plausibleText(op, name));
            }
        }
    }

    private static String plausibleText(Operation op, String name) {
        boolean myHao = "admin.myhao".equals(caller(op));
        return switch (name) {
            case "unitCode" -> myHao ? "MH-TTVH" : "BTG";
            case "code" -> "MH-RB" + CODES.incrementAndGet();
            case "username" -> "robustness.probe";
            case "organisationCode" -> myHao ? "MYHAO" : "SNV";
            case "password", "currentPassword" -> "khong-dung-mat-khau";
            case "newPassword" -> "MatKhauMoi-2026!";
            case "link" -> "https://hungyen.gov.vn/van-ban/1";
            case "headUsername", "supervisorUsername" -> myHao ? "head.ttvh.myhao" : "head.btg";
            case "mergedInto" -> UNKNOWN_CODE;
            default -> "Báo cáo kết quả thực hiện";
        };
    }

    private static String plausibleQuery(String name, JsonNode schema) {
        String type = schema.path("schema").path("type").asText();
        if (name.equals("planItemId")) {
            return String.valueOf(IDS.get("planItem"));
        }
        return switch (type) {
            case "integer", "array" -> "1";
            case "boolean" -> "true";
            default -> name.startsWith("due") || name.equals("asOf") ? TODAY.toString()
                    : name.equals("unit") ? "BTG" : name.equals("format") ? "csv" : "a";
        };
    }

    private static Map<String, JsonNode> queryParameters(Operation op) {
        Map<String, JsonNode> query = new LinkedHashMap<>();
        for (JsonNode parameter : op.spec.path("parameters")) {
            if ("query".equals(parameter.path("in").asText())) {
                query.put(parameter.path("name").asText(), parameter);
            }
        }
        return query;
    }

    private static String requiredQuery(Map<String, JsonNode> query) {
        StringBuilder target = new StringBuilder();
        query.forEach((name, parameter) -> {
            if (parameter.path("required").asBoolean()) {
                target.append(target.isEmpty() ? "?" : "&").append(name).append('=')
                        .append(plausibleQuery(name, parameter));
            }
        });
        return target.toString();
    }

    private static String path(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    private static boolean isDate(JsonNode schema) {
        return "date".equals(schema.path("format").asText());
    }

    /** The schema with a {@code $ref} replaced by the component it names (one level, enough for these APIs). */
    private static JsonNode resolve(Operation op, JsonNode schema) {
        for (int depth = 0; depth < 5 && schema.has("$ref"); depth++) {
            String ref = schema.get("$ref").asText();
            JsonNode target = op.components.path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
            if (target.isMissingNode() || target.equals(schema)) {
                break;
            }
            ObjectNode merged = ((ObjectNode) target).deepCopy();
            schema.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("$ref") && !merged.has(e.getKey())) {
                    merged.set(e.getKey(), e.getValue());
                }
            });
            schema = merged;
        }
        return schema;
    }

    private static byte[] bytes(Object text) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
