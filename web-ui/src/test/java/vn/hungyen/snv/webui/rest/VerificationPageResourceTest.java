package vn.hungyen.snv.webui.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.snv.webui.rest.PageSessions.session;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Kiểm tra lại kết quả": each month of the range verified by evaluation-service, the differences, its refusals. */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class VerificationPageResourceTest {

    @BeforeEach
    void clear() {
        FakeServices.RECEIVED.clear();
    }

    @Test
    void eachMonthOfTheRangeIsIdenticalOrNamesWhoDiffersAndAMonthNotPublishedSaysSo() {
        String admin = session("admin");
        String page = given().cookie("snv_token", admin).queryParam("from", "2024-01").queryParam("to", "2024-03")
                .get("/verification").then().statusCode(200).extract().asString();
        assertThat(page).contains("<title>Kiểm tra lại kết quả", "1 trong 2 tháng đã công bố có kết quả tính lại khác",
                "<h2>Tháng 1/2024</h2>", "<span class=\"badge ok\">Khớp</span>",
                "<h2>Tháng 2/2024</h2>", "<span class=\"badge bad\">Khác</span>",
                "<td data-label=\"Cán bộ\">Mai Minh Khánh</td><td data-label=\"Đơn vị\">CCHC</td>"
                        + "<td data-label=\"Chỉ tiêu\">Tổng điểm (S)</td><td data-label=\"Đã công bố\">80</td>"
                        + "<td data-label=\"Tính lại\">75,5</td>",
                "<td data-label=\"Chỉ tiêu\">Mức xếp loại</td><td data-label=\"Đã công bố\">Hoàn thành tốt nhiệm vụ</td>"
                        + "<td data-label=\"Tính lại\">Hoàn thành nhiệm vụ</td>",
                "<td data-label=\"Đơn vị\">Phòng Cải cách hành chính</td><td data-label=\"Chỉ tiêu\">Tổng điểm (S)</td>",
                FakeScoring.NOT_PUBLISHED.formatted("2024-03"), "value=\"2024-01\"", "value=\"2024-03\"",
                "Dữ liệu đầu vào không đổi từ khi công bố.")
                .doesNotContain("Trịnh Thị Thảo", "<script>", "style=");
        assertThat(FakeServices.RECEIVED).filteredOn(r -> r.contains("/verification")).hasSize(3)
                .allSatisfy(r -> assertThat(r).contains("Bearer " + admin));
    }

    @Test
    void allIdenticalIsSaidOnce() {
        String page = given().cookie("snv_token", session("director")).queryParam("from", "2024-01")
                .queryParam("to", "2024-01").get("/verification").then().statusCode(200).extract().asString();
        assertThat(page).contains("Cả 1 tháng đã công bố đều khớp với kết quả tính lại.")
                .doesNotContain("badge bad");
    }

    @Test
    void aBadRangeIsRefusedBeforeAnyRecomputation() {
        String admin = session("admin");
        assertThat(given().cookie("snv_token", admin).queryParam("from", "2024-05").queryParam("to", "2024-02")
                .get("/verification").then().statusCode(400).extract().asString())
                .contains("Đến tháng phải sau hoặc trùng Từ tháng.");
        assertThat(given().cookie("snv_token", admin).queryParam("from", "2020-01").queryParam("to", "2024-02")
                .get("/verification").then().statusCode(400).extract().asString())
                .contains("Mỗi lần kiểm tra tối đa 24 tháng");
        assertThat(given().cookie("snv_token", admin).queryParam("from", "2024-1").queryParam("to", "2024-02")
                .get("/verification").then().statusCode(400).extract().asString())
                .contains("Từ tháng &quot;2024-1&quot; không hợp lệ");
        assertThat(FakeServices.RECEIVED).noneMatch(r -> r.contains("/verification"));
        assertThat(given().cookie("snv_token", admin).get("/verification").then().statusCode(200).extract()
                .asString()).contains("<form method=\"get\" action=\"/verification\"").doesNotContain("badge");
    }

    @Test
    void someoneTheServiceRefusesGetsARefusalPage() {
        String head = session("head.cchc");
        String page = given().cookie("snv_token", head).queryParam("from", "2024-01").queryParam("to", "2024-02")
                .get("/verification").then().statusCode(403).extract().asString();
        assertThat(page).contains("<h1>Không có quyền kiểm tra lại kết quả</h1>",
                "Bạn không có quyền thực hiện thao tác này.").doesNotContain("<a href=\"/verification\">");
    }
}
