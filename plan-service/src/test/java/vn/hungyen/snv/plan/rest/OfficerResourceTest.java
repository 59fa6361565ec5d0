package vn.hungyen.snv.plan.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.testing.TestTokens;

@QuarkusTest
class OfficerResourceTest {

    @Test
    void demoOfficersHaveTheirPostingSinceAlwaysAndTheirContractType() {
        given().header("Authorization", TestTokens.bearer("officer.cchc.1")).when().get("/api/officers")
                .then().statusCode(200)
                .body("find { it.quotaGroup == 'contract' }.contractType", is("HOP_DONG"))
                .body("find { it.username == 'officer.cchc.1' }.contractType", is("BIEN_CHE"))
                .body("find { it.username == 'officer.cchc.1' }.active", is(true))
                .body("find { it.username == 'officer.cchc.1' }.joinedOn", nullValue())
                .body("find { it.username == 'officer.cchc.1' }.assignments[0].from", is("2000-01-01"))
                .body("find { it.username == 'officer.cchc.1' }.assignments[0].unitCode", is("CCHC"));
    }

    @Test
    void aMoveTakesEffectFromItsDateAndTheListOnADateShowsThatDaysPosting() {
        int id = create("Lê Thị Điều Động", "VP", "2025-01-01");
        as("admin").body("{\"unitCode\": \"TCBC\", \"position\": \"Phó Trưởng phòng\", \"effectiveFrom\": "
                        + "\"2025-06-01\"}")
                .when().put("/api/officers/{id}", id)
                .then().statusCode(200)
                .body("assignments", hasSize(2))
                .body("assignments[0].to", is("2025-05-31"))
                .body("assignments[1].unitCode", is("TCBC")).body("assignments[1].to", nullValue());

        assertThat(officerOn(id, "2025-05-31")).isEqualTo(List.of("VP", "Chuyên viên"));
        assertThat(officerOn(id, "2025-06-01")).isEqualTo(List.of("TCBC", "Phó Trưởng phòng"));
        given().header("Authorization", TestTokens.bearer("director"))
                .queryParam("asOf", "2025-05-31").queryParam("unit", "VP").when().get("/api/officers")
                .then().statusCode(200).body("id", hasItem(id)).body("unitCode", everyItem(is("VP")));
        given().header("Authorization", TestTokens.bearer("director"))
                .queryParam("asOf", "2025-06-30").queryParam("unit", "VP").when().get("/api/officers")
                .then().statusCode(200).body("id", not(hasItem(id)));
        given().header("Authorization", TestTokens.bearer("director"))
                .queryParam("asOf", "2024-12-31").when().get("/api/officers")
                .then().statusCode(200).body("id", not(hasItem(id))).body("username", hasItem("officer.vp.1"));
    }

    @Test
    void movesBeforeJoiningOrTheLatestPostingOrToAnotherOrganisationAreRefused() {
        int id = create("Phạm Văn Sai Ngày", "VP", "2025-03-01");
        as("admin").body("{\"position\": \"Chuyên viên chính\", \"effectiveFrom\": \"2025-02-01\"}")
                .when().put("/api/officers/{id}", id)
                .then().statusCode(400).contentType("application/problem+json").body("code", is("move-before-joining"))
                .body("detail", startsWith("Ngày hiệu lực 2025-02-01 trước ngày cán bộ vào cơ quan"));
        as("admin").body("{\"position\": \"Chuyên viên chính\", \"effectiveFrom\": \"2025-05-01\"}")
                .when().put("/api/officers/{id}", id).then().statusCode(200);
        as("admin").body("{\"unitCode\": \"CCHC\", \"effectiveFrom\": \"2025-04-01\"}")
                .when().put("/api/officers/{id}", id).then().statusCode(400).body("code", is("move-before-latest"));
        as("admin").body("{\"unitCode\": \"MH-NV\", \"effectiveFrom\": \"2025-06-01\"}")
                .when().put("/api/officers/{id}", id)
                .then().statusCode(400).body("detail", is("Không có đơn vị \"MH-NV\" trong tổ chức."));
        as("admin.myhao").body("{\"position\": \"Chuyên viên\"}").when().put("/api/officers/{id}", id)
                .then().statusCode(404);
    }

    @Test
    void leavingRecordsTheDateFromWhichTheOfficerNoLongerBelongs() {
        int id = create("Vũ Văn Nghỉ Việc", "CCHC", "2025-01-01");
        as("admin").body("{\"active\": false, \"effectiveFrom\": \"2025-09-01\"}")
                .when().put("/api/officers/{id}", id)
                .then().statusCode(200).body("active", is(false)).body("leftOn", is("2025-09-01"));
        given().header("Authorization", TestTokens.bearer("admin")).queryParam("asOf", "2025-08-31")
                .when().get("/api/officers").then().statusCode(200).body("id", hasItem(id));
        given().header("Authorization", TestTokens.bearer("admin")).queryParam("asOf", "2025-09-30")
                .when().get("/api/officers").then().statusCode(200).body("id", not(hasItem(id)));
        given().header("Authorization", TestTokens.bearer("admin")).queryParam("asOf", "2025-09-30")
                .queryParam("all", true).when().get("/api/officers").then().statusCode(200).body("id", hasItem(id));
        as("admin").body("{\"unitCode\": \"VP\", \"effectiveFrom\": \"2025-10-01\"}")
                .when().put("/api/officers/{id}", id).then().statusCode(400).body("code", is("officer-left"));
    }

    @Test
    void aNewOfficerIsCheckedAndGetsAnIdAboveTheDemoOnes() {
        as("admin").body("{\"fullName\": \"Đỗ Thị Mới\", \"unitCode\": \"VP\", \"position\": \"Chuyên viên\", "
                        + "\"username\": \"officer.vp.moi\", \"contractType\": \"HOP_DONG\"}")
                .when().post("/api/officers")
                .then().statusCode(201)
                .body("id", greaterThanOrEqualTo(1000)).body("organisationCode", is("SNV"))
                .body("username", is("officer.vp.moi")).body("role", is("officer"))
                .body("contractType", is("HOP_DONG")).body("unitCode", is("VP"));
        as("admin").body("{\"fullName\": \"Trùng Tên\", \"unitCode\": \"VP\", \"position\": \"Chuyên viên\", "
                        + "\"username\": \"officer.vp.moi\"}")
                .when().post("/api/officers").then().statusCode(409).body("code", is("username-taken"));
        as("admin").body("{\"fullName\": \"Không Đơn Vị\", \"position\": \"Chuyên viên\"}")
                .when().post("/api/officers").then().statusCode(400).body("violations[0].field", is("unitCode"));
        as("admin").body("{\"fullName\": \"Sai Hợp Đồng\", \"unitCode\": \"VP\", \"position\": \"Chuyên viên\", "
                        + "\"contractType\": \"THOI_VU\"}")
                .when().post("/api/officers").then().statusCode(400).body("violations[0].field", is("contractType"));
        as("admin").body("{\"fullName\": \"Khác Tổ Chức\", \"unitCode\": \"MH-VP\", \"position\": \"Chuyên viên\"}")
                .when().post("/api/officers").then().statusCode(400);
        as("head.vp").body("{\"fullName\": \"Không Quyền\", \"unitCode\": \"VP\", \"position\": \"Chuyên viên\"}")
                .when().post("/api/officers").then().statusCode(403);
    }

    @Test
    void leavesAreRecordedCheckedAndRemoved() {
        int id = create("Nguyễn Thị Thai Sản", "TCBC", "2024-01-01");
        int leave = as("admin").body("{\"kind\": \"MATERNITY\", \"from\": \"2025-03-01\", \"to\": \"2025-08-31\", "
                        + "\"note\": \"Nghỉ thai sản\"}")
                .when().post("/api/officers/{id}/leaves", id)
                .then().statusCode(201).body("kind", is("MATERNITY")).body("note", is("Nghỉ thai sản"))
                .extract().path("id");
        as("admin").body("{\"kind\": \"SICK\", \"from\": \"2025-08-31\", \"to\": \"2025-09-05\"}")
                .when().post("/api/officers/{id}/leaves", id)
                .then().statusCode(409).body("code", is("leave-overlaps"));
        as("admin").body("{\"kind\": \"SICK\", \"from\": \"2025-10-05\", \"to\": \"2025-10-01\"}")
                .when().post("/api/officers/{id}/leaves", id)
                .then().statusCode(400).body("code", is("leave-ends-before-start"));
        as("admin").body("{\"kind\": \"HOLIDAY\", \"from\": \"2025-10-01\", \"to\": \"2025-10-05\"}")
                .when().post("/api/officers/{id}/leaves", id)
                .then().statusCode(400).body("violations[0].field", is("kind"));
        as("head.tcbc").body("{\"kind\": \"SICK\", \"from\": \"2025-10-01\", \"to\": \"2025-10-05\"}")
                .when().post("/api/officers/{id}/leaves", id).then().statusCode(403);

        given().header("Authorization", TestTokens.bearer("head.tcbc")).when().get("/api/officers/{id}", id)
                .then().statusCode(200).body("leaves", hasSize(1)).body("leaves[0].id", is(leave))
                .body("leaves[0].from", is("2025-03-01")).body("leaves[0].to", is("2025-08-31"));
        given().header("Authorization", TestTokens.bearer("admin"))
                .when().delete("/api/officers/{id}/leaves/{leave}", id, leave).then().statusCode(204);
        given().header("Authorization", TestTokens.bearer("admin"))
                .when().delete("/api/officers/{id}/leaves/{leave}", id, leave).then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("admin")).when().get("/api/officers/{id}", id)
                .then().statusCode(200).body("leaves", hasSize(0));
    }

    private static int create(String fullName, String unitCode, String joinedOn) {
        return as("admin").body("{\"fullName\": \"" + fullName + "\", \"unitCode\": \"" + unitCode
                        + "\", \"position\": \"Chuyên viên\", \"joinedOn\": \"" + joinedOn + "\"}")
                .when().post("/api/officers").then().statusCode(201).extract().path("id");
    }

    private static List<String> officerOn(int id, String date) {
        var officer = given().header("Authorization", TestTokens.bearer("officer.vp.1")).queryParam("asOf", date)
                .when().get("/api/officers/{id}", id).then().statusCode(200).extract().jsonPath();
        return List.of(officer.getString("unitCode"), officer.getString("position"));
    }

    private static RequestSpecification as(String username) {
        return given().header("Authorization", TestTokens.bearer(username)).contentType("application/json");
    }
}
