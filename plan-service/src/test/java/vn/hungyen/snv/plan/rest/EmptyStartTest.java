package vn.hungyen.snv.plan.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.testing.TestTokens;

/** Without the demo nothing is loaded, and every read and first step answers without a 500. */
@QuarkusTest
@TestProfile(EmptyStartTest.NoDemo.class)
class EmptyStartTest {

    /** The demo off. */
    public static class NoDemo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("app.demo-data", "false");
        }
    }

    @Test
    void anEmptyStartHoldsNothingAnswersWithoutErrorsAndIsBuiltUpThroughTheApi() {
        given().header("Authorization", TestTokens.bearer("sysadmin")).when().get("/api/organisations")
                .then().statusCode(200).body("$", empty());
        for (String path : new String[] {"/api/organisations", "/api/units", "/api/officers", "/api/plans"}) {
            given().header("Authorization", TestTokens.bearer("admin")).when().get(path)
                    .then().statusCode(200).body("$", empty());
        }
        given().header("Authorization", TestTokens.bearer("admin")).when().get("/api/plans/KH-SNV-2024")
                .then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("admin")).when().get("/api/plan-items/1")
                .then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("admin")).contentType("application/json")
                .body("{\"code\": \"KH-2025\", \"title\": \"Kế hoạch\", \"year\": 2025}")
                .when().post("/api/plans").then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("admin")).contentType("application/json")
                .body("{\"code\": \"T-VP\", \"name\": \"Văn phòng\"}")
                .when().post("/api/units").then().statusCode(404).body("code", is("not-found"));
        given().header("Authorization", TestTokens.bearer("admin")).contentType("application/json")
                .body("{\"fullName\": \"Giám Đốc\", \"position\": \"Giám đốc\", \"role\": \"director\"}")
                .when().post("/api/officers").then().statusCode(404);

        // the system administrator starts an organisation, whose administrator then builds it
        given().header("Authorization", TestTokens.bearer("sysadmin")).contentType("application/json")
                .body("{\"code\": \"MYHAO\", \"name\": \"Ủy ban nhân dân thị xã Mỹ Hào\", \"kind\": \"UBND_HUYEN\"}")
                .when().post("/api/organisations").then().statusCode(201);
        given().header("Authorization", TestTokens.bearer("admin.myhao")).contentType("application/json")
                .body("{\"code\": \"MH-NV\", \"name\": \"Phòng Nội vụ\"}")
                .when().post("/api/units").then().statusCode(201).body("organisationCode", is("MYHAO"));
        given().header("Authorization", TestTokens.bearer("admin.myhao")).contentType("application/json")
                .body("{\"fullName\": \"Nguyễn Văn Hải\", \"position\": \"Chủ tịch\", \"role\": \"director\"}")
                .when().post("/api/officers").then().statusCode(201).body("unitCode", is((String) null));
        given().header("Authorization", TestTokens.bearer("admin.myhao")).contentType("application/json")
                .body("{\"code\": \"KH-MYHAO-2026\", \"title\": \"Kế hoạch năm 2026\", \"year\": 2026}")
                .when().post("/api/plans").then().statusCode(201).body("status", is("DRAFT"));
    }
}
