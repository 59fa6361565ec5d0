package vn.hungyen.snv.webui.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static vn.hungyen.snv.webui.rest.PageSessions.session;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class DashboardPageResourceTest {

    private String director;

    @BeforeEach
    void signIn() {
        director = session("director");
        FakeServices.RECEIVED.clear();
    }

    @Test
    void theDirectorSeesTheMonthsLevelsUnitsTrendAndOverdueWorkAsChartsAndTables() {
        String page = given().cookie("snv_token", director).queryParam("month", "2024-06").get("/dashboard")
                .then().statusCode(200).extract().asString();

        assertThat(page).contains("Bảng điều hành — Tháng 6/2024", "76 công chức", "chưa công bố",
                "12 nhiệm vụ quá hạn")
                .contains("Hoàn thành tốt nhiệm vụ</th><td>40</td>", "Chưa có sản phẩm trong tháng</th><td>20</td>")
                .contains("Phòng Cải cách hành chính", "84,5", "Văn phòng Sở", "Lương Thành Cường")
                .contains("<a href=\"/unit?unit=VP&amp;overdue=true\"", "Tháng 1/2024", "81,25", "79,4")
                .contains("/webjars/chart.js/dist/chart.umd.min.js", "<canvas id=\"levels-chart\" role=\"img\"")
                .contains("data-charts=\"{&quot;", "href=\"/dashboard/export?month=2024-06\"");
        assertThat(FakeServices.RECEIVED).singleElement().asString()
                .startsWith("GET /api/evaluations/2024-06/dashboard | Bearer " + director);
    }

    @Test
    void theBrowserLibrariesAreServedByTheApplicationItself() {
        given().get("/webjars/chart.js/dist/chart.umd.min.js").then().statusCode(200);
        given().get("/webjars/htmx.org/dist/htmx.min.js").then().statusCode(200);
        given().get("/js/dashboard.js").then().statusCode(200);
    }

    @Test
    void theExportIsASpreadsheetDownload() {
        byte[] workbook = given().cookie("snv_token", director).queryParam("month", "2024-06").get("/dashboard/export")
                .then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"ket-qua-danh-gia-2024-06.xlsx\"")
                .extract().asByteArray();
        assertThat(new String(workbook)).isEqualTo("PK-fake-xlsx");
        assertThat(FakeServices.RECEIVED).singleElement().asString()
                .startsWith("GET /api/evaluations/2024-06/export?format=xlsx | Bearer ");
    }

    @Test
    void whenTheEvaluationServiceIsDownThePageAndTheExportSaySo() {
        given().cookie("snv_token", director).queryParam("month", FakeServices.DOWN_MONTH).get("/dashboard")
                .then().statusCode(503)
                .body(containsString("Dịch vụ đánh giá tạm thời không phản hồi"))
                .body(not(containsString("Exception")));
        given().cookie("snv_token", director).queryParam("month", FakeServices.DOWN_MONTH).get("/dashboard/export")
                .then().statusCode(503).contentType(containsString("text/html"))
                .body(containsString("Dịch vụ đánh giá tạm thời không phản hồi"));
    }

    @Test
    void officersDoNotGetTheDashboard() {
        given().cookie("snv_token", session("officer.cchc.1")).redirects().follow(false).get("/dashboard")
                .then().statusCode(303);
        assertThat(FakeServices.RECEIVED).isEmpty();
    }

    @Test
    void theMenuShowsEachRoleItsPages() {
        given().cookie("snv_token", director).get("/")
                .then().body(containsString("<a href=\"/dashboard\">Bảng điều hành</a>"))
                .body(containsString("<a href=\"/evaluation\">Đánh giá tháng</a>"));
        given().cookie("snv_token", session("officer.cchc.1")).get("/")
                .then().body(not(containsString("Bảng điều hành")))
                .body(containsString("<a href=\"/evaluation\">Đánh giá tháng</a>"));
    }
}
