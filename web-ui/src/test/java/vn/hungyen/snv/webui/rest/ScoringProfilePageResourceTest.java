package vn.hungyen.snv.webui.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.snv.webui.rest.PageSessions.session;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Bộ tiêu chí chấm điểm": the version evaluation-service says rates the month, the history, the differences of two
 * versions, a new version and a what-if for the Director and administrators, and the service's refusals.
 */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class ScoringProfilePageResourceTest {

    @BeforeEach
    void clear() {
        FakeServices.RECEIVED.clear();
    }

    @Test
    void theVersionRatingTheMonthShowsEverySettingInWordsWithTheHistoryAndTheLatestDifferences() {
        String officer = session("officer.cchc.1");
        String page = given().cookie("snv_token", officer).queryParam("month", "2024-08").get("/scoring-profiles")
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("<title>Bộ tiêu chí chấm điểm", "Phiên bản 2 — 540-QĐ/TU sửa đổi",
                "Áp dụng cho Tháng 8/2024", "<td data-label=\"Tiêu chí\">Điểm thấp nhất xếp Hoàn thành xuất sắc nhiệm vụ</td>"
                        + "<td data-label=\"Tên trong quy định\"><code>bands.excellent</code></td>"
                        + "<td data-label=\"Giá trị\">92</td>",
                "<td data-label=\"Giá trị\">0,25</td>", "partial-credit (trừ dần theo số lần trễ hạn)",
                "<td data-label=\"Giá trị\">leaders (lãnh đạo), staff (công chức), contract (hợp đồng)</td>", "<td data-label=\"Giá trị\">Không</td>",
                "Khởi tạo từ cấu hình app.scoring của dịch vụ", "Nâng ngưỡng Hoàn thành xuất sắc nhiệm vụ",
                "<td data-label=\"Phiên bản 1\">90</td><td data-label=\"Phiên bản 2\">92</td>",
                "<a href=\"/scoring-profiles\">Bộ tiêu chí chấm điểm</a>")
                .doesNotContain("Ban hành phiên bản mới", "/scoring-profiles/what-if",
                        "<a href=\"/verification\">", "<script>", "style=");
        assertThat(FakeServices.RECEIVED).anySatisfy(r -> assertThat(r)
                .startsWith("GET /api/scoring-profiles/in-force | Bearer " + officer));
        assertThat(FakeServices.RECEIVED).anySatisfy(r -> assertThat(r)
                .startsWith("GET /api/scoring-profiles/2/differences | Bearer " + officer));

        String earlier = given().cookie("snv_token", officer).queryParam("month", "2024-03")
                .queryParam("from", 2).queryParam("to", 1).get("/scoring-profiles").then().statusCode(200)
                .extract().asString();
        assertThat(earlier).contains("Phiên bản 1 — Cấu hình ban đầu", "<td data-label=\"Giá trị\">90</td>",
                "<td data-label=\"Phiên bản 2\">92</td><td data-label=\"Phiên bản 1\">90</td>",
                "<option value=\"2\" selected>2 — 540-QĐ/TU sửa đổi</option>");
    }

    @Test
    void aBadMonthIsTheServicesMessageAndSomeoneItRefusesGetsARefusalPage() {
        String head = session("head.cchc");
        assertThat(given().cookie("snv_token", head).queryParam("month", "2024-13").get("/scoring-profiles").then()
                .statusCode(400).extract().asString()).contains("Tháng &quot;2024-13&quot; không hợp lệ");
        String refused = given().cookie("snv_token", session("sysadmin")).get("/scoring-profiles").then()
                .statusCode(403).extract().asString();
        assertThat(refused).contains("<h1>Không có quyền xem bộ tiêu chí chấm điểm</h1>",
                "Bạn không có quyền thực hiện thao tác này.").doesNotContain("Phiên bản");
    }

    @Test
    void theDirectorPublishesAVersionWithTheSettingsTypedEachAsItsType() {
        String director = session("director");
        String page = given().cookie("snv_token", director).queryParam("month", "2024-08").get("/scoring-profiles")
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("<a href=\"/verification\">Kiểm tra lại kết quả</a>", "Ban hành phiên bản mới",
                "<input type=\"text\" id=\"setting-bands.excellent\" name=\"value\" value=\"\">",
                "<input type=\"hidden\" name=\"setting\" value=\"quota.monthly\">",
                "<select id=\"setting-quota.monthly\" name=\"value\">",
                "formaction=\"/scoring-profiles/what-if\"");

        given().cookie("snv_token", director).redirects().follow(false).formParam("month", "2024-08")
                .formParam("firstMonth", "2024-09").formParam("name", "Sửa đổi tháng 9")
                .formParam("reason", "Theo Quyết định sửa đổi")
                .formParam("setting", "bands.excellent", "quota.ratio", "quota.monthly", "quota.groups", "lateMode",
                        "bands.good")
                .formParam("value", "95", "0,3", "false", "leaders, staff", "zero-credit", "")
                .post("/scoring-profiles")
                .then().statusCode(303).header("Location", "/scoring-profiles?month=2024-09&notice=profile-created");
        assertThat(FakeServices.RECEIVED).anySatisfy(r -> assertThat(r).startsWith("POST /api/scoring-profiles | "
                + "Bearer " + director + " | ").contains("\"name\":\"Sửa đổi tháng 9\"", "\"firstMonth\":\"2024-09\"",
                "\"reason\":\"Theo Quyết định sửa đổi\"", "\"lateMode\":\"zero-credit\"",
                "\"bands\":{\"excellent\":95}", "\"quota\":{\"ratio\":0.3,\"monthly\":false,\"groups\":[\"leaders\",\"staff\"]}")
                .doesNotContain("\"good\""));

        assertThat(given().cookie("snv_token", director).queryParam("month", "2024-09").queryParam("notice",
                "profile-created").get("/scoring-profiles").then().statusCode(200).extract().asString())
                .contains("Đã ban hành phiên bản mới của bộ tiêu chí chấm điểm.");
    }

    @Test
    void aRefusedVersionShowsTheServicesMessageWithTheFormAsTyped() {
        String admin = session("admin");
        String page = given().cookie("snv_token", admin).formParam("month", "2024-05").formParam("firstMonth",
                "2024-06").formParam("name", "Sửa đổi tháng 6").formParam("reason", "Thử").formParam(
                "setting", "bands.excellent").formParam("value", "95").post("/scoring-profiles").then().statusCode(409).extract().asString();
        assertThat(page).contains(FakeScoring.PUBLISHED_MONTH_REFUSAL, "value=\"Sửa đổi tháng 6\"",
                "id=\"setting-bands.excellent\" name=\"value\" value=\"95\"", "value=\"2024-06\"");

        String head = session("head.cchc");
        assertThat(given().cookie("snv_token", head).formParam("month", "2024-05").formParam("firstMonth", "2024-09")
                .formParam("name", "x").formParam("reason", "y").post("/scoring-profiles").then().statusCode(403)
                .extract().asString()).contains("Bạn không có quyền thực hiện thao tác này.", "Phiên bản 1");
    }

    @Test
    void theWhatIfShowsTheCountsByLevelAndWhoMovesWithoutSaving() {
        String director = session("director");
        String page = given().cookie("snv_token", director).formParam("month", "2024-03")
                .formParam("trialMonth", "2024-03").formParam("setting", "bands.excellent").formParam("value", "92")
                .formParam("name", "Chưa ban hành")
                .post("/scoring-profiles/what-if").then().statusCode(200).extract().asString();
        assertThat(page).contains("Kết quả thử trên tháng 2024-03", "đặt lên phiên bản 1",
                "<tr><th scope=\"row\">Hoàn thành xuất sắc nhiệm vụ</th><td>3</td><td>2</td></tr>",
                "<tr><th scope=\"row\">Chưa xếp loại</th><td>1</td><td>1</td></tr>",
                "<td data-label=\"Họ và tên\">Mai Minh Khánh</td>",
                "<td data-label=\"Mức hiện tại\">Hoàn thành xuất sắc nhiệm vụ</td>"
                        + "<td data-label=\"Mức nếu thay đổi\">Hoàn thành tốt nhiệm vụ</td>",
                "<td data-label=\"Điểm hiện tại\">91,5</td>", "id=\"setting-bands.excellent\" name=\"value\" value=\"92\"",
                "id=\"name\" name=\"name\" maxlength=\"200\" value=\"Chưa ban hành\"");
        assertThat(FakeServices.RECEIVED).anySatisfy(r -> assertThat(r)
                .isEqualTo("POST /api/evaluations/2024-03/what-if | Bearer " + director
                        + " | {\"settings\":{\"bands\":{\"excellent\":92}}}"));
        assertThat(FakeServices.RECEIVED).noneMatch(r -> r.startsWith("POST /api/scoring-profiles"));

        assertThat(given().cookie("snv_token", director).formParam("month", "2024-03").formParam("trialMonth",
                "tháng ba").post("/scoring-profiles/what-if").then().statusCode(400).extract().asString())
                .contains("Tháng &quot;tháng ba&quot; không hợp lệ");
    }
}
