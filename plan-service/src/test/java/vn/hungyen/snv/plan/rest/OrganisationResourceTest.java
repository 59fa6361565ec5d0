package vn.hungyen.snv.plan.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.testing.TestTokens;

@QuarkusTest
class OrganisationResourceTest {

    @Test
    void unitsNeedAToken() {
        given().when().get("/api/units").then().statusCode(401);
        given().header("Authorization", "Bearer not-a-token").when().get("/api/units").then().statusCode(401);
    }

    @Test
    void everySignedInUserReadsTheDirectory() {
        given().header("Authorization", TestTokens.bearer("officer.cchc.1"))
                .when().get("/api/units")
                .then().statusCode(200)
                .body("code", hasItems("VP", "CCHC"))
                .body("find { it.code == 'CCHC' }.name", is("Phòng Cải cách hành chính"))
                .body("find { it.code == 'CCHC' }.supervisorUsername", is("deputy1"));
    }

    @Test
    void officersFilterByUnit() {
        given().header("Authorization", TestTokens.bearer("head.vp"))
                .queryParam("unit", "CCHC")
                .when().get("/api/officers")
                .then().statusCode(200)
                .body("unitCode", everyItem(is("CCHC")))
                .body("username", hasItems("head.cchc", "officer.cchc.1", "officer.cchc.2"));
    }
}
