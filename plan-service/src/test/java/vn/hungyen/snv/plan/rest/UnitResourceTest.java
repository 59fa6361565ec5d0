package vn.hungyen.snv.plan.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.testing.TestTokens;

@QuarkusTest
class UnitResourceTest {

    @Test
    void theAdministratorCreatesAndRenamesAUnitOfTheOrganisation() {
        as("admin").body("{\"code\": \"T-KT\", \"name\": \"Phòng Kiểm tra\", \"headUsername\": \"head.vp\", "
                        + "\"supervisorUsername\": \"deputy1\"}")
                .when().post("/api/units")
                .then().statusCode(201)
                .body("organisationCode", is("SNV")).body("code", is("T-KT")).body("active", is(true))
                .body("dissolvedOn", nullValue());
        as("admin").body("{\"name\": \"Phòng Kiểm tra nội bộ\"}")
                .when().put("/api/units/T-KT")
                .then().statusCode(200).body("name", is("Phòng Kiểm tra nội bộ")).body("headUsername", is("head.vp"));
        given().header("Authorization", TestTokens.bearer("officer.vp.1")).when().get("/api/units")
                .then().statusCode(200).body("code", hasItem("T-KT"));
    }

    @Test
    void onlyTheAdministratorChangesUnits() {
        as("head.vp").body("{\"code\": \"T-X\", \"name\": \"Phòng X\"}").when().post("/api/units")
                .then().statusCode(403);
        as("director").body("{\"name\": \"Văn phòng\"}").when().put("/api/units/VP").then().statusCode(403);
    }

    @Test
    void unitCodesAreUniqueAcrossOrganisationsAndFieldsAreChecked() {
        as("admin").body("{\"code\": \"MH-NV\", \"name\": \"Trùng mã của Mỹ Hào\"}").when().post("/api/units")
                .then().statusCode(409).contentType("application/problem+json").body("code", is("unit-exists"))
                .body("detail", startsWith("Mã đơn vị MH-NV đã được dùng"));
        as("admin").body("{\"code\": \"phong 1\", \"name\": \"Phòng\"}").when().post("/api/units")
                .then().statusCode(400).body("violations[0].field", is("code"));
        as("admin").body("{\"code\": \"T-Y\"}").when().post("/api/units")
                .then().statusCode(400).body("detail", is("Cần ghi tên đơn vị."));
        as("admin").body("{\"code\": \"T-Y\", \"name\": \"Phòng Y\", \"headUsername\": \"head.nv.myhao\"}")
                .when().post("/api/units")
                .then().statusCode(400).body("detail", is("Không có cán bộ tên đăng nhập \"head.nv.myhao\" trong tổ "
                        + "chức."));
    }

    @Test
    void aUnitIsDissolvedOrMergedOnlyOnceItsOfficersHaveMoved() {
        as("admin").body("{\"code\": \"T-GT\", \"name\": \"Phòng sắp giải thể\"}").when().post("/api/units")
                .then().statusCode(201);
        int officer = as("admin").body("{\"fullName\": \"Trần Văn Chuyển\", \"unitCode\": \"T-GT\", \"position\": "
                        + "\"Chuyên viên\", \"joinedOn\": \"2025-01-01\"}")
                .when().post("/api/officers").then().statusCode(201).extract().path("id");

        as("admin").body("{\"dissolvedOn\": \"2025-07-01\", \"mergedInto\": \"CCHC\"}").when().put("/api/units/T-GT")
                .then().statusCode(409).body("code", is("unit-has-officers"))
                .body("detail", startsWith("Đơn vị T-GT vẫn còn 1 cán bộ từ ngày 2025-07-01 (Trần Văn Chuyển)"));
        as("admin").body("{\"dissolvedOn\": \"2025-07-01\", \"mergedInto\": \"MH-NV\"}").when().put("/api/units/T-GT")
                .then().statusCode(400).body("violations[0].field", is("mergedInto"));
        as("admin").body("{\"dissolvedOn\": \"2025-07-01\", \"mergedInto\": \"T-GT\"}").when().put("/api/units/T-GT")
                .then().statusCode(400);

        as("admin").body("{\"unitCode\": \"CCHC\", \"effectiveFrom\": \"2025-07-01\"}")
                .when().put("/api/officers/{id}", officer).then().statusCode(200);
        as("admin").body("{\"dissolvedOn\": \"2025-07-01\", \"mergedInto\": \"CCHC\"}").when().put("/api/units/T-GT")
                .then().statusCode(200)
                .body("active", is(false)).body("dissolvedOn", is("2025-07-01")).body("mergedInto", is("CCHC"));

        given().header("Authorization", TestTokens.bearer("admin")).when().get("/api/units")
                .then().statusCode(200).body("code", not(hasItem("T-GT")));
        given().header("Authorization", TestTokens.bearer("admin")).queryParam("all", true).when().get("/api/units")
                .then().statusCode(200).body("find { it.code == 'T-GT' }.mergedInto", is("CCHC"));
        as("admin").body("{\"unitCode\": \"T-GT\", \"effectiveFrom\": \"2025-08-01\"}")
                .when().put("/api/officers/{id}", officer)
                .then().statusCode(400).body("detail", startsWith("Đơn vị T-GT đã giải thể từ 2025-07-01"));
    }

    private static RequestSpecification as(String username) {
        return given().header("Authorization", TestTokens.bearer(username)).contentType("application/json");
    }
}
