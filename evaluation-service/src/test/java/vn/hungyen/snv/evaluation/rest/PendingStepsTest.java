package vn.hungyen.snv.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.organisation.DemoOrganisation;
import vn.hungyen.snv.common.testing.PinnedClock;
import vn.hungyen.snv.common.testing.TestTokens;
import vn.hungyen.snv.evaluation.testing.FakePlanService;
import vn.hungyen.snv.evaluation.testing.MonthSteps;
import vn.hungyen.snv.evaluation.testing.TaskEvents;

/**
 * GET /api/evaluations/{month}/pending-steps: who still has a step of a month over and not published, the whole
 * organisation's for the Director and task-service's reminder job (role service), one's own steps for anyone else;
 * the service identity reads that and nothing else.
 */
@QuarkusTest
@QuarkusTestResource(FakePlanService.class)
class PendingStepsTest {

    private static final DemoOrganisation DEMO = DemoOrganisation.load();

    private static JsonPath pending(String authorization, YearMonth month) {
        return given().header("Authorization", authorization).get("/api/evaluations/" + month + "/pending-steps")
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<Map<String, Object>> steps(JsonPath answer, String step) {
        return answer.<Map<String, Object>>getList("").stream().filter(s -> step.equals(s.get("step"))).toList();
    }

    @Test
    void eachCallerSeesTheStepsTheyStillHaveAndTheReminderJobSeesAll() {
        YearMonth month = TaskEvents.unusedYear().atMonth(8);
        PinnedClock.at(month.plusMonths(1).atDay(20).atTime(9, 0).atZone(PinnedClock.zone()).toInstant().toString());
        DemoOrganisation.Officer officer = DEMO.officer("officer.cchc.1");
        MonthSteps.put("officer.cchc.1", month.toString(), "/officers/" + officer.id() + "/self-assessment",
                Map.of("groupI", 9, "groupII", 9, "groupIII", 8)).then().statusCode(200);

        JsonPath all = pending(TestTokens.bearer("director"), month);
        assertThat(steps(all, "SELF_ASSESSMENT")).extracting(s -> ((Number) s.get("officerId")).longValue())
                .doesNotContain(officer.id()).contains(DEMO.officer("officer.cchc.2").id());
        assertThat(steps(all, "REVIEW")).singleElement().satisfies(s -> {
            assertThat(s.get("username")).isEqualTo("head.cchc");
            assertThat(s.get("concerns")).isEqualTo(List.of(officer.fullName()));
        });
        assertThat(steps(all, "UNIT_REVIEW")).extracting(s -> s.get("username"))
                .containsExactlyInAnyOrder("deputy1", "deputy2", "deputy3");
        assertThat(steps(all, "PUBLICATION")).singleElement().satisfies(s -> {
            assertThat(s.get("username")).isEqualTo("director");
            assertThat((String) s.get("message")).startsWith("Kết quả đánh giá tháng " + month.getMonthValue() + "/"
                    + month.getYear() + " chưa được công bố; hạn công bố là ngày ");
        });
        assertThat(pending(TestTokens.bearer(TestTokens.SERVICE), month).getList("")).isEqualTo(all.getList(""));

        JsonPath own = pending(TestTokens.bearer("officer.cchc.2"), month);
        assertThat(own.getList("step", String.class)).containsExactly("SELF_ASSESSMENT");
        assertThat(own.getLong("[0].officerId")).isEqualTo(DEMO.officer("officer.cchc.2").id());
        assertThat(pending(TestTokens.bearer("officer.cchc.1"), month).getList("")).isEmpty();
        assertThat(pending(TestTokens.bearer("head.cchc"), month).getList("step", String.class))
                .containsExactlyInAnyOrder("SELF_ASSESSMENT", "REVIEW");

        // a month still running has no step to remind
        assertThat(pending(TestTokens.bearer("director"), month.plusMonths(1)).getList("")).isEmpty();
        // the service identity reads the pending steps and nothing else
        given().header("Authorization", TestTokens.bearer(TestTokens.SERVICE)).get("/api/evaluations/" + month + "/officers")
                .then().statusCode(403);
        given().header("Authorization", TestTokens.bearer(TestTokens.SERVICE)).post("/api/evaluations/" + month + "/publish")
                .then().statusCode(403);
    }
}
