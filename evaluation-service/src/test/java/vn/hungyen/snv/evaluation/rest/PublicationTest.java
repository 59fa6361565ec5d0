package vn.hungyen.snv.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
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
        MonthSteps.put("officer.cchc.1", MONTH, "/officers/49/self-assessment",
                Map.of("groupI", 10, "groupII", 10, "groupIII", 10))
                .then().statusCode(409).body("code", equalTo("month-published"));
        given().header("Authorization", TestTokens.bearer("director")).post("/api/evaluations/" + MONTH + "/publish")
                .then().statusCode(409).body("code", equalTo("month-published"));
    }
}
