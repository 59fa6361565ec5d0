package vn.hungyen.snv.plan.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.testing.TestTokens;

/** Every organisation sees its own units, officers, plans and items only; another's answer 404 or are left out. */
@QuarkusTest
class OrganisationScopeTest {

    private static final String MY_HAO_OFFICER = TestTokens.bearer("officer.nv.myhao.1");
    private static final String SNV_OFFICER = TestTokens.bearer("officer.cchc.1");

    @Test
    void aMyHaoCallerGets404ForTheDepartmentsResources() {
        long snvItem = given().header("Authorization", SNV_OFFICER)
                .when().get("/api/plans/KH-SNV-2024/items/1").then().statusCode(200).extract().jsonPath().getLong("id");
        for (String path : List.of("/api/plans/KH-SNV-2024", "/api/plans/KH-SNV-2024/items",
                "/api/plans/KH-SNV-2024/items/1", "/api/plans/KH-SNV-2024/versions", "/api/plans/KH-SNV-2024/diff",
                "/api/plans/KH-SNV-2024/export", "/api/plan-items/" + snvItem, "/api/officers/5", "/api/units/VP")) {
            given().header("Authorization", MY_HAO_OFFICER).when().get(path)
                    .then().statusCode(404).contentType("application/problem+json").body("code", is("not-found"));
        }
        given().header("Authorization", TestTokens.bearer("admin.myhao")).contentType("application/json")
                .body("{\"name\": \"Văn phòng\"}")
                .when().put("/api/units/VP").then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("admin.myhao")).contentType("text/csv")
                .body("STT\n".getBytes())
                .when().post("/api/plans/KH-SNV-2024/import").then().statusCode(404);
    }

    @Test
    void theDepartmentGets404ForMyHaosResources() {
        given().header("Authorization", SNV_OFFICER).when().get("/api/officers/201").then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("admin")).contentType("application/json")
                .body("{\"name\": \"Phòng Nội vụ\"}")
                .when().put("/api/units/MH-NV").then().statusCode(404);
    }

    @Test
    void listsHoldTheCallersOrganisationOnly() {
        given().header("Authorization", MY_HAO_OFFICER).when().get("/api/units")
                .then().statusCode(200)
                .body("organisationCode", everyItem(is("MYHAO")))
                .body("code", hasItem("MH-NV")).body("code", not(hasItem("VP")));
        given().header("Authorization", MY_HAO_OFFICER).when().get("/api/officers")
                .then().statusCode(200)
                .body("organisationCode", everyItem(is("MYHAO")))
                .body("username", hasItem("chairman.myhao")).body("username", not(hasItem("director")));
        given().header("Authorization", MY_HAO_OFFICER).when().get("/api/plans")
                .then().statusCode(200)
                .body("organisationCode", everyItem(is("MYHAO")))
                .body("code", not(hasItem("KH-SNV-2024")));
        given().header("Authorization", SNV_OFFICER).when().get("/api/units")
                .then().statusCode(200)
                .body("organisationCode", everyItem(is("SNV"))).body("code", not(hasItem("MH-NV")));
        given().header("Authorization", SNV_OFFICER).when().get("/api/plans")
                .then().statusCode(200)
                .body("organisationCode", everyItem(is("SNV"))).body("code", hasItem("KH-SNV-2024"));
    }

    @Test
    void theSystemAdministratorManagesOrganisationsAndSeesNoOrganisationData() {
        String sysadmin = TestTokens.bearer("sysadmin");
        given().header("Authorization", sysadmin).when().get("/api/organisations")
                .then().statusCode(200).body("code", hasItem("SNV")).body("code", hasItem("MYHAO"));
        given().header("Authorization", sysadmin).when().get("/api/units").then().statusCode(403);
        given().header("Authorization", sysadmin).when().get("/api/plans").then().statusCode(403);

        given().header("Authorization", sysadmin).contentType("application/json")
                .body("{\"code\": \"XA-TEST\", \"name\": \"Ủy ban nhân dân xã Thử\", \"kind\": \"UBND_XA\"}")
                .when().post("/api/organisations")
                .then().statusCode(201).body("code", is("XA-TEST")).body("kind", is("UBND_XA"));
        given().header("Authorization", sysadmin).when().get("/api/organisations/XA-TEST")
                .then().statusCode(200).body("name", is("Ủy ban nhân dân xã Thử"));
        given().header("Authorization", sysadmin).contentType("application/json")
                .body("{\"code\": \"XA-TEST\", \"name\": \"Trùng\", \"kind\": \"UBND_XA\"}")
                .when().post("/api/organisations")
                .then().statusCode(409).body("code", is("organisation-exists"));
        given().header("Authorization", sysadmin).contentType("application/json")
                .body("{\"code\": \"xa thu\", \"name\": \"Xã\", \"kind\": \"UBND_XA\"}")
                .when().post("/api/organisations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", startsWith("Mã tổ chức \"xa thu\""));
        given().header("Authorization", sysadmin).contentType("application/json")
                .when().post("/api/organisations").then().statusCode(400);
        given().header("Authorization", TestTokens.bearer("admin")).contentType("application/json")
                .body("{\"code\": \"XA-KHAC\", \"name\": \"Xã\", \"kind\": \"UBND_XA\"}")
                .when().post("/api/organisations").then().statusCode(403);
    }

    @Test
    void membersSeeTheirOwnOrganisationOnly() {
        List<String> codes = given().header("Authorization", MY_HAO_OFFICER).when().get("/api/organisations")
                .then().statusCode(200).extract().jsonPath().getList("code");
        assertThat(codes).containsExactly("MYHAO");
        given().header("Authorization", MY_HAO_OFFICER).when().get("/api/organisations/MYHAO")
                .then().statusCode(200).body("name", is("Ủy ban nhân dân thị xã Mỹ Hào"));
        given().header("Authorization", MY_HAO_OFFICER).when().get("/api/organisations/SNV").then().statusCode(404);
    }
}
