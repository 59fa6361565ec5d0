package vn.hungyen.snv.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.hungyen.snv.evaluation.rest.MonthlyEvaluationTest.get;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Year;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.common.testing.TestTokens;
import vn.hungyen.snv.evaluation.repository.OfficerAssessment;
import vn.hungyen.snv.evaluation.testing.FakePlanService;
import vn.hungyen.snv.evaluation.testing.MonthSteps;
import vn.hungyen.snv.evaluation.testing.TaskEvents;

/**
 * Scoring settings as data, by period, and months anyone can re-check (issue 14). In March and May of an unused year
 * Khánh (49), Thảo (50) and Việt (51), staff of CCHC, each complete one task on time: K = 70; with G = 26, S = 96.
 */
@QuarkusTest
@QuarkusTestResource(FakePlanService.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScoringProfileTest {

    private static final Year YEAR = TaskEvents.unusedYear();
    private static final String MARCH = YEAR.atMonth(3).toString();
    private static final String MAY = YEAR.atMonth(5).toString();
    private static final String JULY = YEAR.atMonth(7).toString();
    private static final List<Long> STAFF = List.of(49L, 50L, 51L);

    @Inject
    ObjectMapper json;

    private boolean ready;

    @BeforeEach
    void rateMarchAndMayOnce() {
        if (ready) {
            return;
        }
        try (TaskEvents events = new TaskEvents(json)) {
            for (YearMonth month : List.of(YEAR.atMonth(3), YEAR.atMonth(5))) {
                for (long officer : STAFF) {
                    TaskEvent task = TaskEvents.assigned(TaskEvents.newTaskId(), "CCHC", officer, month.atDay(10))
                            .build();
                    events.send(task, TaskEvents.submitted(task, 2, month.atDay(9)),
                            TaskEvents.reviewed(task, 3, month.atDay(9), "ACCEPTED", false));
                    TaskEvents.awaitStored(task.taskId(), 3);
                }
            }
        }
        MonthSteps.completeEveryStep(MARCH);
        MonthSteps.completeEveryStep(MAY);
        ready = true;
    }

    @Test
    void everyoneReadsTheProfilesAndOnlyTheDirectorOrAnAdminPublishesOne() {
        given().header("Authorization", TestTokens.bearer("officer.cchc.1")).get("/api/scoring-profiles")
                .then().statusCode(200)
                .body("[0].version", equalTo(1))
                .body("[0].createdBy", equalTo("system"))
                .body("[0].settings.bands.excellent", equalTo(90))
                .body("[0].settings.lateMode", equalTo("partial-credit"))
                .body("[0].settings.quota.groups", equalTo(List.of("leaders", "staff", "contract")));

        postProfile("officer.cchc.1", JULY, Map.of("bands", Map.of("excellent", 95))).then().statusCode(403);
        postProfile("director", JULY, Map.of("bands", Map.of("good", 95))).then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("bands.excellent ≥ bands.good ≥ bands.complete"));
        postProfile("director", JULY, Map.of("bands", Map.of("superb", 95))).then().statusCode(400)
                .body("code", equalTo("unknown-scoring-setting"))
                .body("detail", containsString("bands.superb"));
        postProfile("admin", JULY, Map.of("quota", Map.of("monthly", "yes"))).then().statusCode(400)
                .body("detail", equalTo("Thiết lập \"quota.monthly\" phải là true hoặc false."));
        given().header("Authorization", TestTokens.bearer("director")).contentType(ContentType.JSON)
                .body(Map.of("name", "Thiếu lý do", "firstMonth", "2099-13", "settings", Map.of()))
                .post("/api/scoring-profiles").then().statusCode(400);
    }

    @Test
    void aSettingChangedFromAMonthRatesThatMonthOnAndTheWhatIfForetoldIt() {
        Map<Long, String> marchBefore = levels(get("director", "/officers", MARCH));
        Map<Long, String> marchBandsBefore = bandLevels(get("director", "/officers", MARCH));
        assertThat(marchBandsBefore).containsEntry(49L, "HTXSNV");
        Map<String, Object> stricter = Map.of("bands", Map.of("excellent", 98, "good", 97));

        JsonPath whatIf = given().header("Authorization", TestTokens.bearer("director"))
                .contentType(ContentType.JSON).body(Map.of("settings", stricter))
                .post("/api/evaluations/" + MAY + "/what-if").then().statusCode(200).extract().jsonPath();
        assertThat(whatIf.getInt("settings.bands.good")).isEqualTo(97);
        assertThat(whatIf.getInt("settings.bands.complete")).isEqualTo(50);
        Map<Long, String> movedTo = new LinkedHashMap<>();
        whatIf.getList("moves", Map.class).forEach(m -> movedTo.put(((Number) m.get("officerId")).longValue(),
                (String) m.get("to")));
        assertThat(movedTo).containsEntry(49L, "HTNV").containsEntry(50L, "HTNV").containsEntry(51L, "HTNV");
        given().header("Authorization", TestTokens.bearer("head.cchc")).contentType(ContentType.JSON)
                .body(Map.of("settings", stricter)).post("/api/evaluations/" + MAY + "/what-if")
                .then().statusCode(403);

        int version = postProfile("director", MAY, stricter).then().statusCode(201)
                .body("firstMonth", equalTo(MAY)).body("settings.bands.good", equalTo(97))
                .body("settings.scale.taskMax", equalTo(70)).body("createdBy", equalTo("director"))
                .extract().jsonPath().getInt("version");
        try {
            JsonPath changes = given().header("Authorization", TestTokens.bearer("officer.cchc.1"))
                    .get("/api/scoring-profiles/" + version + "/differences?from=1").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(changes.getList("setting", String.class)).containsExactly("bands.excellent", "bands.good");
            assertThat(changes.getInt("[0].from")).isEqualTo(90);
            assertThat(changes.getInt("[0].to")).isEqualTo(98);
            Response may = get("director", "/officers", MAY);
            Map<Long, String> mayAfter = levels(may);
            movedTo.forEach((officer, level) -> assertThat(mayAfter).containsEntry(officer, level));
            Map<String, Integer> counts = new LinkedHashMap<>();
            mayAfter.values().forEach(l -> counts.merge(l == null ? "UNRATED" : l, 1, Integer::sum));
            Map<String, Integer> foretold = whatIf.getMap("after", String.class, Integer.class);
            foretold.forEach((level, count) -> assertThat(counts.getOrDefault(level, 0)).as(level).isEqualTo(count));

            assertThat(levels(get("director", "/officers", MARCH))).isEqualTo(marchBefore);
            assertThat(bandLevels(get("director", "/officers", MARCH))).isEqualTo(marchBandsBefore);
            given().header("Authorization", TestTokens.bearer("director")).get("/api/evaluations/" + MAY
                    + "/schedule").then().statusCode(200).body("limits.generalMax", equalTo(30));
        } finally {
            // the years after this one belong to other tests: the Department's settings go back to the defaults
            postProfile("director", JULY, Map.of("bands", Map.of("excellent", 90, "good", 70))).then()
                    .statusCode(201);
        }
    }

    @Test
    void aMonthPublishedWithAQuotaExceptionIsVerifiedAndATamperedFactIsNamed() {
        // distinct totals, so that the quota keeps a definite officer: Khánh 96, Thảo 95, Việt 94
        MonthSteps.put("head.cchc", MARCH, "/officers/50/review", Map.of("generalScore", 25, "note", "Còn thiếu sót"))
                .then().statusCode(200);
        MonthSteps.put("head.cchc", MARCH, "/officers/51/review", Map.of("generalScore", 24, "note", "Còn thiếu sót"))
                .then().statusCode(200);
        given().header("Authorization", TestTokens.bearer("director")).contentType(ContentType.JSON)
                .body(Map.of("quotaExceptions", List.of(Map.of("group", "nobody", "ratio", 1, "reason", "Thử"))))
                .post("/api/evaluations/" + MARCH + "/publish").then().statusCode(422)
                .body("code", equalTo("unknown-quota-group"));
        Map<Long, String> before = levels(get("director", "/officers", MARCH));
        assertThat(STAFF.stream().filter(id -> "HTXSNV".equals(before.get(id)))).isEmpty();

        given().header("Authorization", TestTokens.bearer("director")).contentType(ContentType.JSON)
                .body(Map.of("quotaExceptions", List.of(Map.of("group", "staff", "ratio", 1,
                        "reason", "Nhiều nhiệm vụ đột xuất trong tháng"))))
                .post("/api/evaluations/" + MARCH + "/publish").then().statusCode(200);
        Map<Long, String> published = levels(get("director", "/officers", MARCH));
        assertThat(STAFF.stream().filter(id -> "HTXSNV".equals(published.get(id))).toList()).containsExactly(49L);

        JsonPath publication = get("officer.cchc.1", "/publication", MARCH).then().statusCode(200).extract()
                .jsonPath();
        assertThat(publication.getInt("profileVersion")).isPositive();
        assertThat(publication.getString("quotaExceptions[0].group")).isEqualTo("staff");
        assertThat(publication.getString("quotaExceptions[0].reason")).isEqualTo("Nhiều nhiệm vụ đột xuất trong tháng");
        assertThat(publication.getString("inputsDigest")).hasSize(64);
        postProfile("director", MARCH, Map.of("bands", Map.of("excellent", 95))).then().statusCode(409)
                .body("code", equalTo("month-published"));

        get("head.cchc", "/verification", MARCH).then().statusCode(403);
        get("director", "/verification", MAY).then().statusCode(409).body("code", equalTo("month-not-published"));
        JsonPath verified = get("admin", "/verification", MARCH).then().statusCode(200).extract().jsonPath();
        assertThat(verified.getBoolean("identical")).isTrue();
        assertThat(verified.getBoolean("inputsUnchanged")).isTrue();
        assertThat(verified.getList("officers")).isNotEmpty();
        assertThat(verified.getList("officers.identical", Boolean.class)).containsOnly(true);
        assertThat(verified.getList("units.identical", Boolean.class)).isNotEmpty().containsOnly(true);

        QuarkusTransaction.requiringNew().run(() -> OfficerAssessment.getEntityManager()
                .createNativeQuery("update officer_assessment set general_score = 20 where month = ?1 "
                        + "and officer_id = 49")
                .setParameter(1, MARCH).executeUpdate());

        JsonPath tampered = get("director", "/verification", MARCH).then().statusCode(200).extract().jsonPath();
        assertThat(tampered.getBoolean("identical")).isFalse();
        assertThat(tampered.getBoolean("inputsUnchanged")).isFalse();
        assertThat(tampered.getBoolean("officers.find { it.officerId == 49 }.identical")).isFalse();
        assertThat(tampered.getList("officers.find { it.officerId == 49 }.differences.field", String.class))
                .contains("generalScore", "total");
        assertThat(tampered.getFloat("officers.find { it.officerId == 49 }.differences.find { it.field == "
                + "'generalScore' }.recomputed")).isEqualTo(20f);
        assertThat(tampered.getBoolean("officers.find { it.officerId == 52 }.identical")).isTrue();
    }

    private static Response postProfile(String username, String firstMonth, Map<String, Object> settings) {
        return given().header("Authorization", TestTokens.bearer(username)).contentType(ContentType.JSON)
                .body(Map.of("name", "Quy định thử " + firstMonth, "firstMonth", firstMonth,
                        "reason", "Thử thay đổi quy định", "settings", settings))
                .post("/api/scoring-profiles");
    }

    private static Map<Long, String> levels(Response officers) {
        return field(officers, "level");
    }

    private static Map<Long, String> bandLevels(Response officers) {
        return field(officers, "bandLevel");
    }

    private static Map<Long, String> field(Response officers, String field) {
        JsonPath path = officers.then().statusCode(200).extract().jsonPath();
        Map<Long, String> byOfficer = new LinkedHashMap<>();
        List<Map<String, Object>> all = path.getList("$");
        for (Map<String, Object> rating : all) {
            byOfficer.put(((Number) rating.get("officerId")).longValue(), (String) rating.get(field));
        }
        return byOfficer;
    }
}
