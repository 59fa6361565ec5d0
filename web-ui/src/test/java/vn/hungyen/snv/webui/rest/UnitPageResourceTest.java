package vn.hungyen.snv.webui.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static vn.hungyen.snv.webui.rest.PageSessions.session;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class UnitPageResourceTest {

    private String head;

    @BeforeEach
    void signIn() {
        head = session("head.cchc");
        FakeServices.RECEIVED.clear();
    }

    @Test
    void aHeadSeesTheUnitsTasksWithTheAssigneesNames() {
        given().cookie("snv_token", head).queryParam("status", "ASSIGNED").queryParam("overdue", "true")
                .get("/unit")
                .then().statusCode(200)
                .body(containsString("Nhiệm vụ của Phòng Cải cách hành chính"))
                .body(containsString("Mai Minh Khánh"))
                .body(containsString("<option value=\"ASSIGNED\" selected>"));
        assertThat(FakeServices.RECEIVED).anyMatch(line -> line.startsWith(
                "GET /api/tasks?unit=CCHC&status=ASSIGNED&overdue=true&page=0&size=50 | Bearer " + head));
    }

    @Test
    void theUnitsOpenTasksComeFirstAndEveryTaskOnRequest() {
        given().cookie("snv_token", head).get("/unit")
                .then().statusCode(200).body(containsString("<option value=\"\" selected>Chưa hoàn thành</option>"));
        given().cookie("snv_token", head).queryParam("status", "ALL").get("/unit")
                .then().statusCode(200).body(containsString("<option value=\"ALL\" selected>Tất cả</option>"));
        assertThat(FakeServices.RECEIVED).filteredOn(line -> line.startsWith("GET /api/tasks?"))
                .extracting(line -> line.substring(0, line.indexOf(" | ")))
                .containsExactly("GET /api/tasks?unit=CCHC&open=true&page=0&size=50",
                        "GET /api/tasks?unit=CCHC&pendingExtension=true&size=50",
                        "GET /api/tasks?unit=CCHC&page=0&size=50",
                        "GET /api/tasks?unit=CCHC&pendingExtension=true&size=50");
    }

    @Test
    void theHeadSeesPendingExtensionRequestsAtAGlanceAndTheUnitsName() {
        given().cookie("snv_token", head).get("/unit").then().statusCode(200)
                .body(containsString("<h1>Nhiệm vụ của Phòng Cải cách hành chính</h1>"))
                .body(containsString("<strong>1 đề nghị gia hạn chờ quyết định:</strong>"))
                .body(containsString("<a href=\"/tasks/15\">Nhiệm vụ thử 15</a> — Mai Minh Khánh, đề nghị đến 15/07/2030 — lý do: Chờ số liệu của các sở, ngành</li>"));
    }

    @Test
    void aHeadAssignsWorkToAnOfficer() {
        given().cookie("snv_token", head).redirects().follow(false)
                .formParam("title", "Tổng hợp số liệu chỉ số CCHC").formParam("assigneeId", "49")
                .formParam("dueDate", "2030-06-30").formParam("expectedProduct", "Báo cáo")
                .post("/unit/assign")
                .then().statusCode(303).header("Location", endsWith("/tasks/21?notice=assigned"));
        assertThat(FakeServices.RECEIVED).anySatisfy(line -> assertThat(line)
                .startsWith("POST /api/tasks | Bearer ")
                .contains("\"title\":\"Tổng hợp số liệu chỉ số CCHC\"", "\"unitCode\":\"CCHC\"", "\"assigneeId\":49",
                        "\"dueDate\":\"2030-06-30\"")
                .doesNotContain("planItemId", "recurring"));
    }

    @Test
    void theFormOffersTheCatalogueItemsTheUnitLeads() {
        String page = given().cookie("snv_token", head).get("/unit")
                .then().statusCode(200).extract().asString();

        assertThat(page).contains("<option value=\"\">— Việc phát sinh (ngoài danh mục) —</option>",
                "<option value=\"7\">Mục 87: Xây dựng Kế hoạch cải cách hành chính năm 2024</option>",
                "<option value=\"8\">Mục 88: Kiểm tra công tác cải cách hành chính</option>",
                "<option value=\"9\" data-recurring>Mục 90: Tổng hợp, báo cáo tình hình thực hiện công tác cải cách "
                        + "hành chính của các sở, ban, ngành… (thường xuyên)</option>",
                "Giao hằng tháng (việc thường xuyên)")
                .doesNotContain("Mục 150", " selected>Mục");
        assertThat(FakeServices.RECEIVED).anySatisfy(line -> assertThat(line)
                .startsWith("GET /api/plans/1/items?leadUnit=CCHC&page=0&size=200 | Bearer " + head));
    }

    @Test
    void theLinkFromThePlanPagePreselectsTheItem() {
        given().cookie("snv_token", head).queryParam("planItemId", "9").get("/unit")
                .then().statusCode(200)
                .body(containsString("<option value=\"9\" data-recurring selected>"));
    }

    @Test
    void aCatalogueItemIsAssignedWithWhatTheCatalogueSays() {
        given().cookie("snv_token", head).redirects().follow(false)
                .formParam("planItemId", "7").formParam("title", "").formParam("assigneeId", "49")
                .formParam("dueDate", "").formParam("expectedProduct", "")
                .post("/unit/assign")
                .then().statusCode(303).header("Location", endsWith("/tasks/21?notice=assigned"));
        assertThat(FakeServices.RECEIVED).filteredOn(line -> line.startsWith("POST")).singleElement().asString()
                .startsWith("POST /api/tasks | Bearer ")
                .endsWith(" | {\"planItemId\":7,\"unitCode\":\"CCHC\",\"assigneeId\":49}");
    }

    @Test
    void aRegularItemIsAssignedEveryMonth() {
        given().cookie("snv_token", head).redirects().follow(false)
                .formParam("planItemId", "9").formParam("title", "").formParam("dueDate", "")
                .formParam("recurring", "true")
                .post("/unit/assign")
                .then().statusCode(303);
        assertThat(FakeServices.RECEIVED).anySatisfy(line -> assertThat(line)
                .startsWith("POST /api/tasks | Bearer ")
                .contains("\"planItemId\":9", "\"recurring\":true")
                .doesNotContain("title", "dueDate", "assigneeId"));
    }

    @Test
    void anIncompleteAssignmentIsShownAgainWithWhatIsMissing() {
        given().cookie("snv_token", head).formParam("planItemId", "").formParam("title", "")
                .formParam("assigneeId", "49").formParam("dueDate", "").formParam("recurring", "true")
                .post("/unit/assign")
                .then().statusCode(400)
                .body(containsString("Chọn một nhiệm vụ trong danh mục hoặc nhập nội dung việc phát sinh."))
                .body(containsString("Chọn hạn hoàn thành."))
                .body(containsString("Chỉ giao hằng tháng được với nhiệm vụ thường xuyên trong danh mục."))
                .body(containsString("<option value=\"49\" selected>"));
        assertThat(FakeServices.RECEIVED).noneMatch(line -> line.startsWith("POST"));
    }

    @Test
    void aHeadReturnsASubmittedProductWithTheMajorErrorFlag() {
        given().cookie("snv_token", head).get("/tasks/14")
                .then().statusCode(200)
                .body(containsString("88/BC-CCHC"))
                .body(containsString("Nghiệm thu sản phẩm"))
                .body(not(containsString("Gửi báo cáo hoàn thành")));

        given().cookie("snv_token", head).redirects().follow(false)
                .formParam("verdict", "RETURNED").formParam("majorError", "true")
                .formParam("note", "Thiếu số liệu quý I").formParam("version", "3")
                .post("/tasks/14/review")
                .then().statusCode(303).header("Location", endsWith("/tasks/14?notice=returned"));
        assertThat(FakeServices.RECEIVED).anySatisfy(line -> assertThat(line)
                .startsWith("POST /api/tasks/14/reviews | Bearer ")
                .contains("\"verdict\":\"RETURNED\"", "\"majorError\":true", "\"note\":\"Thiếu số liệu quý I\"",
                        "\"version\":3"));
    }

    @Test
    void theDirectorOpensAUnitsOverdueTasksFromTheDashboard() {
        String director = session("director");
        given().cookie("snv_token", director).queryParam("unit", "VP").queryParam("overdue", "true").get("/unit")
                .then().statusCode(200)
                .body(containsString("Nhiệm vụ của Văn phòng Sở"))
                .body(containsString("<input type=\"hidden\" name=\"unit\" value=\"VP\">"));
        given().cookie("snv_token", director).redirects().follow(false).get("/unit").then().statusCode(303);
    }

    @Test
    void theUnitsActiveRecurringWorkIsListedWithAFormToStopEach() {
        String page = given().cookie("snv_token", head).get("/unit")
                .then().statusCode(200).extract().asString();
        String section = page.substring(page.indexOf("<h2>Việc định kỳ hằng tháng</h2>"),
                page.indexOf("<h2>Giao nhiệm vụ mới</h2>"));

        assertThat(section).contains(
                "<td data-label=\"Việc\">Tổng hợp, báo cáo tình hình thực hiện công tác cải cách hành chính</td>",
                "<td data-label=\"Người thực hiện\">Mai Minh Khánh</td>",
                "<td data-label=\"Thời hạn\">Trước ngày 20 hằng tháng</td>",
                "<td data-label=\"Số tháng đã giao\">3</td>",
                "<a href=\"/tasks/13\">Nhiệm vụ #13</a>",
                "<form method=\"post\" action=\"/unit/recurring/5/stop\">",
                "<label for=\"stop-reason-5\">Lý do dừng</label>",
                "<textarea id=\"stop-reason-5\" name=\"reason\" rows=\"2\" maxlength=\"1000\" required>",
                "<td data-label=\"Người thực hiện\">Cả đơn vị</td>",
                "<a href=\"/tasks/12\">Nhiệm vụ #12</a>",
                "<label for=\"stop-reason-6\">Lý do dừng</label>");
        assertThat(FakeServices.RECEIVED).anySatisfy(line -> assertThat(line)
                .startsWith("GET /api/tasks/recurring?unit=CCHC&active=true | Bearer " + head));
    }

    @Test
    void aHeadStopsRecurringWorkWithAReasonAndIsToldSo() {
        given().cookie("snv_token", head).redirects().follow(false)
                .formParam("unit", "CCHC").formParam("reason", " Chuyển cho Văn phòng Sở thực hiện ")
                .post("/unit/recurring/5/stop")
                .then().statusCode(303).header("Location", endsWith("/unit?unit=CCHC&notice=recurring-stopped"));
        assertThat(FakeServices.RECEIVED).filteredOn(line -> line.startsWith("POST")).singleElement().asString()
                .isEqualTo("POST /api/tasks/recurring/5/stop | Bearer " + head
                        + " | {\"reason\":\"Chuyển cho Văn phòng Sở thực hiện\"}");

        given().cookie("snv_token", head).queryParam("notice", "recurring-stopped").get("/unit")
                .then().statusCode(200)
                .body(containsString("<p class=\"message ok\" role=\"status\">Đã dừng việc định kỳ.</p>"));
    }

    @Test
    void aStopWithoutAReasonIsNotSent() {
        given().cookie("snv_token", head).formParam("unit", "CCHC").formParam("reason", "   ")
                .post("/unit/recurring/5/stop")
                .then().statusCode(400)
                .body(containsString("<li>Nhập lý do dừng việc định kỳ.</li>"))
                .body(containsString("action=\"/unit/recurring/5/stop\""));
        assertThat(FakeServices.RECEIVED).noneMatch(line -> line.startsWith("POST"));
    }

    @Test
    void aRefusedStopIsShownOnThePage() {
        given().cookie("snv_token", head).formParam("unit", "CCHC").formParam("reason", "Đã giao cho Văn phòng Sở")
                .post("/unit/recurring/6/stop")
                .then().statusCode(409)
                .body(containsString("<li>" + FakeServices.STOP_REFUSAL + "</li>"))
                .body(not(containsString("role=\"status\"")));
    }

    @Test
    void anOfficerCannotStopRecurringWork() {
        String officer = session("officer.cchc.1");
        given().cookie("snv_token", officer).redirects().follow(false)
                .formParam("unit", "CCHC").formParam("reason", "Không muốn làm nữa")
                .post("/unit/recurring/5/stop")
                .then().statusCode(303).header("Location", endsWith("/"));
        assertThat(FakeServices.RECEIVED).noneMatch(line -> line.startsWith("POST /api/tasks"));
    }

    @Test
    void anOfficerDoesNotGetTheReviewFormOrTheUnitPage() {
        String officer = session("officer.cchc.1");
        given().cookie("snv_token", officer).get("/tasks/14")
                .then().statusCode(200).body(not(containsString("Nghiệm thu sản phẩm")));
        given().cookie("snv_token", officer).redirects().follow(false).get("/unit")
                .then().statusCode(303);
    }
}
