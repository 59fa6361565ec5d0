package vn.hungyen.snv.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.testing.TestTokens;
import vn.hungyen.snv.evaluation.testing.FakePlanService;
import vn.hungyen.snv.evaluation.testing.MonthSteps;
import vn.hungyen.snv.evaluation.testing.TaskEvents;

/** A month goes through every step of §8, is published by the Director, and is locked afterwards. */
@QuarkusTest
@QuarkusTestResource(FakePlanService.class)
class PublicationTest {

    private static final String MONTH = TaskEvents.unusedYear().atMonth(8).toString();

    @Test
    void aCompleteMonthIsPublishedAndLocked() {
        MonthSteps.completeEveryStep(MONTH);

        given().header("Authorization", TestTokens.bearer("director")).post("/api/evaluations/" + MONTH + "/publish")
                .then().statusCode(200).body("published", equalTo(true));

        var officers = MonthlyEvaluationTest.get("director", "/officers", MONTH).then().statusCode(200)
                .extract().jsonPath();
        assertThat(officers.getList("status", String.class)).isNotEmpty().containsOnly("PUBLISHED");
        assertThat(officers.getList("generalScore", Float.class)).containsOnly(26f);
        // recomputed from the stored facts with what the publication recorded, the month is what was published
        given().header("Authorization", TestTokens.bearer("director"))
                .get("/api/evaluations/" + MONTH + "/verification").then().statusCode(200)
                .body("identical", equalTo(true)).body("inputsUnchanged", equalTo(true));
        MonthSteps.put("officer.cchc.1", MONTH, "/officers/49/self-assessment",
                Map.of("groupI", 10, "groupII", 10, "groupIII", 10))
                .then().statusCode(409).body("code", equalTo("month-published"));
        given().header("Authorization", TestTokens.bearer("director")).post("/api/evaluations/" + MONTH + "/publish")
                .then().statusCode(409).body("code", equalTo("month-published"));

        // scope comes first: a published month tells nothing of an officer or unit outside the caller's scope
        MonthSteps.put("head.cchc", MONTH, "/officers/49/review", Map.of("generalScore", 20))
                .then().statusCode(409).body("code", equalTo("month-published"));
        MonthSteps.put("head.vp", MONTH, "/officers/49/review", Map.of("generalScore", 20))
                .then().statusCode(404);
        MonthSteps.put("officer.cchc.2", MONTH, "/officers/49/self-assessment",
                Map.of("groupI", 10, "groupII", 10, "groupIII", 10)).then().statusCode(404);
        post("officer.cchc.2", "/officers/49/exemptions", Map.of("taskId", 1, "reason", "Chờ số liệu"))
                .then().statusCode(404);
        post("officer.cchc.1", "/officers/49/exemptions", Map.of("taskId", 1, "reason", "Chờ số liệu"))
                .then().statusCode(409).body("code", equalTo("month-published"));
        MonthSteps.put("head.vp", MONTH, "/officers/49/exemptions/1", Map.of("approved", true))
                .then().statusCode(404);
        post("officer.vp.1", "/officers/49/projection", Map.of("groupI", 5, "groupII", 5, "groupIII", 5))
                .then().statusCode(404);
        MonthSteps.put("deputy1", MONTH, "/units/CCHC/review", Map.of("generalScore", 20))
                .then().statusCode(409).body("code", equalTo("month-published"));
        MonthSteps.put("deputy2", MONTH, "/units/CCHC/review", Map.of("generalScore", 20))
                .then().statusCode(404);
    }

    @Test
    void anAdjustmentOfAnUnknownOfficerIs404BeforeTheMonthIsPublished() {
        String open = TaskEvents.unusedYear().atMonth(8).toString();
        given().header("Authorization", TestTokens.bearer("director")).contentType(ContentType.JSON)
                .body(Map.of("generalScore", 20, "reason", "Khiếu nại"))
                .post("/api/evaluations/" + open + "/officers/999999/adjustments")
                .then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("director")).contentType(ContentType.JSON)
                .body(Map.of("generalScore", 20, "reason", "Khiếu nại"))
                .post("/api/evaluations/" + open + "/officers/49/adjustments")
                .then().statusCode(409);
    }

    private static Response post(String username, String path, Map<String, Object> body) {
        return given().header("Authorization", TestTokens.bearer(username)).contentType(ContentType.JSON).body(body)
                .post("/api/evaluations/" + MONTH + path);
    }
}
