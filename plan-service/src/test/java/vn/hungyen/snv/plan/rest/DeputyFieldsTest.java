package vn.hungyen.snv.plan.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.testing.TestTokens;

/**
 * The head of VP (head.vp) assigns fields of work to the unit's deputy heads, deputyhead.vp.1 (6) and
 * deputyhead.vp.2 (7), from a month on; the months before keep their assignment.
 */
@QuarkusTest
class DeputyFieldsTest {

    private static final String CCHC = "Cải cách hành chính";
    private static final String VAN_THU = "Văn thư, lưu trữ";
    private static final String THI_DUA = "Thi đua, khen thưởng";

    @Test
    void theHeadAssignsFieldsFromAMonthAndEarlierMonthsKeepTheirs() {
        as("head.vp").body("{\"fields\": [\"" + CCHC + "\", \" " + VAN_THU + "\", \"" + CCHC + "\"], "
                        + "\"from\": \"2024-03\"}")
                .when().put("/api/units/VP/deputies/6/fields")
                .then().statusCode(200)
                .body("officerId", is(6)).body("history", hasSize(1))
                .body("history[0].from", is("2024-03")).body("history[0].to", nullValue())
                .body("history[0].fields", contains(CCHC, VAN_THU)).body("history[0].recordedBy", is("head.vp"));
        as("head.vp").body("{\"fields\": [\"" + THI_DUA + "\"], \"from\": \"2024-06\"}")
                .when().put("/api/units/VP/deputies/6/fields")
                .then().statusCode(200)
                .body("history", hasSize(2)).body("history[0].to", is("2024-05"))
                .body("history[1].from", is("2024-06")).body("history[1].fields", contains(THI_DUA));

        given().header("Authorization", TestTokens.bearer("officer.vp.1")).queryParam("month", "2024-04")
                .when().get("/api/units/VP/deputies")
                .then().statusCode(200)
                .body("officerId", contains(6, 7))
                .body("find { it.officerId == 6 }.fields", contains(CCHC, VAN_THU))
                .body("find { it.officerId == 6 }.fieldsFrom", is("2024-03"))
                .body("find { it.officerId == 6 }.position", is("Phó Chánh Văn phòng"))
                .body("find { it.officerId == 7 }.fields", empty())
                .body("find { it.officerId == 7 }.fieldsFrom", nullValue())
                .body("mayAssign", everyItem(is(false)));
        given().header("Authorization", TestTokens.bearer("head.vp")).queryParam("month", "2024-04")
                .when().get("/api/units/VP/deputies")
                .then().statusCode(200).body("mayAssign", contains(true, true));
        given().header("Authorization", TestTokens.bearer("director")).queryParam("month", "2024-07")
                .when().get("/api/units/VP/deputies")
                .then().statusCode(200).body("find { it.officerId == 6 }.fields", contains(THI_DUA));

        given().header("Authorization", TestTokens.bearer("director")).queryParam("month", "2024-04")
                .when().get("/api/units/deputies")
                .then().statusCode(200)
                .body("find { it.officerId == 6 }.unitCode", is("VP"))
                .body("find { it.officerId == 6 }.from", is("2024-03"))
                .body("find { it.officerId == 6 }.fields", contains(CCHC, VAN_THU))
                .body("officerId", not(hasItem(7)));
        given().header("Authorization", TestTokens.bearer("director")).queryParam("month", "2024-02")
                .when().get("/api/units/deputies")
                .then().statusCode(200).body("officerId", not(hasItem(6)));
        given().header("Authorization", TestTokens.bearer("director"))
                .when().get("/api/units/VP/deputies/6/fields")
                .then().statusCode(200).body("fields", contains(THI_DUA)).body("history", hasSize(2));
    }

    @Test
    void theSameMonthCorrectsAndNoFieldsGivesTheWholeUnitBack() {
        as("admin").body("{\"fields\": [\"" + THI_DUA + "\"], \"from\": \"2024-09\"}")
                .when().put("/api/units/VP/deputies/7/fields").then().statusCode(200);
        as("admin").body("{\"fields\": [\"" + VAN_THU + "\"], \"from\": \"2024-09\"}")
                .when().put("/api/units/VP/deputies/7/fields")
                .then().statusCode(200).body("history", hasSize(1)).body("history[0].fields", contains(VAN_THU))
                .body("history[0].recordedBy", is("admin"));
        as("head.vp").body("{\"fields\": [], \"from\": \"2024-11\"}")
                .when().put("/api/units/VP/deputies/7/fields")
                .then().statusCode(200).body("history", hasSize(2)).body("history[1].fields", empty());
        given().header("Authorization", TestTokens.bearer("director")).queryParam("month", "2024-10")
                .when().get("/api/units/deputies")
                .then().statusCode(200).body("find { it.officerId == 7 }.fields", contains(VAN_THU));
        given().header("Authorization", TestTokens.bearer("director")).queryParam("month", "2024-11")
                .when().get("/api/units/deputies")
                .then().statusCode(200).body("officerId", not(hasItem(7)));
    }

    @Test
    void onlyTheUnitsHeadOrTheAdministratorAssigns() {
        String body = "{\"fields\": [\"" + CCHC + "\"], \"from\": \"2025-01\"}";
        as("officer.vp.1").body(body).when().put("/api/units/VP/deputies/6/fields").then().statusCode(403);
        as("head.ttra").body(body).when().put("/api/units/VP/deputies/6/fields")
                .then().statusCode(403).contentType("application/problem+json").body("code", is("not-unit-head"))
                .body("detail", startsWith("Chỉ trưởng đơn vị Văn phòng"));
        as("deputyhead.vp.2").body(body).when().put("/api/units/VP/deputies/6/fields")
                .then().statusCode(403).body("code", is("not-unit-head"));
        as("head.nv.myhao").body(body).when().put("/api/units/VP/deputies/6/fields").then().statusCode(404);
    }

    @Test
    void badAssignmentsAreRefusedWithAReason() {
        as("head.vp").body("{\"fields\": [\"Lĩnh vực không có\"], \"from\": \"2025-02\"}")
                .when().put("/api/units/VP/deputies/6/fields")
                .then().statusCode(400).contentType("application/problem+json").body("code", is("unknown-field"))
                .body("detail", startsWith("Không có lĩnh vực công tác \"Lĩnh vực không có\""));
        as("head.vp").body("{\"fields\": [\"" + CCHC + "\"], \"from\": \"2025-02\"}")
                .when().put("/api/units/VP/deputies/8/fields")
                .then().statusCode(409).body("code", is("not-deputy-head"))
                .body("detail", startsWith("Lương Đức Đạt không phải cấp phó của đơn vị Văn phòng"));
        as("head.vp").body("{\"fields\": [\"" + CCHC + "\"], \"from\": \"2025-02\"}")
                .when().put("/api/units/VP/deputies/5/fields").then().statusCode(409)
                .body("code", is("not-deputy-head"));
        as("head.vp").body("{\"fields\": [\"" + CCHC + "\"]}")
                .when().put("/api/units/VP/deputies/6/fields")
                .then().statusCode(400).body("violations[0].field", is("from"));
        as("head.vp").body("{\"fields\": [\"" + CCHC + "\"], \"from\": \"2025-13\"}")
                .when().put("/api/units/VP/deputies/6/fields").then().statusCode(400);
        as("head.vp").body("{\"from\": \"2025-02\"}")
                .when().put("/api/units/VP/deputies/6/fields")
                .then().statusCode(400).body("violations[0].field", is("fields"));
        as("head.vp").when().put("/api/units/VP/deputies/6/fields").then().statusCode(400);
        as("head.vp").body("{\"fields\": [\"" + CCHC + "\"], \"from\": \"2025-02\"}")
                .when().put("/api/units/VP/deputies/9999/fields").then().statusCode(404);

        as("head.ttra").body("{\"fields\": [\"" + CCHC + "\"], \"from\": \"2026-05\"}")
                .when().put("/api/units/TTRA/deputies/16/fields").then().statusCode(200);
        as("head.ttra").body("{\"fields\": [\"" + VAN_THU + "\"], \"from\": \"2026-04\"}")
                .when().put("/api/units/TTRA/deputies/16/fields")
                .then().statusCode(400).body("code", is("before-latest-assignment"))
                .body("detail", startsWith("Tháng áp dụng 2026-04 trước lần phân công gần nhất (từ tháng 2026-05)"));
        given().header("Authorization", TestTokens.bearer("director")).queryParam("month", "2024-3")
                .when().get("/api/units/deputies")
                .then().statusCode(400).body("code", is("invalid-parameter"));
    }

    @Test
    void everyCatalogueItemHasItsField() {
        int items = given().header("Authorization", TestTokens.bearer("admin")).when().get("/api/plans")
                .then().statusCode(200).extract().path("itemCount.sum()");
        given().header("Authorization", TestTokens.bearer("admin")).when().get("/api/plan-items/fields")
                .then().statusCode(200).body("size()", is(items)).body("field", hasItem(CCHC));
    }

    private static RequestSpecification as(String username) {
        return given().header("Authorization", TestTokens.bearer(username)).contentType("application/json");
    }
}
