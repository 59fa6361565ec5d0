package vn.hungyen.snv.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.hungyen.snv.system.RunningSystem.EVALUATION;
import static vn.hungyen.snv.system.RunningSystem.PLAN;
import static vn.hungyen.snv.system.RunningSystem.TASKS;
import static vn.hungyen.snv.system.RunningSystem.WEB;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * A department sets itself up from empty databases, through the API only, as the README's "A new organisation"
 * steps say: the system administrator (the only account of a first start without demo data) creates the
 * organisation and its administrator; the administrator creates three units, eight officers and their accounts,
 * imports the 2027 catalogue from an edited export and publishes it; work is assigned and completed; one officer
 * moves to another unit from 1 December and another goes on maternity leave, and the months are rated as the rules
 * say. ./test.sh runs it against the applications started with the profile {@code prod} and the system
 * administrator's password in {@code -Dsnv.sysadmin-password}.
 */
class FromEmptyIT {

    private static final String SYSADMIN_PASSWORD = System.getProperty("snv.sysadmin-password", "");
    /** The catalogue layout the export writes; the 2024 catalogue stands for last year's export. */
    private static final Path LAST_YEAR = Path.of("..", "plan-service", "src", "main", "resources", "catalogue",
            "KH-SNV-2024.csv");
    private static final String ORG = "SNV-TB";
    private static final String PASSWORD = "Mat-khau-moi-2027";

    @Test
    void aDepartmentSetsItselfUpFromEmptyDatabasesAndRunsItsYear() throws IOException {
        // Only the system administrator exists; nothing else.
        String sysadmin = signIn("sysadmin", SYSADMIN_PASSWORD);
        given().auth().oauth2(sysadmin).get(PLAN + "/api/organisations").then().statusCode(200)
                .body("size()", equalTo(0));

        as(sysadmin)
                .body(Map.of("code", ORG, "name", "Sở Nội vụ tỉnh Thái Bình", "kind", "SO"))
                .post(PLAN + "/api/organisations").then().statusCode(201).body("code", equalTo(ORG));
        String adminOneTime = as(sysadmin)
                .body(Map.of("username", "admin.tb", "organisationCode", ORG, "roles", List.of("admin")))
                .post(WEB + "/api/accounts").then().statusCode(201).extract().path("oneTimePassword");

        // A one-time password must be replaced before it gives a token.
        given().contentType(ContentType.JSON).body(Map.of("username", "admin.tb", "password", adminOneTime))
                .post(WEB + "/api/auth/token").then().statusCode(403)
                .body("code", equalTo("password-change-required"));
        String admin = replaceOneTimePassword("admin.tb", adminOneTime);

        // Three units; a code already in use is refused.
        for (String[] unit : new String[][] {{"TB-VP", "Văn phòng Sở"}, {"TB-CCHC", "Phòng Cải cách hành chính"},
                {"TB-TCBC", "Phòng Tổ chức, biên chế"}}) {
            as(admin)
                    .body(Map.of("code", unit[0], "name", unit[1])).post(PLAN + "/api/units").then().statusCode(201);
        }
        as(admin)
                .body(Map.of("code", "TB-VP", "name", "Văn phòng Sở")).post(PLAN + "/api/units")
                .then().statusCode(409).body("detail", containsString("TB-VP"));

        // Eight officers, each with an account whose one-time password they replace.
        Map<String, Long> officers = new HashMap<>();
        Map<String, String> tokens = new HashMap<>();
        Object[][] staff = {
                {"giamdoc.tb", "Trần Văn Bình", null, "Giám đốc Sở", "director"},
                {"head.vp.tb", "Nguyễn Thị Hoa", "TB-VP", "Chánh Văn phòng", "head"},
                {"head.cchc.tb", "Lê Văn Minh", "TB-CCHC", "Trưởng phòng", "head"},
                {"head.tcbc.tb", "Phạm Thị Lan", "TB-TCBC", "Trưởng phòng", "head"},
                {"officer.vp.tb.1", "Đỗ Văn Nam", "TB-VP", "Chuyên viên", "officer"},
                {"officer.cchc.tb.1", "Vũ Thị Mai", "TB-CCHC", "Chuyên viên", "officer"},
                {"officer.cchc.tb.2", "Hoàng Thị Thu", "TB-CCHC", "Chuyên viên", "officer"},
                {"officer.tcbc.tb.1", "Bùi Văn Tùng", "TB-TCBC", "Chuyên viên", "officer"}};
        for (Object[] o : staff) {
            Map<String, Object> body = new HashMap<>(Map.of("fullName", o[1], "position", o[3], "role", o[4],
                    "username", o[0], "joinedOn", "2026-01-01"));
            body.put("unitCode", o[2]);
            long id = as(admin).body(body).post(PLAN + "/api/officers").then().statusCode(201)
                    .extract().jsonPath().getLong("id");
            officers.put((String) o[0], id);
            String oneTime = as(admin)
                    .body(Map.of("username", o[0], "officerId", id, "roles", List.of(o[4])))
                    .post(WEB + "/api/accounts").then().statusCode(201).extract().path("oneTimePassword");
            tokens.put((String) o[0], replaceOneTimePassword((String) o[0], oneTime));
        }
        given().auth().oauth2(admin).get(PLAN + "/api/officers").then().statusCode(200).body("size()", equalTo(8));

        // The 2027 plan: a draft, its catalogue imported from last year's export edited for 2027, then published.
        as(admin)
                .body(Map.of("code", "KH-TB-2101", "title", "Kế hoạch", "year", 2101)).post(PLAN + "/api/plans")
                .then().statusCode(400);
        long planId = as(admin)
                .body(Map.of("code", "KH-TB-2027", "title", "Kế hoạch công tác năm 2027", "year", 2027,
                        "documentNumber", "15/KH-SNV", "documentDate", "2026-12-01", "signer", "Trần Văn Bình"))
                .post(PLAN + "/api/plans").then().statusCode(201).body("status", equalTo("DRAFT"))
                .extract().jsonPath().getLong("id");
        byte[] catalogue = editedForNextYear();
        given().auth().oauth2(admin).contentType("text/csv").body(catalogue).queryParam("dryRun", true)
                .post(PLAN + "/api/plans/" + planId + "/import").then().statusCode(200).body("problemCount", equalTo(0));
        given().auth().oauth2(admin).contentType("text/csv").body(catalogue).queryParam("dryRun", false)
                .post(PLAN + "/api/plans/" + planId + "/import").then().statusCode(201);
        given().auth().oauth2(admin).post(PLAN + "/api/plans/" + planId + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("year", equalTo(2027));
        JsonPath item = given().auth().oauth2(admin).queryParam("leadUnit", "TB-CCHC")
                .get(PLAN + "/api/plans/" + planId + "/items").then().statusCode(200).extract().jsonPath();
        long itemId = item.getLong("items[0].id");

        // Work from the catalogue, assigned by the head and completed by the officer.
        long officerA = officers.get("officer.cchc.tb.1");
        long officerB = officers.get("officer.cchc.tb.2");
        String headCchc = tokens.get("head.cchc.tb");
        long catalogueTask = as(headCchc)
                .body(Map.of("planItemId", itemId, "unitCode", "TB-CCHC", "assigneeId", officerA,
                        "dueDate", "2027-03-31"))
                .post(TASKS + "/api/tasks").then().statusCode(201).extract().jsonPath().getLong("id");
        as(tokens.get("officer.cchc.tb.1"))
                .body(Map.of("documentNumber", "01/BC-CCHC", "issuedOn", today(), "summary", "Đã hoàn thành"))
                .post(TASKS + "/api/tasks/" + catalogueTask + "/submissions").then().statusCode(201);
        as(headCchc).body(Map.of("verdict", "ACCEPTED"))
                .post(TASKS + "/api/tasks/" + catalogueTask + "/reviews").then().statusCode(200)
                .body("status", equalTo("DONE"));

        // November's work, taken up afterwards by the administrator (backfill), for both officers of CCHC.
        for (long officer : List.of(officerA, officerB)) {
            long task = as(admin).body(Map.of("title", "Báo cáo tháng 11 về cải cách hành chính", "unitCode", "TB-CCHC",
                    "assigneeId", officer, "dueDate", "2026-11-20"))
                    .post(TASKS + "/api/tasks").then().statusCode(201).extract().jsonPath().getLong("id");
            as(admin).body(Map.of("documentNumber", "11/BC-CCHC", "issuedOn", "2026-11-18", "summary", "Báo cáo",
                    "submittedAt", "2026-11-18T03:00:00Z"))
                    .post(TASKS + "/api/tasks/" + task + "/submissions").then().statusCode(201);
            as(admin).body(Map.of("verdict", "ACCEPTED", "reviewedAt", "2026-11-19T03:00:00Z"))
                    .post(TASKS + "/api/tasks/" + task + "/reviews").then().statusCode(200);
        }

        // Officer A moves to TCBC from 1 December; a move dated before joining is refused.
        as(admin).body(Map.of("unitCode", "TB-TCBC", "effectiveFrom", "2025-06-01"))
                .put(PLAN + "/api/officers/" + officerA).then().statusCode(400);
        as(admin).body(Map.of("unitCode", "TB-TCBC", "effectiveFrom", "2026-12-01"))
                .put(PLAN + "/api/officers/" + officerA).then().statusCode(200).body("unitCode", equalTo("TB-TCBC"));
        // Officer B goes on maternity leave for November to April; an overlapping leave is refused.
        as(admin).body(Map.of("kind", "MATERNITY", "from", "2026-11-01", "to", "2027-04-30"))
                .post(PLAN + "/api/officers/" + officerB + "/leaves").then().statusCode(201);
        as(admin).body(Map.of("kind", "SICK", "from", "2027-04-20", "to", "2027-05-10"))
                .post(PLAN + "/api/officers/" + officerB + "/leaves").then().statusCode(409);

        // The months as the rules say: November keeps A in CCHC with the product; December rates A in TCBC;
        // B's leave months are not rated.
        String director = tokens.get("giamdoc.tb");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(director)
                .get(EVALUATION + "/api/evaluations/2026-11/officers/" + officerA).then().statusCode(200)
                .body("unitCode", equalTo("TB-CCHC")).body("products.size()", equalTo(1)));
        given().auth().oauth2(director).get(EVALUATION + "/api/evaluations/2026-12/officers/" + officerA)
                .then().statusCode(200).body("unitCode", equalTo("TB-TCBC"));
        for (String month : List.of("2026-11", "2026-12")) {
            given().auth().oauth2(director).get(EVALUATION + "/api/evaluations/" + month + "/officers/" + officerB)
                    .then().statusCode(200).body("level", equalTo("ON_LEAVE"));
        }
        JsonPath units = given().auth().oauth2(director).get(EVALUATION + "/api/evaluations/2026-11/units")
                .then().statusCode(200).extract().jsonPath();
        assertThat(units.getList("unitCode", String.class)).containsExactlyInAnyOrder("TB-VP", "TB-CCHC", "TB-TCBC");
        given().auth().oauth2(director).get(EVALUATION + "/api/evaluations/2026-11/officers").then().statusCode(200)
                .body("officerId", hasItem((int) officerA)).body("officerId", not(hasItem(1)));

        // The officer sees the task in their list; another organisation would not exist for them.
        given().auth().oauth2(tokens.get("officer.cchc.tb.1")).get(TASKS + "/api/tasks").then().statusCode(200)
                .body("items.id", hasItem((int) catalogueTask));
        assertThat(Set.copyOf(given().auth().oauth2(admin).get(PLAN + "/api/organisations").then().statusCode(200)
                .extract().jsonPath().getList("code", String.class))).containsExactly(ORG);
    }

    /** Last year's catalogue with this organisation's units and leader and the deadlines moved to 2027. */
    private static byte[] editedForNextYear() throws IOException {
        Map<String, String> units = Map.of("CCHC", "TB-CCHC", "TCBC", "TB-TCBC", "VP", "TB-VP");
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        StringWriter out = new StringWriter();
        try (var reader = Files.newBufferedReader(LAST_YEAR, StandardCharsets.UTF_8);
                var parser = format.parse(reader);
                CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            List<String> header = parser.getHeaderNames();
            printer.printRecord(header);
            int number = 0;
            for (CSVRecord row : parser) {
                String unit = units.get(row.get("Đơn vị chủ trì"));
                if (unit == null) {
                    continue;
                }
                List<String> cells = new ArrayList<>(row.toList());
                cells.set(header.indexOf("STT"), String.valueOf(++number));
                cells.set(header.indexOf("Đơn vị chủ trì"), unit);
                cells.set(header.indexOf("Đơn vị phối hợp"), "");
                cells.set(header.indexOf("Lãnh đạo phụ trách"), "giamdoc.tb");
                cells.set(header.indexOf("Thời hạn"), row.get("Thời hạn").replace("2024", "2027"));
                printer.printRecord(cells);
            }
            assertThat(number).as("items of the three units").isGreaterThan(20);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A JSON request with the given token. */
    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static String signIn(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post(WEB + "/api/auth/token").then().statusCode(200).extract().path("access_token");
    }

    private static String replaceOneTimePassword(String username, String oneTime) {
        given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "currentPassword", oneTime, "newPassword", username))
                .post(WEB + "/api/auth/password").then().statusCode(400);
        given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "currentPassword", oneTime, "newPassword", PASSWORD))
                .post(WEB + "/api/auth/password").then().statusCode(204);
        return signIn(username, PASSWORD);
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    }
}
