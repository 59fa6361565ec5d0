package vn.hungyen.snv.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.testing.TestTokens;
import vn.hungyen.snv.evaluation.testing.FakePlanService;
import vn.hungyen.snv.evaluation.testing.TaskEvents;

/** The scoring profile that rates a month, as the page "Bộ tiêu chí chấm điểm" asks for it. */
@QuarkusTest
@QuarkusTestResource(FakePlanService.class)
class ScoringProfileInForceTest {

    @Test
    void theVersionStartingLatestNotAfterTheMonthRatesIt() {
        Year year = TaskEvents.unusedYear();
        YearMonth september = year.atMonth(9);
        JsonPath before = inForce(september.minusMonths(1).toString());
        BigDecimal excellentBefore = new BigDecimal(before.getString("settings.bands.excellent"));

        int made = post(september, Map.of("bands", Map.of("excellent", 93)));
        try {
            JsonPath rating = inForce(september.toString());
            assertThat(rating.getInt("version")).isEqualTo(made);
            assertThat(rating.getString("firstMonth")).isEqualTo(september.toString());
            assertThat(rating.getInt("settings.bands.excellent")).isEqualTo(93);
            assertThat(rating.getInt("settings.scale.taskMax")).isEqualTo(70);
            assertThat(inForce(september.toString()).getInt("version")).isEqualTo(made);
            assertThat(before.getInt("version")).isNotEqualTo(made);
            assertThat(inForce(september.minusMonths(1).toString()).getInt("version"))
                    .isEqualTo(before.getInt("version"));
        } finally {
            // the years after this one belong to other tests: the setting goes back to what it was
            post(september.plusMonths(1), Map.of("bands", Map.of("excellent", excellentBefore)));
        }
        given().header("Authorization", TestTokens.bearer("officer.cchc.1")).get("/api/scoring-profiles/in-force")
                .then().statusCode(200).body("version", notNullValue()).body("settings.scale.generalMax", notNullValue());
        given().header("Authorization", TestTokens.bearer("officer.cchc.1"))
                .get("/api/scoring-profiles/in-force?month=2024-13").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("invalid-month"));
    }

    private static JsonPath inForce(String month) {
        return given().header("Authorization", TestTokens.bearer("officer.cchc.1"))
                .get("/api/scoring-profiles/in-force?month=" + month).then().statusCode(200).extract().jsonPath();
    }

    private static int post(YearMonth firstMonth, Map<String, Object> settings) {
        return given().header("Authorization", TestTokens.bearer("director")).contentType(ContentType.JSON)
                .body(Map.of("name", "Thử quy định " + firstMonth, "firstMonth", firstMonth.toString(),
                        "reason", "Kiểm tra quy định áp dụng cho tháng", "settings", settings))
                .post("/api/scoring-profiles").then().statusCode(201).extract().jsonPath().getInt("version");
    }
}
