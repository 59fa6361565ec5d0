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
import vn.hungyen.snv.common.organisation.DemoOrganisation;
import vn.hungyen.snv.common.testing.TestTokens;
import vn.hungyen.snv.evaluation.testing.FakePlanService;
import vn.hungyen.snv.evaluation.testing.TaskEvents;

/** A month goes through every step of §8, is published by the Director, and is locked afterwards. */
@QuarkusTest
@QuarkusTestResource(FakePlanService.class)
class PublicationTest {

    private static final String MONTH = TaskEvents.unusedYear().atMonth(8).toString();

    @Test
    void aCompleteMonthIsPublishedAndLocked() {
        DemoOrganisation organisation = DemoOrganisation.load();
        for (DemoOrganisation.Officer officer : organisation.officers()) {
            if (officer.unitCode() == null) {
                continue;
            }
            DemoOrganisation.Unit unit = organisation.units().stream()
                    .filter(u -> u.code().equals(officer.unitCode())).findFirst().orElseThrow();
            put(officer.username(), "/officers/" + officer.id() + "/self-assessment",
                    Map.of("groupI", 9, "groupII", 9, "groupIII", 8)).then().statusCode(200);
            String reviewer = officer.username().equals(unit.headUsername()) ? unit.supervisorUsername()
                    : unit.headUsername();
            put(reviewer, "/officers/" + officer.id() + "/review", Map.of("generalScore", 26)).then().statusCode(200);
        }
        for (DemoOrganisation.Unit unit : organisation.units()) {
            put(unit.supervisorUsername(), "/units/" + unit.code() + "/review", Map.of("generalScore", 27))
                    .then().statusCode(200);
        }

        given().header("Authorization", TestTokens.bearer("director")).post("/api/evaluations/" + MONTH + "/publish")
                .then().statusCode(200).body("published", equalTo(true));

        var officers = MonthlyEvaluationTest.get("director", "/officers", MONTH).then().statusCode(200)
                .extract().jsonPath();
        assertThat(officers.getList("status", String.class)).isNotEmpty().containsOnly("PUBLISHED");
        assertThat(officers.getList("generalScore", Float.class)).containsOnly(26f);
        put("officer.cchc.1", "/officers/49/self-assessment", Map.of("groupI", 10, "groupII", 10, "groupIII", 10))
                .then().statusCode(409).body("code", equalTo("month-published"));
        given().header("Authorization", TestTokens.bearer("director")).post("/api/evaluations/" + MONTH + "/publish")
                .then().statusCode(409).body("code", equalTo("month-published"));
    }

    private static Response put(String username, String path, Map<String, Object> body) {
        return given().header("Authorization", TestTokens.bearer(username)).contentType(ContentType.JSON).body(body)
                .put("/api/evaluations/" + MONTH + path);
    }
}
