package vn.hungyen.snv.plan.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.organisation.DemoOrganisation;
import vn.hungyen.snv.common.testing.TestTokens;

/**
 * task-service's own identity (role service only, docs/security.md "Service identity") reads what its jobs and
 * evaluation-service's month directory need of its organisation — units, officers, deputy heads' fields and the
 * catalogue items' fields — and nothing else: every write is refused.
 */
@QuarkusTest
class ServiceIdentityTest {

    private static RequestSpecification asService() {
        return given().header("Authorization", TestTokens.bearer(TestTokens.SERVICE)).contentType(ContentType.JSON);
    }

    @Test
    void theServiceReadsItsOrganisationsUnitsOfficersAndDeputiesFields() {
        asService().get("/api/units").then().statusCode(200)
                .body("code", hasItem("CCHC")).body("code", not(hasItem("MH-TTVH")));
        asService().get("/api/officers").then().statusCode(200)
                .body("username", hasItem("officer.cchc.1"))
                .body("organisationCode", everyItem(is(DemoOrganisation.DEPARTMENT)));
        asService().queryParam("month", "2024-03").get("/api/units/deputies").then().statusCode(200);
        asService().get("/api/plan-items/fields").then().statusCode(200).body("field", hasItem(not(is(""))));
    }

    @Test
    void theServiceWritesNothing() {
        asService().body("{\"code\":\"SV-X\",\"name\":\"Đơn vị thử\"}").post("/api/units").then().statusCode(403);
        asService().body("{\"fields\":[\"Cải cách hành chính\"],\"from\":\"2024-03\"}")
                .put("/api/units/VP/deputies/6/fields").then().statusCode(403);
        asService().get("/api/plans").then().statusCode(403);
    }
}
