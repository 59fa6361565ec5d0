package vn.hungyen.snv.evaluation.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.evaluation.testing.FakePlanService;
import vn.hungyen.snv.evaluation.testing.MonthSteps;
import vn.hungyen.snv.evaluation.testing.TaskEvents;

/** {@code app.scoring.scale.general-max} is the only bound of G and G_u, and the schedule tells it to clients. */
@QuarkusTest
@QuarkusTestResource(FakePlanService.class)
@TestProfile(GeneralScaleSettingTest.GeneralMax40.class)
class GeneralScaleSettingTest {

    /** The §10 defaults except scale.generalMax = 40. */
    public static class GeneralMax40 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("app.scoring.scale.general-max", "40");
        }
    }

    @Test
    void scoresUpToTheConfiguredBoundAreTakenAndTheScheduleAnswersIt() {
        String month = TaskEvents.unusedYear().atMonth(11).toString();

        MonthlyEvaluationTest.get("officer.cchc.1", "/schedule", month).then().statusCode(200)
                .body("limits.groupMax", equalTo(10)).body("limits.generalMax", equalTo(40))
                .body("limits.taskMax", equalTo(70));
        assertThat(MonthSteps.put("deputy1", month, "/units/CCHC/review", Map.of("generalScore", 35)).then()
                .statusCode(200).extract().jsonPath().getFloat("[0].generalScore")).isEqualTo(35f);
        MonthSteps.put("deputy1", month, "/units/CCHC/review", Map.of("generalScore", 41)).then().statusCode(400)
                .body("code", equalTo("out-of-range")).body("detail", equalTo("Điểm generalScore phải từ 0 đến 40."));
    }
}
