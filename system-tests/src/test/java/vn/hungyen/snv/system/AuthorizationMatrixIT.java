package vn.hungyen.snv.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.hungyen.snv.system.RunningSystem.EVALUATION;
import static vn.hungyen.snv.system.RunningSystem.PLAN;
import static vn.hungyen.snv.system.RunningSystem.TASKS;
import static vn.hungyen.snv.system.RunningSystem.WEB;
import static vn.hungyen.snv.system.RunningSystem.cachedToken;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Who may do what, for every role of the Department (admin, director, deputy director {@code deputy1} who supervises
 * VP, CCHC and LTLS, head of CCHC, an officer of CCHC) and for Mỹ Hào's administrator, on resources of the caller's
 * own unit, of a unit they do not see, and of the other organisation. The expected answers are written down in
 * {@link #MATRIX} from docs/contract.md ("Visibility", the role columns of each service's table, "Errors"), not from
 * what the services answer: 403 when the role may not use the operation at all, 404 for a single resource outside
 * the caller's scope (or organisation), otherwise the operation's own answer. Lists, dashboards and exports are
 * opened and their rows checked against the same rules.
 *
 * <p>Writes are chosen so that an allowed caller cannot change anything: a review of a task nobody has reported
 * on, the cancellation of a task already cancelled, an assignment naming an officer who does not exist, the
 * publication of a plan already published, a unit whose code is taken. The tasks made here are cancelled at the end.
 */
class AuthorizationMatrixIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String MONTH = YearMonth.now(ZONE).toString();
    private static final String PAST_MONTH = "2024-03";
    private static final List<String> CALLERS = List.of("admin", "director", "deputy1", "head.cchc",
            "officer.cchc.1", "admin.myhao");
    private static final Set<String> DEPUTY1_UNITS = Set.of("VP", "CCHC", "LTLS");

    /**
     * The documented answer of each request for each caller. Placeholders in braces are filled in {@link #setUp}:
     * {@code {cchc1}} a CCHC task of officer.cchc.1, {@code {cchc2}} a CCHC task of officer.cchc.2, {@code {ttra}}
     * a TTRA task (a unit deputy1 does not supervise), {@code {mhnv}} a task of Mỹ Hào's MH-NV; the same with
     * {@code X} are already cancelled; {@code {o:…}} an officer's id. {@code -} is not checked. Why each cell:
     * <ul>
     * <li>tasks and ratings: admin/director see the whole organisation, a deputy the units they supervise, a head
     * their unit, an officer their own; outside that 404 (Visibility);</li>
     * <li>plan-service's catalogue and directory are read by every role of the organisation (Visibility,
     * exceptions); its changes are the admin's (403 for the others);</li>
     * <li>reviews and cancellations: roles admin, director, deputy_director, head (officer 403); in scope, the
     * state refuses: 409 ({@code nothing-to-review}, {@code task-closed});</li>
     * <li>extension requests: roles officer and head only (403 for admin, director, deputy); the assignee or a head of
     * the unit, on a closed task: 409;</li>
     * <li>assignment: roles as reviews; the first problem in field order decides: a unit out of scope 403
     * {@code unit-out-of-scope}, another organisation's unit 422 {@code unknown-unit}, else the unknown officer
     * 422 {@code unknown-officer};</li>
     * <li>evaluation: the dashboard is for admin, director, deputy director and head (officer 403); publication is
     * the Director's (403 for the others; this month is incomplete: 409); a projection is for everyone in scope;</li>
     * <li>accounts: admin only (others 403); another organisation's account 404;</li>
     * <li>the bulk assignment is a dry run by default (200 with its report for every role that may assign); a
     * recurring assignment that does not exist is 404 for the roles that may stop one; the calendar is the admin's
     * (and sysadmin's), a date outside the year 400.</li>
     * </ul>
     */
    private static final String MATRIX = """
            request                                                  | admin | director | deputy1 | head.cchc | officer.cchc.1 | admin.myhao
            GET  task-service /api/tasks/{cchc1}                       | 200 | 200 | 200 | 200 | 200 | 404
            GET  task-service /api/tasks/{cchc2}                       | 200 | 200 | 200 | 200 | 404 | 404
            GET  task-service /api/tasks/{ttra}                        | 200 | 200 | 404 | 404 | 404 | 404
            GET  task-service /api/tasks/{mhnv}                        | 404 | 404 | 404 | 404 | 404 | 200
            POST task-service /api/tasks/{cchc1}/reviews REVIEW        | 409 | 409 | 409 | 409 | 403 | 404
            POST task-service /api/tasks/{cchc2}/reviews REVIEW        | 409 | 409 | 409 | 409 | 403 | 404
            POST task-service /api/tasks/{ttra}/reviews REVIEW         | 409 | 409 | 404 | 404 | 403 | 404
            POST task-service /api/tasks/{mhnv}/reviews REVIEW         | 404 | 404 | 404 | 404 | 403 | 409
            POST task-service /api/tasks/{cchc1X}/cancel CANCEL        | 409 | 409 | 409 | 409 | 403 | 404
            POST task-service /api/tasks/{ttraX}/cancel CANCEL         | 409 | 409 | 404 | 404 | 403 | 404
            POST task-service /api/tasks/{mhnvX}/cancel CANCEL         | 404 | 404 | 404 | 404 | 403 | 409
            POST task-service /api/tasks/{cchc1X}/extensions EXTEND    | 403 | 403 | 403 | 409 | 409 | 403
            POST task-service /api/tasks/{cchc2X}/extensions EXTEND    | 403 | 403 | 403 | 409 | 404 | 403
            POST task-service /api/tasks/{ttraX}/extensions EXTEND     | 403 | 403 | 403 | 404 | 404 | 403
            POST task-service /api/tasks ASSIGN_CCHC                   | 422 | 422 | 422 | 422 | 403 | 422
            POST task-service /api/tasks ASSIGN_TTRA                   | 422 | 422 | 403 | 403 | 403 | 422
            POST task-service /api/tasks ASSIGN_MHNV                   | 422 | 422 | 422 | 422 | 403 | 422
            POST task-service /api/tasks/bulk BULK_CCHC                | 200 | 200 | 200 | 200 | 403 | 200
            POST task-service /api/tasks/recurring/987654321/stop STOP | 404 | 404 | 404 | 404 | 403 | 404
            GET  task-service /api/tasks/progress?planItemId=1         | 200 | 200 | 200 | 200 | 200 | 200
            GET  evaluation-service /api/facts/tasks/{cchc1}           | 200 | 200 | 200 | 200 | 200 | 404
            GET  evaluation-service /api/facts/tasks/{cchc2}           | 200 | 200 | 200 | 200 | 404 | 404
            GET  evaluation-service /api/facts/tasks/{ttra}            | 200 | 200 | 404 | 404 | 404 | 404
            GET  evaluation-service /api/facts/tasks/{mhnv}            | 404 | 404 | 404 | 404 | 404 | 200
            GET  evaluation-service /api/evaluations/2024-03/officers/{o:officer.cchc.1} | 200 | 200 | 200 | 200 | 200 | 404
            GET  evaluation-service /api/evaluations/2024-03/officers/{o:officer.cchc.2} | 200 | 200 | 200 | 200 | 404 | 404
            GET  evaluation-service /api/evaluations/2024-03/officers/{o:officer.ttra.1} | 200 | 200 | 404 | 404 | 404 | 404
            GET  evaluation-service /api/evaluations/2024-03/officers/{o:officer.nv.myhao.1} | 404 | 404 | 404 | 404 | 404 | -
            POST evaluation-service /api/evaluations/{month}/officers/{o:officer.cchc.2}/projection PROJECTION | 200 | 200 | 200 | 200 | 404 | 404
            POST evaluation-service /api/evaluations/{month}/officers/{o:officer.ttra.1}/projection PROJECTION | 200 | 200 | 404 | 404 | 404 | 404
            GET  evaluation-service /api/evaluations/2024-03/dashboard     | 200 | 200 | 200 | 200 | 403 | 200
            GET  evaluation-service /api/evaluations/2024-03/export?format=xlsx | 200 | 200 | 200 | 200 | 200 | 200
            POST evaluation-service /api/evaluations/{month}/publish       | 403 | 409 | 403 | 403 | 403 | 403
            GET  evaluation-service /api/evaluations/2024-03/schedule  | 200 | 200 | 200 | 200 | 200 | 200
            GET  evaluation-service /api/evaluations/periods/2024-Q1/officers | 200 | 200 | 200 | 200 | 200 | 200
            GET  plan-service /api/organisations/SNV                   | 200 | 200 | 200 | 200 | 200 | 404
            GET  plan-service /api/organisations/MYHAO                 | 404 | 404 | 404 | 404 | 404 | 200
            GET  plan-service /api/units/CCHC                          | 200 | 200 | 200 | 200 | 200 | 404
            PUT  plan-service /api/calendar/2099 CALENDAR_WRONG_YEAR   | 400 | 403 | 403 | 403 | 403 | 400
            GET  plan-service /api/plans/KH-SNV-2024                   | 200 | 200 | 200 | 200 | 200 | 404
            GET  plan-service /api/plans/KH-MYHAO-2025                 | 404 | 404 | 404 | 404 | 404 | 200
            GET  plan-service /api/plans/KH-SNV-2024/export?format=csv | 200 | 200 | 200 | 200 | 200 | 404
            GET  plan-service /api/officers/{o:officer.ttra.1}         | 200 | 200 | 200 | 200 | 200 | 404
            GET  plan-service /api/officers/{o:officer.nv.myhao.1}     | 404 | 404 | 404 | 404 | 404 | 200
            POST plan-service /api/plans/KH-SNV-2024/publish           | 409 | 403 | 403 | 403 | 403 | 404
            POST plan-service /api/units UNIT_TAKEN                    | 409 | 403 | 403 | 403 | 403 | 409
            GET  web-ui /api/accounts                                  | 200 | 403 | 403 | 403 | 403 | 200
            PUT  web-ui /api/accounts/officer.nv.myhao.1 EMPTY         | 404 | 403 | 403 | 403 | 403 | 200
            """;

    /** The bodies the matrix names. */
    private static final Map<String, Object> BODIES = Map.ofEntries(
            Map.entry("REVIEW", Map.of("verdict", "ACCEPTED")),
            Map.entry("CANCEL", Map.of("reason", "Kiểm tra quyền")),
            Map.entry("EXTEND", Map.of("requestedDueDate", LocalDate.now(ZONE).plusDays(90).toString(),
                    "reason", "Kiểm tra quyền")),
            Map.entry("ASSIGN_CCHC", assign("CCHC")),
            Map.entry("ASSIGN_TTRA", assign("TTRA")),
            Map.entry("ASSIGN_MHNV", assign("MH-NV")),
            Map.entry("BULK_CCHC", List.of(Map.of("title", "Kiểm tra quyền giao việc", "unitCode", "CCHC",
                    "dueDate", LocalDate.now(ZONE).plusDays(30).toString()))),
            Map.entry("STOP", Map.of("reason", "Kiểm tra quyền")),
            Map.entry("PROJECTION", Map.of("groupI", 8, "groupII", 8, "groupIII", 8)),
            Map.entry("UNIT_TAKEN", Map.of("code", "CCHC", "name", "Phòng trùng mã")),
            Map.entry("CALENDAR_WRONG_YEAR", Map.of("entries", List.of(Map.of("date", "2098-01-01",
                    "type", "HOLIDAY", "name", "Tết Dương lịch")))),
            Map.entry("EMPTY", Map.of()));

    private static final Map<String, String> PLACES = new LinkedHashMap<>();
    private static final List<long[]> OPEN_TASKS = new ArrayList<>(); // {task id} with its assigner in ASSIGNERS
    private static final List<String> ASSIGNERS = new ArrayList<>();

    @BeforeAll
    static void setUp() {
        PLACES.put("{month}", MONTH);
        for (String[] officer : new String[][] {{"CCHC", "officer.cchc.1"}, {"CCHC", "officer.cchc.2"},
                {"TTRA", "officer.ttra.1"}, {"MH-NV", "officer.nv.myhao.1"}}) {
            String reader = officer[0].startsWith("MH-") ? "admin.myhao" : "admin";
            PLACES.put("{o:" + officer[1] + "}", String.valueOf(given().auth().oauth2(cachedToken(reader))
                    .queryParam("unit", officer[0]).get(PLAN + "/api/officers").then().statusCode(200).extract()
                    .jsonPath().getLong("find { it.username == '" + officer[1] + "' }.id")));
        }
        task("cchc1", "head.cchc", "CCHC", "officer.cchc.1");
        task("cchc2", "head.cchc", "CCHC", "officer.cchc.2");
        task("ttra", "head.ttra", "TTRA", "officer.ttra.1");
        task("mhnv", "head.nv.myhao", "MH-NV", "officer.nv.myhao.1");
        for (String[] closed : new String[][] {{"cchc1X", "head.cchc", "CCHC", "officer.cchc.1"},
                {"cchc2X", "head.cchc", "CCHC", "officer.cchc.2"}, {"ttraX", "head.ttra", "TTRA", "officer.ttra.1"},
                {"mhnvX", "head.nv.myhao", "MH-NV", "officer.nv.myhao.1"}}) {
            long id = task(closed[0], closed[1], closed[2], closed[3]);
            given().auth().oauth2(cachedToken(closed[1])).contentType(ContentType.JSON)
                    .body(Map.of("reason", "Tạo để kiểm tra quyền")).post(TASKS + "/api/tasks/" + id + "/cancel")
                    .then().statusCode(200);
            OPEN_TASKS.remove(OPEN_TASKS.size() - 1);
            ASSIGNERS.remove(ASSIGNERS.size() - 1);
        }
        // evaluation-service learns of the tasks through Kafka.
        for (String[] fact : new String[][] {{"{cchc1}", "admin"}, {"{cchc2}", "admin"}, {"{ttra}", "admin"},
                {"{mhnv}", "admin.myhao"}}) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(cachedToken(fact[1]))
                    .get(EVALUATION + "/api/facts/tasks/" + PLACES.get(fact[0])).then().statusCode(200));
        }
    }

    /** The open tasks made here leave every month's products again. */
    @AfterAll
    static void cancelTheTasksMadeHere() {
        for (int i = 0; i < OPEN_TASKS.size(); i++) {
            given().auth().oauth2(cachedToken(ASSIGNERS.get(i))).contentType(ContentType.JSON)
                    .body(Map.of("reason", "Kiểm tra quyền xong")).post(TASKS + "/api/tasks/" + OPEN_TASKS.get(i)[0]
                            + "/cancel").then().statusCode(200);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRequestGetsTheDocumentedAnswerForEveryCaller() {
        List<String> lines = MATRIX.lines().filter(line -> !line.isBlank()).toList();
        List<String> callers = List.of(lines.get(0).split("\\|")).stream().skip(1).map(String::trim).toList();
        assertThat(callers).isEqualTo(CALLERS);
        return lines.stream().skip(1).map(line -> {
            String[] cells = line.split("\\|");
            String[] request = cells[0].trim().split("\\s+");
            return DynamicTest.dynamicTest(cells[0].trim(), () -> {
                SoftAssertions softly = new SoftAssertions();
                for (int i = 0; i < callers.size(); i++) {
                    String expected = cells[i + 1].trim();
                    if (expected.equals("-")) {
                        continue;
                    }
                    Response response = send(callers.get(i), request);
                    softly.assertThat(response.statusCode())
                            .as("%s %s as %s: %s", request[0], request[2], callers.get(i),
                                    excerpt(response.asString()))
                            .isEqualTo(Integer.parseInt(expected));
                }
                softly.assertAll();
            });
        });
    }

    private static Response send(String caller, String[] request) {
        String base = switch (request[1]) {
            case "web-ui" -> WEB;
            case "plan-service" -> PLAN;
            case "task-service" -> TASKS;
            case "evaluation-service" -> EVALUATION;
            default -> throw new IllegalArgumentException(request[1]);
        };
        String path = request[2];
        for (Map.Entry<String, String> place : PLACES.entrySet()) {
            path = path.replace(place.getKey(), place.getValue());
        }
        var spec = given().auth().oauth2(cachedToken(caller)).urlEncodingEnabled(false);
        if (request.length > 3) {
            spec = spec.contentType(ContentType.JSON).body(BODIES.get(request[3]));
        }
        return spec.request(request[0], base + path);
    }

    // ---- lists, dashboards and exports: only what the caller may see -----------------------------------------

    @Test
    void theTaskListHoldsOnlyTheCallersScope() {
        SoftAssertions softly = new SoftAssertions();
        for (String caller : CALLERS) {
            JsonPath tasks = given().auth().oauth2(cachedToken(caller)).queryParam("size", 200).queryParam("open", true)
                    .get(TASKS + "/api/tasks").then().statusCode(200).extract().jsonPath();
            List<String> units = tasks.getList("items.unitCode", String.class);
            List<Long> assignees = tasks.getList("items.assigneeId", Long.class);
            for (int i = 0; i < units.size(); i++) {
                softly.assertThat(visible(caller, units.get(i), assignees.get(i)))
                        .as("task list of %s holds a task of %s assigned to %s", caller, units.get(i),
                                assignees.get(i))
                        .isTrue();
            }
            softly.assertThat(given().auth().oauth2(cachedToken(caller)).queryParam("unit", "TTRA").get(TASKS
                    + "/api/tasks").then().statusCode(200).extract().jsonPath().getLong("total"))
                    .as("tasks of TTRA seen by %s", caller)
                    .matches(total -> Set.of("admin", "director").contains(caller) ? total > 0 : total == 0);
        }
        softly.assertAll();
    }

    @Test
    void theMonthsRatingsHoldOnlyTheCallersScope() {
        SoftAssertions softly = new SoftAssertions();
        for (String caller : CALLERS) {
            JsonPath officers = given().auth().oauth2(cachedToken(caller))
                    .get(EVALUATION + "/api/evaluations/" + PAST_MONTH + "/officers").then().statusCode(200)
                    .extract().jsonPath();
            List<String> units = officers.getList("unitCode", String.class);
            List<Long> ids = officers.getList("officerId", Long.class);
            for (int i = 0; i < units.size(); i++) {
                softly.assertThat(visible(caller, units.get(i), ids.get(i)))
                        .as("ratings of %s hold officer %s of %s", caller, ids.get(i), units.get(i)).isTrue();
            }
            softly.assertThat(ids).as("ratings of %s", caller).isNotEmpty();
            List<String> unitRatings = given().auth().oauth2(cachedToken(caller))
                    .get(EVALUATION + "/api/evaluations/" + PAST_MONTH + "/units").then().statusCode(200).extract()
                    .jsonPath().getList("unitCode", String.class);
            softly.assertThat(unitRatings).as("unit ratings of %s", caller)
                    .allMatch(unit -> visible(caller, unit, -1L));
        }
        softly.assertAll();
    }

    /**
     * The dashboard counts only the units the caller sees: a deputy director their supervised units (the
     * Visibility table; the known leak of issue 11 shows them the whole Department), a head their unit.
     */
    @Test
    void theDashboardCountsOnlyTheCallersUnits() {
        SoftAssertions softly = new SoftAssertions();
        for (String caller : List.of("admin", "director", "deputy1", "head.cchc", "admin.myhao")) {
            JsonPath dashboard = given().auth().oauth2(cachedToken(caller))
                    .get(EVALUATION + "/api/evaluations/" + PAST_MONTH + "/dashboard").then().statusCode(200)
                    .extract().jsonPath();
            List<String> units = dashboard.getList("units.unitCode", String.class);
            softly.assertThat(units).as("dashboard units of %s", caller).isNotEmpty()
                    .allMatch(unit -> visible(caller, unit, -1L));
            List<String> deputyUnits = dashboard.getList("deputies.unitCodes.flatten()", String.class);
            softly.assertThat(deputyUnits).as("dashboard deputies' units of %s", caller)
                    .allMatch(unit -> visible(caller, unit, -1L));
        }
        softly.assertAll();
    }

    /** The month's XLSX, from evaluation-service and through web-ui's dashboard page, names only what one sees. */
    @Test
    void theRatingsWorkbookNamesOnlyTheCallersScope() throws IOException {
        Map<String, Map<?, ?>> names = new LinkedHashMap<>(); // full name → officer, of both organisations
        for (String reader : List.of("admin", "admin.myhao")) {
            given().auth().oauth2(cachedToken(reader)).get(PLAN + "/api/officers").then().statusCode(200).extract()
                    .jsonPath().getList("$").forEach(o -> names.put((String) ((Map<?, ?>) o).get("fullName"),
                            (Map<?, ?>) o));
        }
        SoftAssertions softly = new SoftAssertions();
        for (String caller : List.of("director", "deputy1", "head.cchc", "officer.cchc.1", "admin.myhao")) {
            byte[] api = given().auth().oauth2(cachedToken(caller))
                    .get(EVALUATION + "/api/evaluations/" + PAST_MONTH + "/export?format=xlsx").then().statusCode(200)
                    .extract().asByteArray();
            checkWorkbook(softly, caller + " (API)", text(api), names, caller);
            if (!caller.startsWith("officer") && !caller.startsWith("admin")) {
                byte[] page = given().cookie("snv_token", cachedToken(caller)).queryParam("month", PAST_MONTH)
                        .get(WEB + "/dashboard/export").then().statusCode(200).extract().asByteArray();
                checkWorkbook(softly, caller + " (page /dashboard/export)", text(page), names, caller);
            }
        }
        softly.assertAll();
    }

    /** The catalogue export is the organisation's: every role of it gets every item, the other organisation 404. */
    @Test
    void theCatalogueExportIsTheWholeOrganisationsForEveryRole() {
        for (String caller : CALLERS.subList(0, 5)) {
            String csv = given().auth().oauth2(cachedToken(caller)).get(PLAN + "/api/plans/KH-SNV-2024/export?format=csv")
                    .then().statusCode(200).extract().asString();
            assertThat(csv.lines().count()).as("catalogue rows for %s", caller).isGreaterThan(196);
        }
    }

    private static void checkWorkbook(SoftAssertions softly, String what, String text, Map<String, Map<?, ?>> names,
            String caller) {
        int seen = 0;
        for (Map.Entry<String, Map<?, ?>> officer : names.entrySet()) {
            if (!text.contains("\n" + officer.getKey() + "\n")) { // a cell's whole text
                continue;
            }
            seen++;
            String unit = (String) officer.getValue().get("unitCode");
            long id = ((Number) officer.getValue().get("id")).longValue();
            softly.assertThat(visible(caller, "MYHAO".equals(officer.getValue().get("organisationCode")), unit, id))
                    .as("the workbook of %s names %s (%s, officer %s)", what,
                    officer.getKey(), unit, id).isTrue();
        }
        softly.assertThat(seen).as("officers named in the workbook of %s", what).isPositive();
    }

    /** Every text of an XLSX file: its XML parts, tags removed. */
    private static String text(byte[] xlsx) throws IOException {
        StringBuilder text = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().endsWith(".xml")) {
                    text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]+>", "\n"));
                }
            }
        }
        assertThat(text).as("an XLSX workbook").isNotEmpty();
        return text.toString();
    }

    // ---- the documented scope, as a rule ------------------------------------------------------------------------

    /**
     * Whether the caller may see a row of {@code unit} concerning {@code officer} (-1: a unit's row): the Visibility
     * table of docs/contract.md for the demo accounts used here.
     */
    private static boolean visible(String caller, String unit, Long officer) {
        return visible(caller, unit != null && unit.startsWith("MH-") || officer != null && officer >= 201
                && officer <= 221, unit, officer); // demo/officers.csv: Mỹ Hào's officers are 201-221
    }

    private static boolean visible(String caller, boolean myHao, String unit, Long officer) {
        long self = switch (caller) {
            case "director" -> 1L;
            case "deputy1" -> 2L;
            case "head.cchc" -> 47L;
            case "officer.cchc.1" -> 49L;
            default -> -2L;
        };
        if (officer != null && officer == self) {
            return true;
        }
        return switch (caller) {
            case "admin", "director" -> !myHao;
            case "admin.myhao" -> myHao;
            case "deputy1" -> DEPUTY1_UNITS.contains(unit);
            case "head.cchc" -> "CCHC".equals(unit);
            default -> false; // an officer: only their own
        };
    }

    private static long task(String name, String assigner, String unit, String assignee) {
        long id = given().auth().oauth2(cachedToken(assigner)).contentType(ContentType.JSON)
                .body(Map.of("title", "Kiểm tra quyền " + name, "unitCode", unit,
                        "assigneeId", Long.parseLong(PLACES.get("{o:" + assignee + "}")),
                        "dueDate", LocalDate.now(ZONE).plusDays(30).toString()))
                .post(TASKS + "/api/tasks").then().statusCode(201).extract().jsonPath().getLong("id");
        PLACES.put("{" + name + "}", String.valueOf(id));
        OPEN_TASKS.add(new long[] {id});
        ASSIGNERS.add(assigner);
        return id;
    }

    private static Map<String, Object> assign(String unit) {
        return Map.of("title", "Kiểm tra quyền giao việc", "unitCode", unit, "assigneeId", 987_654_321L,
                "dueDate", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(30).toString());
    }

    private static String excerpt(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
