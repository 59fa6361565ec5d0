package vn.hungyen.snv.webui.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class PlanPageResourceTest {

    private String session;

    @BeforeEach
    void signIn() {
        session = given().redirects().follow(false).formParam("username", "officer.cchc.1")
                .formParam("password", "demo").post("/login").getCookie("snv_token");
        FakeServices.RECEIVED.clear();
    }

    @Test
    void theCatalogueIsShownWithDeadlinesInVietnameseDates() {
        given().cookie("snv_token", session).get("/plan")
                .then().statusCode(200)
                .body(containsString("Kế hoạch công tác ngành Nội vụ năm 2024"))
                .body(containsString("Xây dựng Kế hoạch cải cách hành chính năm 2024"))
                .body(containsString("Quý I/2024"))
                .body(containsString("31/03/2024"))
                .body(containsString("Phối hợp: VP"))
                .body(containsString("Trang 1/2"))
                .body(containsString("href=\"/plan?page=1\""));
    }

    @Test
    void theSearchAndUnitFilterGoToPlanService() {
        given().cookie("snv_token", session).queryParam("q", "cai cach").queryParam("leadUnit", "CCHC")
                .queryParam("page", "1").get("/plan")
                .then().statusCode(200)
                .body(containsString("value=\"cai cach\""))
                .body(containsString("<option value=\"CCHC\" selected>"))
                .body(containsString("href=\"/plan?page=0&amp;leadUnit=CCHC&amp;q=cai+cach\""));
        assertThat(FakeServices.RECEIVED).anySatisfy(line -> assertThat(line)
                .startsWith("GET /api/plans/1/items?")
                .contains("leadUnit=CCHC", "q=cai+cach", "page=1", "size=25"));
    }
}
