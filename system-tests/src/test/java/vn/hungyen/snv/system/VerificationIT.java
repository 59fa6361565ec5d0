package vn.hungyen.snv.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.snv.system.RunningSystem.EVALUATION;
import static vn.hungyen.snv.system.RunningSystem.token;

import io.restassured.path.json.JsonPath;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Months anyone can re-check (issue 14): every month the demo has published, in each of its organisations, recomputed
 * by evaluation-service from the stored events with the profile and quota exceptions its publication recorded, is
 * identical to what was published.
 */
class VerificationIT {

    /** The first month the demo could hold; the last is the current one. */
    private static final YearMonth FIRST = YearMonth.of(2024, 1);

    @Test
    void everyPublishedMonthOfTheDemoRecomputesIdentically() {
        List<String> snv = verifyEveryPublishedMonth("director");
        assertThat(snv).as("the Department's replayed months").contains("2024-01", "2024-02", "2024-03", "2024-04",
                "2024-05", "2024-06");
        verifyEveryPublishedMonth("chairman.myhao");
    }

    /** Verifies each month the leader's organisation has published; answers those months. */
    private static List<String> verifyEveryPublishedMonth(String leader) {
        String token = token(leader);
        List<String> published = new ArrayList<>();
        for (YearMonth month = FIRST; !month.isAfter(YearMonth.now()); month = month.plusMonths(1)) {
            int status = given().auth().oauth2(token).get(EVALUATION + "/api/evaluations/" + month + "/publication")
                    .then().extract().statusCode();
            assertThat(status).as(leader + " " + month + " publication").isIn(200, 404);
            if (status == 404) {
                continue;
            }
            published.add(month.toString());
            JsonPath verification = given().auth().oauth2(token)
                    .get(EVALUATION + "/api/evaluations/" + month + "/verification").then().statusCode(200)
                    .extract().jsonPath();
            List<Object> differing = new ArrayList<>(verification.getList("officers.findAll { !it.identical }"));
            differing.addAll(verification.getList("units.findAll { !it.identical }"));
            assertThat(differing).as(leader + " " + month + ": officers and units that differ").isEmpty();
            assertThat(verification.getBoolean("identical")).as(leader + " " + month).isTrue();
            assertThat(verification.getList("officers")).as(leader + " " + month + " officers").isNotEmpty();
            assertThat(verification.getInt("profileVersion")).as(leader + " " + month + " profile").isPositive();
        }
        return published;
    }
}
