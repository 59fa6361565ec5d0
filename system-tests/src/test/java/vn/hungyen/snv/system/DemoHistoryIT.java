package vn.hungyen.snv.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.snv.system.RunningSystem.EVALUATION;
import static vn.hungyen.snv.system.RunningSystem.TASKS;
import static vn.hungyen.snv.system.RunningSystem.token;

import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The demo's history: run.sh replays January to June 2024 through the services' APIs (demo-replay), so a
 * newcomer's first run has published months with products behind every rating.
 */
class DemoHistoryIT {

    private static final List<String> MONTHS = List.of("2024-01", "2024-02", "2024-03", "2024-04", "2024-05",
            "2024-06");

    @Test
    void theFirstHalfOf2024HasTasksDueInEveryMonth() {
        String admin = token("admin");
        for (String month : MONTHS) {
            long due = given().auth().oauth2(admin).queryParam("dueFrom", month + "-01")
                    .queryParam("dueTo", month + "-28").queryParam("size", 1).get(TASKS + "/api/tasks")
                    .then().statusCode(200).extract().jsonPath().getLong("total");
            assertThat(due).as("tasks due in " + month).isGreaterThanOrEqualTo(100);
        }
    }

    @Test
    void everyMonthIsPublishedForEveryOneRatedWithMoreThanOneLevel() {
        String director = token("director");
        Set<String> levels = new HashSet<>();
        for (String month : MONTHS) {
            JsonPath officers = given().auth().oauth2(director).get(EVALUATION + "/api/evaluations/" + month + "/officers")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(officers.getList("status", String.class)).as(month).hasSizeGreaterThan(60)
                    .containsOnly("PUBLISHED");
            levels.addAll(officers.getList("level", String.class));
        }
        assertThat(levels).contains("HTXSNV", "HTTNV");
    }

    @Test
    void anOfficerSeesTheProductsBehindTheirPublishedMonth() {
        String officer = token("officer.cchc.1");
        long officerId = given().auth().oauth2(officer).get(EVALUATION + "/api/evaluations/2024-03/officers")
                .then().statusCode(200).extract().jsonPath().getLong("[0].officerId");
        JsonPath rating = given().auth().oauth2(officer)
                .get(EVALUATION + "/api/evaluations/2024-03/officers/" + officerId)
                .then().statusCode(200).extract().jsonPath();
        assertThat(rating.getString("status")).isEqualTo("PUBLISHED");
        assertThat(rating.getList("products")).isNotEmpty();
        assertThat(rating.getString("selfAssessment")).isNotNull();
        assertThat(rating.getString("review")).isNotNull();
    }
}
