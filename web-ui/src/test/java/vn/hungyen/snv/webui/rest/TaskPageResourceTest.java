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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class TaskPageResourceTest {

    private String session;

    @BeforeEach
    void signIn() {
        session = session("officer.cchc.1");
        FakeServices.RECEIVED.clear();
    }

    @Test
    void myTasksPutOverdueFirstThenDueSoonWithVietnameseLabelsAndDates() {
        String page = given().cookie("snv_token", session).get("/tasks")
                .then().statusCode(200).extract().asString();

        assertThat(page).contains(">Nhiệm vụ thử 11</a>", ">Nhiệm vụ thử 12</a>", ">Nhiệm vụ thử 13</a>");
        assertThat(page.indexOf("Nhiệm vụ thử 12")).isLessThan(page.indexOf("Nhiệm vụ thử 13"));
        assertThat(page.indexOf("Nhiệm vụ thử 13")).isLessThan(page.indexOf("Nhiệm vụ thử 11"));
        assertThat(page).contains("Quá hạn", "Sắp đến hạn", "Trong hạn", "Đang thực hiện")
                .contains(LocalDate.now().minusDays(3).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        String recent = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(90).toString();
        assertThat(FakeServices.RECEIVED).as("the open tasks, and those closed that were due in the last 90 days")
                .hasSize(2)
                .anySatisfy(line -> assertThat(line).startsWith("GET /api/tasks?assigneeId=49&open=true&")
                        .contains(" | Bearer " + session))
                .anySatisfy(line -> assertThat(line).startsWith("GET /api/tasks?assigneeId=49&open=false&dueFrom="
                        + recent + "&"));
    }

    @Test
    void olderFinishedWorkIsShownPageByPage() {
        given().cookie("snv_token", session).get("/tasks").then().statusCode(200)
                .body(containsString("<a href=\"/tasks?older=1\">Xem tất cả nhiệm vụ đã kết thúc"));
        FakeServices.RECEIVED.clear();

        String page = given().cookie("snv_token", session).queryParam("older", 2).get("/tasks").then()
                .statusCode(200).extract().asString();

        assertThat(page).contains("Nhiệm vụ đã kết thúc — trang 2", "<a href=\"/tasks?older=1\">← Trang trước</a>")
                .doesNotContain("Trang sau");
        assertThat(FakeServices.RECEIVED).anySatisfy(line -> assertThat(line)
                .startsWith("GET /api/tasks?assigneeId=49&open=false&page=1&size=20 | Bearer " + session));
    }

    @Test
    void reportingCompletionSendsTheProductAndShowsAConfirmation() {
        given().cookie("snv_token", session).redirects().follow(false)
                .formParam("documentNumber", "125/BC-SNV").formParam("issuedOn", "15/03/2024")
                .formParam("summary", "Báo cáo kết quả CCHC quý I").formParam("link", "")
                .post("/tasks/11/report")
                .then().statusCode(303).header("Location", endsWith("/tasks/11?notice=submitted"));

        assertThat(FakeServices.RECEIVED).singleElement().asString()
                .startsWith("POST /api/tasks/11/submissions | Bearer ")
                .contains("\"documentNumber\":\"125/BC-SNV\"", "\"issuedOn\":\"2024-03-15\"",
                        "\"summary\":\"Báo cáo kết quả CCHC quý I\"");
        given().cookie("snv_token", session).get("/tasks/11?notice=submitted")
                .then().statusCode(200).body(containsString("Đã gửi báo cáo hoàn thành"));
    }

    @Test
    void aFormWithMistakesIsShownAgainWithMessagesAndNothingIsSent() {
        given().cookie("snv_token", session)
                .formParam("documentNumber", "").formParam("issuedOn", "31/02/2024")
                .formParam("summary", "Trích yếu giữ lại").post("/tasks/11/report")
                .then().statusCode(400)
                .body(containsString("Nhập số, ký hiệu văn bản của sản phẩm."))
                .body(containsString("không phải là ngày hợp lệ"))
                .body(containsString("Trích yếu giữ lại"));
        assertThat(FakeServices.RECEIVED).noneMatch(line -> line.startsWith("POST"));
    }

    @Test
    void aRefusedReportShowsTheServicesReasonNotAnErrorPage() {
        given().cookie("snv_token", session)
                .formParam("documentNumber", "7/BC-SNV").formParam("issuedOn", "2024-03-20")
                .formParam("summary", "Báo cáo").post("/tasks/13/report")
                .then().statusCode(409)
                .body(containsString(FakeServices.REFUSAL))
                .body(containsString("role=\"alert\""));
    }

    @Test
    void anExtensionWithoutObjectiveCauseShowsBothDatesAndTheStatusAgainstTheRatedOne() {
        DateTimeFormatter vn = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        String granted = LocalDate.now().plusDays(10).format(vn);
        String rated = LocalDate.now().minusDays(3).format(vn);

        String task = given().cookie("snv_token", session).get("/tasks/16").then().statusCode(200).extract().asString();
        assertThat(task).contains("<dt>Hạn đã gia hạn</dt><dd>" + granted + " (gia hạn không do nguyên nhân khách quan)")
                .contains("<dt>Hạn tính điểm</dt><dd>" + rated)
                .contains("Quá hạn</span> theo hạn tính điểm " + rated)
                .doesNotContain("Trong hạn");
        given().cookie("snv_token", session).get("/tasks/11").then().statusCode(200)
                .body(not(containsString("Hạn tính điểm")));

        String mine = given().cookie("snv_token", session).get("/tasks").then().statusCode(200).extract().asString();
        assertThat(mine).contains(granted + "<br><span class=\"meta\">tính điểm theo hạn gốc " + rated + "</span>");
    }

    @Test
    void theTaskPageNamesPeopleAndUnitsNotTheirCodes() {
        String page = given().cookie("snv_token", session).get("/tasks/11").then().statusCode(200).extract()
                .asString();

        assertThat(page).contains("<dt>Người giao</dt><dd>Nguyễn Văn Trưởng</dd>",
                        "<dt>Đơn vị chủ trì</dt><dd>Phòng Cải cách hành chính</dd>",
                        "<dt>Người thực hiện</dt><dd>Mai Minh Khánh</dd>", "<strong>Nguyễn Văn Trưởng</strong>")
                .doesNotContain("head.cchc</", "<dd>CCHC</dd>");
    }

    @Test
    void theLeadTaskShowsWhereTheCoordinatingUnitsStand() {
        String page = given().cookie("snv_token", session).get("/tasks/11").then().statusCode(200).extract()
                .asString();

        assertThat(page).contains("<h2>Đơn vị phối hợp</h2>", "<td data-label=\"Đơn vị\">Văn phòng Sở</td>",
                "<td data-label=\"Người thực hiện\">Chưa giao cán bộ</td>", "<td data-label=\"Hạn\">30/06/2030</td>",
                "<span class=\"badge ok\">Đã báo cáo</span>", "<td data-label=\"Trạng thái\">Chờ nghiệm thu</td>");
        assertThat(given().cookie("snv_token", session).get("/tasks/12").then().statusCode(200).extract().asString())
                .doesNotContain("Đơn vị phối hợp");
    }

    @Test
    void anOfficersHomePageNamesTheirUnitAndHasNoLinksToTheApiDocumentation() {
        given().cookie("snv_token", session).get("/").then().statusCode(200)
                .body(containsString("đơn vị <strong>Phòng Cải cách hành chính</strong>"))
                .body(not(containsString("swagger-ui")))
                .body(not(containsString("Tài liệu API")));
    }

    @Test
    void aTaskOfTheCatalogueShowsItsItemFromPlanService() {
        given().cookie("snv_token", session).get("/tasks/11")
                .then().statusCode(200)
                .body(containsString("<dd>Mục 87: Xây dựng Kế hoạch cải cách hành chính năm 2024</dd>"))
                .body(containsString("<dd>Quý I/2024</dd>"))
                .body(containsString("<dd>Kế hoạch</dd>"));
        assertThat(FakeServices.RECEIVED).anySatisfy(line -> assertThat(line)
                .startsWith("GET /api/plan-items/7 | Bearer " + session));

        given().cookie("snv_token", session).get("/tasks/12")
                .then().statusCode(200).body(not(containsString("Danh mục nhiệm vụ")));
    }

    @Test
    void theTaskPageShowsTheItemsIdWhenPlanServiceIsDown() {
        FakeServices.PLAN_ITEM_DOWN.set(true);
        try {
            given().cookie("snv_token", session).get("/tasks/11")
                    .then().statusCode(200)
                    .body(containsString("<dd>Mục danh mục #7</dd>"))
                    .body(containsString("Nhiệm vụ thử 11"))
                    .body(not(containsString("Mục 87")));
        } finally {
            FakeServices.PLAN_ITEM_DOWN.set(false);
        }
    }

    @Test
    void aTaskOutsideTheCallersScopeIsAClearMessage() {
        given().cookie("snv_token", session).get("/tasks/404")
                .then().statusCode(404).body(containsString("Không tìm thấy nhiệm vụ 404."))
                .body(not(containsString("Exception")));
    }

    @Test
    void theAssigneeAsksForAnExtensionWithAReason() {
        given().cookie("snv_token", session).get("/tasks/11")
                .then().statusCode(200).body(containsString("<label for=\"requestedDueDate\">Hạn mới đề nghị</label>"));

        given().cookie("snv_token", session).redirects().follow(false)
                .formParam("requestedDueDate", "2030-07-15").formParam("reason", "Chờ số liệu của các sở")
                .formParam("version", "3").post("/tasks/11/extensions")
                .then().statusCode(303).header("Location", endsWith("/tasks/11?notice=extension-requested"));
        assertThat(FakeServices.RECEIVED).anySatisfy(line -> assertThat(line)
                .startsWith("POST /api/tasks/11/extensions | Bearer ")
                .contains("\"requestedDueDate\":\"2030-07-15\"", "\"reason\":\"Chờ số liệu của các sở\"", "\"version\":3"));
    }

    @Test
    void anExtensionRequestWithoutDateOrReasonIsShownAgainWithMessages() {
        given().cookie("snv_token", session).formParam("requestedDueDate", "30/02/2030").formParam("reason", "")
                .formParam("version", "3").post("/tasks/11/extensions")
                .then().statusCode(400)
                .body(containsString("không phải là ngày hợp lệ (hạn đề nghị gia hạn)"))
                .body(containsString("Nhập lý do đề nghị gia hạn."))
                .body(containsString("value=\"30/02/2030\""));
        assertThat(FakeServices.RECEIVED).noneMatch(line -> line.startsWith("POST"));
    }

    @Test
    void aRefusedExtensionRequestShowsTheServicesReason() {
        given().cookie("snv_token", session).formParam("requestedDueDate", "2030-07-15")
                .formParam("reason", "Chờ số liệu").formParam("version", "3").post("/tasks/13/extensions")
                .then().statusCode(409)
                .body(containsString("Nhiệm vụ đã có một đề nghị gia hạn đang chờ quyết định."));
    }

    @Test
    void theAssignerApprovesAnExtensionWithAnObjectiveCause() {
        String head = session("head.cchc");
        given().cookie("snv_token", head).get("/tasks/15")
                .then().statusCode(200)
                .body(containsString("Chờ số liệu của các sở, ngành"))
                .body(containsString("Chờ quyết định"))
                .body(containsString("action=\"/tasks/15/extensions/3/decision\""))
                .body(not(containsString("Gửi đề nghị gia hạn")));

        given().cookie("snv_token", head).redirects().follow(false).formParam("approved", "true")
                .formParam("objectiveCause", "true").formParam("note", "Đồng ý do chờ số liệu")
                .formParam("version", "3").post("/tasks/15/extensions/3/decision")
                .then().statusCode(303).header("Location", endsWith("/tasks/15?notice=extension-approved"));
        assertThat(FakeServices.RECEIVED).anySatisfy(line -> assertThat(line)
                .startsWith("POST /api/tasks/15/extensions/3/decision | Bearer ")
                .contains("\"approved\":true", "\"objectiveCause\":true", "\"note\":\"Đồng ý do chờ số liệu\""));

        given().cookie("snv_token", head).formParam("note", "").formParam("version", "3")
                .post("/tasks/15/extensions/3/decision")
                .then().statusCode(400).body(containsString("Chọn Đồng ý hoặc Không đồng ý gia hạn."));
    }

    @Test
    void aHeadGivesTheTaskToAnotherOfficerOfTheUnitOrCancelsIt() {
        String head = session("head.cchc");
        String page = given().cookie("snv_token", head).get("/tasks/12").then().statusCode(200).extract().asString();
        assertThat(page).contains("Giao, giao lại hoặc hủy nhiệm vụ", "<option value=\"48\">Nguyễn Văn Trưởng</option>",
                "action=\"/tasks/12/cancel\"").doesNotContain("<option value=\"49\">");

        given().cookie("snv_token", head).redirects().follow(false).formParam("assigneeId", "48")
                .formParam("version", "3").post("/tasks/12/assignee")
                .then().statusCode(303).header("Location", endsWith("/tasks/12?notice=assignee-changed"));
        given().cookie("snv_token", head).redirects().follow(false).formParam("reason", "Trùng nhiệm vụ")
                .formParam("version", "3").post("/tasks/12/cancel")
                .then().statusCode(303).header("Location", endsWith("/tasks/12?notice=cancelled"));
        assertThat(FakeServices.RECEIVED)
                .anySatisfy(line -> assertThat(line).startsWith("PUT /api/tasks/12/assignee | Bearer ")
                        .contains("\"assigneeId\":48", "\"version\":3"))
                .anySatisfy(line -> assertThat(line).startsWith("POST /api/tasks/12/cancel | Bearer ")
                        .contains("\"reason\":\"Trùng nhiệm vụ\""));

        given().cookie("snv_token", head).formParam("reason", " ").formParam("version", "3").post("/tasks/12/cancel")
                .then().statusCode(400).body(containsString("Nhập lý do hủy nhiệm vụ."));
        given().cookie("snv_token", session).get("/tasks/12").then().statusCode(200)
                .body(not(containsString("Giao, giao lại hoặc hủy nhiệm vụ")));
    }

    @Test
    void pagesNeedASignedInUser() {
        given().redirects().follow(false).get("/tasks").then().statusCode(401);
    }
}
