package vn.hungyen.snv.webui.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class PlanPageResourceTest {

    private String session;

    @BeforeEach
    void signInAsAnOfficer() {
        session = signIn("officer.cchc.1");
        FakeServices.RECEIVED.clear();
    }

    private static String signIn(String username) {
        return given().redirects().follow(false).formParam("username", username)
                .formParam("password", "demo").post("/login").getCookie("snv_token");
    }

    @Test
    void aPageNumberThatIsNotANumberIsAMessageOnAPage() {
        given().cookie("snv_token", session).get("/plan?page=hai")
                .then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("Địa chỉ không hợp lệ"))
                .body(containsString("Tham số page phải là một số nguyên, không phải &quot;hai&quot;."))
                .body(containsString("Đăng xuất"));
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
    void eachItemShowsHowItsTasksStandFromOneProgressRequest() {
        given().cookie("snv_token", session).get("/plan")
                .then().statusCode(200)
                .body(containsString("<th scope=\"col\">Tiến độ</th>"))
                .body(containsString("3 nhiệm vụ ·"))
                .body(containsString("<span class=\"badge done\">2 hoàn thành (1 quá hạn)</span>"))
                .body(containsString("<span class=\"badge ok\">1 đang thực hiện</span>"))
                .body(containsString("<span class=\"badge muted\">0 quá hạn</span>"))
                .body(containsString("<span class=\"badge muted\">Chưa giao</span>"));
        assertThat(FakeServices.RECEIVED).filteredOn(line -> line.startsWith("GET /api/tasks"))
                .singleElement().asString().startsWith("GET /api/tasks/progress?planItemId=7&planItemId=8&planItemId=9&planItemId=10 |");
    }

    @Test
    void aHeadAssignsTheItemsTheirUnitLeadsAndTheDirectorAnyItemFromItsLeadUnitsPage() {
        given().cookie("snv_token", session).get("/plan")
                .then().statusCode(200).body(not(containsString("Giao việc")));

        given().cookie("snv_token", signIn("head.cchc")).get("/plan")
                .then().statusCode(200)
                .body(containsString("<a href=\"/unit?planItemId=7\" aria-label=\"Giao việc mục 87\">Giao việc</a>"))
                .body(containsString("href=\"/unit?planItemId=9\""))
                .body(not(containsString("planItemId=10")));

        given().cookie("snv_token", signIn("director")).get("/plan")
                .then().statusCode(200)
                .body(containsString("href=\"/unit?unit=CCHC&amp;planItemId=7\""))
                .body(containsString("href=\"/unit?unit=VP&amp;planItemId=10\""));
    }

    @Test
    void aDeputyDirectorAssignsOnlyTheItemsLedByTheUnitsTheySupervise() {
        given().cookie("snv_token", signIn("deputy1")).get("/plan")
                .then().statusCode(200)
                .body(containsString("<a href=\"/unit?unit=CCHC&amp;planItemId=7\" aria-label=\"Giao việc mục 87\">"))
                .body(containsString("href=\"/unit?unit=VP&amp;planItemId=10\""));

        given().cookie("snv_token", signIn("deputy3")).get("/plan")
                .then().statusCode(200)
                .body(containsString("Xây dựng Kế hoạch cải cách hành chính năm 2024"))
                .body(not(containsString("Giao việc")));
    }

    @Test
    void theCatalogueIsShownWithANoteWhenTaskServiceIsDown() {
        FakeServices.PROGRESS_DOWN.set(true);
        try {
            given().cookie("snv_token", session).get("/plan")
                    .then().statusCode(200)
                    .body(containsString("Xây dựng Kế hoạch cải cách hành chính năm 2024"))
                    .body(containsString("Tạm thời chưa xem được tiến độ thực hiện các nhiệm vụ"))
                    .body(not(containsString("Tiến độ</th>")))
                    .body(not(containsString("Chưa giao")));
        } finally {
            FakeServices.PROGRESS_DOWN.set(false);
        }
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
