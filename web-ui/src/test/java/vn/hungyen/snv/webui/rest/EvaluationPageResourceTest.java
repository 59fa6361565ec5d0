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
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class EvaluationPageResourceTest {

    private String officer;

    @BeforeEach
    void signIn() {
        officer = session("officer.cchc.1");
        FakeServices.RECEIVED.clear();
    }

    @Test
    void anOfficerSeesTheirMonthWithTheProductsBehindItAndTheSelfAssessmentForm() {
        String page = given().cookie("snv_token", officer).queryParam("month", "2024-06").get("/evaluation")
                .then().statusCode(200).extract().asString();

        assertThat(page).contains("Đánh giá, xếp loại Tháng 6/2024", "Báo cáo cải cách hành chính tháng 6",
                "Rà soát thủ tục hành chính", "Chưa hoàn thành", "25/06/2024", "100 / 75 / 75", "37,5", "29,17",
                "<strong>54,17</strong>", "Hoàn thành nhiệm vụ", "Chờ lãnh đạo xem xét")
                .contains("<label for=\"groupI\">Nhóm I", "(0–10)", "value=\"8,5\"", "Hoàn thành các việc được giao")
                .contains("hx-post=\"/evaluation/projection\"", "value=\"preview\"")
                .doesNotContain("Công chức đơn vị", "Công bố kết quả tháng");
        assertThat(page.indexOf("Báo cáo cải cách hành chính tháng 6")).isLessThan(page.indexOf("1 lần"));
        assertThat(FakeServices.RECEIVED).filteredOn(line -> !line.contains("/schedule")).singleElement().asString()
                .startsWith("GET /api/evaluations/2024-06/officers/49 | Bearer " + officer);
    }

    @Test
    void aHeadSeesWhyALevelWasLoweredAndADeputyHeadsDAndEWithWhatTheyRead() {
        String page = given().cookie("snv_token", session("head.cchc")).queryParam("month", "2024-06")
                .get("/evaluation").then().statusCode(200).extract().asString();

        assertThat(page).contains("Đỗ Văn Phó")
                .contains("Hạ từ Hoàn thành xuất sắc nhiệm vụ xuống Hoàn thành tốt nhiệm vụ do tỷ lệ khống chế mức "
                        + "xuất sắc: nhóm lãnh đạo có 5 người đạt mức xuất sắc, chỉ 1 người được giữ mức này")
                .contains("d = 50: có công chức dưới quyền chưa đạt mức Hoàn thành nhiệm vụ",
                        "đ = 50: điểm tiến độ (c) của đơn vị dưới 80", "e = 100: không có kết luận về mất đoàn kết");
    }

    @Test
    void aMonthInProgressShowsWhatEvaluationServiceSaysIsStillToComeAndTheMonthWereItDoneOnTime() {
        String page = given().cookie("snv_token", officer).queryParam("month", FakeServices.CURRENT_MONTH.toString())
                .get("/evaluation").then().statusCode(200).extract().asString();

        assertThat(page).contains("<strong>Tháng đang diễn ra.</strong>",
                        "chưa kết thúc: điểm dưới đây chỉ là tạm tính đến hôm nay", "Tổng điểm (S), tạm tính",
                        "<span class=\"badge muted\">Chưa xếp loại — tháng đang diễn ra</span>")
                .contains("<ul class=\"not-yet-due\"><li><a href=\"/tasks/12\">Rà soát thủ tục hành chính</a> — hạn "
                        + "28/06/2024</li></ul>")
                .contains("Nếu hoàn thành đúng hạn các sản phẩm còn lại: tổng điểm (S) <strong>77,5</strong>",
                        "(K = 52,5, G = 25), xếp loại <span class=\"badge ok\">Hoàn thành tốt nhiệm vụ</span>")
                .doesNotContain("<span class=\"badge warn\">Hoàn thành nhiệm vụ</span>");
        String products = page.substring(page.indexOf("Sản phẩm trong tháng"), page.indexOf("id=\"self-heading\""));
        assertThat(products.split("<span class=\"badge muted\">Chưa đến hạn</span>", -1))
                .as("product 12 is the one not yet due, as evaluation-service says").hasSize(2);
        assertThat(products).contains("<span class=\"badge done\">Đã nghiệm thu</span>")
                .doesNotContain("Chưa hoàn thành");
    }

    @Test
    void aMonthAnsweredWithoutTheInProgressPartIsShownAsItStands() {
        String over = given().cookie("snv_token", officer).queryParam("month", "2024-06").get("/evaluation")
                .then().statusCode(200).extract().asString();

        assertThat(over).doesNotContain("đang diễn ra", "Nếu hoàn thành đúng hạn", "not-yet-due")
                .contains("<span class=\"badge warn\">Hoàn thành nhiệm vụ</span>", "Chưa hoàn thành");
    }

    @Test
    void aPublishedMonthListsTheDirectorsAdjustmentsWithWhoWhenWhatAndWhy() {
        String page = given().cookie("snv_token", officer).queryParam("month", FakeServices.PUBLISHED_MONTH)
                .get("/evaluation").then().statusCode(200).extract().asString();

        String adjustments = page.substring(page.indexOf("id=\"adjustments-heading\""));
        assertThat(adjustments).contains("Điều chỉnh sau công bố", "10:00 15/04/2024", "director", "Mai Minh Khánh",
                        "Phòng Cải cách hành chính", "Điểm tiêu chí chung (G): 25 → 28", "Tổng điểm (S): 54,17 → 88,5",
                        "Xếp loại: Hoàn thành nhiệm vụ → Hoàn thành tốt nhiệm vụ (Giám đốc quyết định)",
                        "Kéo theo — đơn vị Phòng Cải cách hành chính: tổng điểm (S) 40 → 52,25, xếp loại "
                                + "Không hoàn thành nhiệm vụ → Hoàn thành nhiệm vụ",
                        "Chấp nhận khiếu nại về điểm tiêu chí chung")
                .doesNotContain("Kéo theo — Mai Minh Khánh");
        assertThat(FakeServices.RECEIVED).anySatisfy(line -> assertThat(line)
                .startsWith("GET /api/evaluations/" + FakeServices.PUBLISHED_MONTH + "/adjustments | Bearer " + officer));
    }

    @Test
    void adjustmentsAreAskedForOnlyOnceTheMonthIsPublished_andTheirAbsenceIsANote() {
        given().cookie("snv_token", officer).queryParam("month", "2024-06").get("/evaluation")
                .then().statusCode(200).body(not(containsString("adjustments-heading")));
        assertThat(FakeServices.RECEIVED).noneSatisfy(line -> assertThat(line).contains("/adjustments"));

        FakeServices.ADJUSTMENTS_DOWN.set(true);
        try {
            given().cookie("snv_token", officer).queryParam("month", FakeServices.PUBLISHED_MONTH).get("/evaluation")
                    .then().statusCode(200)
                    .body(containsString("Tạm thời chưa xem được các điều chỉnh sau công bố"))
                    .body(containsString("Báo cáo cải cách hành chính tháng 6"));
        } finally {
            FakeServices.ADJUSTMENTS_DOWN.set(false);
        }
    }

    @Test
    void theMonthsScheduleShowsItsDatesAndMarksThemOverdueOnceTheyHavePassedInAnUnpublishedMonth() {
        String page = given().cookie("snv_token", officer).queryParam("month", "2024-06").get("/evaluation")
                .then().statusCode(200).extract().asString();

        assertThat(page).contains("<h2 id=\"schedule-heading\">Lịch đánh giá tháng</h2>",
                "Công chức tự đánh giá, gửi đề nghị miễn trừ: hạn <strong>03/07/2024</strong> "
                        + "<span class=\"badge bad\">Đã quá hạn</span>",
                "Lãnh đạo xem xét điểm, quyết định miễn trừ: hạn <strong>05/07/2024</strong>",
                "hạn <strong>08/07/2024</strong>", "Giám đốc phê duyệt, công bố kết quả tháng: hạn <strong>10/07/2024</strong>")
                .doesNotContain("aria-current");
        assertThat(page.split("Đã quá hạn", -1)).hasSize(5);
        assertThat(FakeServices.RECEIVED).anySatisfy(line -> assertThat(line)
                .startsWith("GET /api/evaluations/2024-06/schedule | Bearer " + officer));
    }

    @Test
    void inTheCurrentMonthTheSelfAssessmentIsTheStepDueNext() {
        YearMonth next = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusMonths(1);
        String page = given().cookie("snv_token", officer).queryParam("month", next.minusMonths(1).toString())
                .get("/evaluation").then().statusCode(200).extract().asString();

        assertThat(page).contains("<li aria-current=\"step\">Công chức tự đánh giá, gửi đề nghị miễn trừ: hạn <strong>03/"
                + next.format(DateTimeFormatter.ofPattern("MM/yyyy")) + "</strong> "
                + "<span class=\"badge warn\">Đến hạn tiếp theo</span>")
                .doesNotContain("Đã quá hạn");
        String schedule = page.substring(page.indexOf("schedule-heading"), page.indexOf("mine-heading"));
        assertThat(schedule.split("Chưa đến hạn", -1)).hasSize(4);
    }

    @Test
    void withoutTheScheduleThePageStillShowsTheMonthWithANote() {
        FakeServices.SCHEDULE_DOWN.set(true);
        try {
            given().cookie("snv_token", officer).queryParam("month", "2024-06").get("/evaluation")
                    .then().statusCode(200)
                    .body(containsString("Tạm thời chưa xem được lịch đánh giá tháng"))
                    .body(not(containsString("schedule-heading")))
                    .body(containsString("Báo cáo cải cách hành chính tháng 6"))
                    .body(containsString("Lưu tự đánh giá"));
        } finally {
            FakeServices.SCHEDULE_DOWN.set(false);
        }
    }

    @Test
    void anOfficerSeesTheirExemptionRequestsAndAFormOnlyWhereAnotherMayBeSent() {
        String page = given().cookie("snv_token", officer).queryParam("month", "2024-06").get("/evaluation")
                .then().statusCode(200).extract().asString();

        assertThat(page).contains("<span class=\"badge warn\">Chờ xem xét</span> <span class=\"meta\">(gửi sau hạn)</span>",
                        "<span class=\"badge bad\">Không chấp thuận</span>",
                        "Ý kiến của lãnh đạo: Không phải nguyên nhân khách quan")
                .contains("<summary>Đề nghị miễn trừ<span class=\"visually-hidden\"> cho Tổng hợp số liệu cải cách "
                        + "hành chính quý II</span></summary>", "<input type=\"hidden\" name=\"taskId\" value=\"13\">",
                        "<label for=\"reason-13\">Lý do khách quan (bắt buộc)</label>")
                .doesNotContain("reason-11", "reason-12", "Đề nghị miễn trừ chờ xem xét");
    }

    @Test
    void sendingAnExemptionRequestGoesBackToThePageWithAFlash() {
        given().cookie("snv_token", officer).redirects().follow(false).formParam("month", "2024-06")
                .formParam("taskId", "13").formParam("reason", " Chờ số liệu quý II của Cục Thống kê ")
                .post("/evaluation/exemptions")
                .then().statusCode(303)
                .header("Location", endsWith("/evaluation?month=2024-06&notice=exemption-requested"));
        assertThat(FakeServices.RECEIVED).singleElement().asString()
                .startsWith("POST /api/evaluations/2024-06/officers/49/exemptions | Bearer " + officer)
                .contains("\"taskId\":13", "\"reason\":\"Chờ số liệu quý II của Cục Thống kê\"");
        given().cookie("snv_token", officer).get("/evaluation?month=2024-06&notice=exemption-requested")
                .then().statusCode(200).body(containsString("role=\"status\">Đã gửi đề nghị miễn trừ.</p>"));
    }

    @Test
    void anExemptionRequestWithoutAReasonIsAMessageBesideTheReopenedFormAndNothingIsSent() {
        given().cookie("snv_token", officer).formParam("month", "2024-06").formParam("taskId", "13")
                .formParam("reason", "  ").post("/evaluation/exemptions")
                .then().statusCode(400)
                .body(containsString("role=\"alert\""))
                .body(containsString("Nhập lý do khách quan của đề nghị miễn trừ."))
                .body(containsString("<details open>"))
                .body(containsString("<label for=\"reason-13\">"));
        assertThat(FakeServices.RECEIVED).noneMatch(line -> line.startsWith("POST"));
    }

    @Test
    void aRefusedExemptionRequestShowsTheServicesReasonOnThePage() {
        given().cookie("snv_token", officer).formParam("month", "2024-06").formParam("taskId", "12")
                .formParam("reason", "Chờ hướng dẫn của Bộ Nội vụ").post("/evaluation/exemptions")
                .then().statusCode(422)
                .body(containsString("role=\"alert\""))
                .body(containsString(FakeServices.EXEMPTION_REFUSAL))
                .body(containsString("Kết quả của tôi"))
                .body(not(containsString("Exception")));
    }

    @Test
    void theHeadApprovesTheirOfficersPendingExemptionRequest() {
        String head = session("head.cchc");
        String page = given().cookie("snv_token", head).queryParam("month", "2024-06").get("/evaluation")
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("Đề nghị miễn trừ chờ xem xét", "<legend>Mai Minh Khánh (Phòng Cải cách hành chính) — nhiệm vụ 11</legend>",
                        "Lý do: Văn bản của UBND tỉnh ban hành chậm", "<input type=\"hidden\" name=\"exemptionId\" value=\"7\">",
                        "<label for=\"ruling-note-7\">Ghi chú (bắt buộc khi không chấp thuận)</label>",
                        "value=\"approve\">Chấp thuận</button>", "value=\"refuse\" class=\"secondary\">Không chấp thuận</button>")
                .doesNotContain("name=\"exemptionId\" value=\"6\"");

        given().cookie("snv_token", head).redirects().follow(false).formParam("month", "2024-06")
                .formParam("unit", "").formParam("officerId", "49").formParam("exemptionId", "7")
                .formParam("decision", "approve").formParam("note", "").post("/evaluation/exemption-rulings")
                .then().statusCode(303).header("Location", endsWith("/evaluation?month=2024-06&notice=exemption-approved"));
        assertThat(FakeServices.RECEIVED).anySatisfy(line -> assertThat(line)
                .startsWith("PUT /api/evaluations/2024-06/officers/49/exemptions/7 | Bearer " + head)
                .contains("\"approved\":true", "\"note\":null"));
        given().cookie("snv_token", head).get("/evaluation?month=2024-06&notice=exemption-approved")
                .then().statusCode(200).body(containsString("Đã chấp thuận đề nghị miễn trừ."));
    }

    @Test
    void refusingAnExemptionRequestNeedsANoteWhichIsSentWithIt() {
        String head = session("head.cchc");
        given().cookie("snv_token", head).formParam("month", "2024-06").formParam("officerId", "49")
                .formParam("exemptionId", "7").formParam("decision", "refuse").formParam("note", "")
                .post("/evaluation/exemption-rulings")
                .then().statusCode(400)
                .body(containsString("Ghi lý do khi không chấp thuận đề nghị miễn trừ."));
        assertThat(FakeServices.RECEIVED).noneMatch(line -> line.startsWith("PUT"));

        given().cookie("snv_token", head).redirects().follow(false).formParam("month", "2024-06")
                .formParam("officerId", "49").formParam("exemptionId", "7").formParam("decision", "refuse")
                .formParam("note", "Văn bản đã có từ đầu tháng").post("/evaluation/exemption-rulings")
                .then().statusCode(303).header("Location", endsWith("notice=exemption-refused"));
        assertThat(FakeServices.RECEIVED).anySatisfy(line -> assertThat(line)
                .startsWith("PUT /api/evaluations/2024-06/officers/49/exemptions/7 | Bearer ")
                .contains("\"approved\":false", "\"note\":\"Văn bản đã có từ đầu tháng\""));
    }

    @Test
    void aRulingRefusedByTheServiceIsAMessageOnThePage() {
        given().cookie("snv_token", session("head.cchc")).formParam("month", "2024-06").formParam("officerId", "49")
                .formParam("exemptionId", "6").formParam("decision", "approve").formParam("note", "Đồng ý")
                .post("/evaluation/exemption-rulings")
                .then().statusCode(409)
                .body(containsString("role=\"alert\""))
                .body(containsString(FakeServices.RULING_REFUSAL))
                .body(containsString("Đề nghị miễn trừ chờ xem xét"));
    }

    @Test
    void aDeputyDirectorDoesNotRuleOnTheRequestsOfAnOfficerButOnlyOnAHeads() {
        given().cookie("snv_token", session("deputy1")).queryParam("month", "2024-06").get("/evaluation")
                .then().statusCode(200)
                .body(containsString("Đề nghị miễn trừ chờ xem xét"))
                .body(containsString("Không có đề nghị miễn trừ nào chờ bạn xem xét."))
                .body(not(containsString("ruling-note-7")));
    }

    @Test
    void theProjectionFollowsTheGroupsAsTheyAreTyped() {
        given().cookie("snv_token", officer).formParam("month", "2024-06").formParam("groupI", "9")
                .formParam("groupII", "8,5").formParam("groupIII", "7").post("/evaluation/projection")
                .then().statusCode(200)
                .body(containsString("id=\"projection\""))
                .body(containsString("S = <strong>85,02</strong>"))
                .body(containsString("Hoàn thành tốt nhiệm vụ"))
                .body(not(containsString("<html")));
        assertThat(FakeServices.RECEIVED).filteredOn(line -> !line.contains("/schedule")).singleElement().asString()
                .startsWith("POST /api/evaluations/2024-06/officers/49/projection | Bearer ")
                .contains("\"groupI\":9", "\"groupII\":8.5", "\"groupIII\":7");
    }

    @Test
    void aProjectionOfAScoreOutOfBoundsSaysSoAndAsksNothing() {
        given().cookie("snv_token", officer).formParam("month", "2024-06").formParam("groupI", "12")
                .formParam("groupII", "8").formParam("groupIII", "").post("/evaluation/projection")
                .then().statusCode(200)
                .body(containsString("Điểm nhóm I phải là số từ 0 đến 10"))
                .body(containsString("Nhập điểm nhóm III."));
        assertThat(FakeServices.RECEIVED).singleElement().asString()
                .startsWith("GET /api/evaluations/2024-06/schedule | Bearer " + officer);
    }

    @Test
    void withoutJavaScriptTheFormShowsTheProjectionWhenAskedAndKeepsWhatWasTyped() {
        given().cookie("snv_token", officer).formParam("month", "2024-06").formParam("groupI", "10")
                .formParam("groupII", "10").formParam("groupIII", "9,5").formParam("remarks", "Chủ động")
                .formParam("action", "preview").post("/evaluation/self-assessment")
                .then().statusCode(200)
                .body(containsString("S = <strong>90,02</strong>"))
                .body(containsString("Hoàn thành xuất sắc nhiệm vụ"))
                .body(containsString("value=\"9,5\""))
                .body(containsString(">Chủ động</textarea>"));
        assertThat(FakeServices.RECEIVED).noneMatch(line -> line.startsWith("PUT"));
    }

    @Test
    void savingTheSelfAssessmentSendsTheGroupsAndRemarks() {
        given().cookie("snv_token", officer).redirects().follow(false).formParam("month", "2024-06")
                .formParam("groupI", "9").formParam("groupII", "8,5").formParam("groupIII", "7,5")
                .formParam("remarks", "Hoàn thành đúng hạn").formParam("action", "save")
                .post("/evaluation/self-assessment")
                .then().statusCode(303).header("Location", endsWith("/evaluation?month=2024-06&notice=self-assessed"));
        assertThat(FakeServices.RECEIVED).filteredOn(line -> !line.contains("/schedule")).singleElement().asString()
                .startsWith("PUT /api/evaluations/2024-06/officers/49/self-assessment | Bearer ")
                .contains("\"groupI\":9", "\"groupII\":8.5", "\"groupIII\":7.5", "\"remarks\":\"Hoàn thành đúng hạn\"");
        given().cookie("snv_token", officer).get("/evaluation?month=2024-06&notice=self-assessed")
                .then().statusCode(200).body(containsString("Đã lưu bản tự đánh giá."));
    }

    @Test
    void aSelfAssessmentWithMistakesIsShownAgainWithMessagesAndNothingIsSaved() {
        given().cookie("snv_token", officer).formParam("month", "2024-06").formParam("groupI", "9")
                .formParam("groupII", "").formParam("groupIII", "mười").formParam("action", "save")
                .post("/evaluation/self-assessment")
                .then().statusCode(400)
                .body(containsString("role=\"alert\""))
                .body(containsString("Nhập điểm nhóm II."))
                .body(containsString("Điểm nhóm III phải là số từ 0 đến 10"))
                .body(containsString("value=\"mười\""));
        assertThat(FakeServices.RECEIVED).noneMatch(line -> line.startsWith("PUT"));
    }

    @Test
    void aHeadSeesTheUnitsOfficersAndReviewsOne() {
        String head = session("head.cchc");
        given().cookie("snv_token", head).queryParam("month", "2024-06").get("/evaluation")
                .then().statusCode(200)
                .body(containsString("Công chức đơn vị CCHC"))
                .body(containsString("Trịnh Thị Thảo"))
                .body(containsString("<span class=\"meta\">Công chức — Phòng Cải cách hành chính</span>"))
                .body(containsString("Xem xét Mai Minh Khánh"))
                .body(containsString("<label for=\"g-49\">Điểm tiêu chí chung G (0–30)</label>"))
                .body(not(containsString("Công bố kết quả tháng")));
        assertThat(FakeServices.RECEIVED).anyMatch(line -> line.startsWith("GET /api/evaluations/2024-06/officers?unit=CCHC"));

        given().cookie("snv_token", head).redirects().follow(false).formParam("month", "2024-06")
                .formParam("unit", "").formParam("officerId", "49").formParam("generalScore", "24")
                .formParam("note", "Nhóm II chưa chủ động").formParam("disciplined", "true")
                .post("/evaluation/review")
                .then().statusCode(303).header("Location", endsWith("/evaluation?month=2024-06&notice=reviewed"));
        assertThat(FakeServices.RECEIVED).anySatisfy(line -> assertThat(line)
                .startsWith("PUT /api/evaluations/2024-06/officers/49/review | Bearer ")
                .contains("\"generalScore\":24", "\"note\":\"Nhóm II chưa chủ động\"", "\"disciplined\":true",
                        "\"degraded\":false"));
    }

    @Test
    void aLeaderGetsAReviewFormOnlyForTheOfficersTheServiceSaysTheyMayReview() {
        String page = given().cookie("snv_token", session("head.cchc")).queryParam("month", "2024-06")
                .get("/evaluation").then().statusCode(200).extract().asString();
        assertThat(page).contains("Xem xét Mai Minh Khánh", "Trịnh Thị Thảo")
                .doesNotContain("Xem xét Trịnh Thị Thảo", "<label for=\"g-50\">");

        given().cookie("snv_token", session("deputy1")).queryParam("month", "2024-06").get("/evaluation")
                .then().statusCode(200)
                .body(containsString("Mai Minh Khánh"))
                .body(not(containsString("Xem xét Mai Minh Khánh")));
    }

    @Test
    void theSelfAssessmentClosesWhenTheServiceSaysSo() {
        given().cookie("snv_token", officer).queryParam("month", FakeServices.REVIEWED_MONTH).get("/evaluation")
                .then().statusCode(200)
                .body(containsString("không sửa được bản tự đánh giá"))
                .body(not(containsString("Lưu tự đánh giá")))
                .body(containsString("Điểm tiêu chí chung (G, tối đa 40)"));
    }

    @Test
    void theBoundOfGIsTheOneTheServiceGives() {
        String head = session("head.cchc");
        given().cookie("snv_token", head).queryParam("month", FakeServices.REVIEWED_MONTH).get("/evaluation")
                .then().statusCode(200)
                .body(containsString("<label for=\"g-49\">Điểm tiêu chí chung G (0–40)</label>"));
        given().cookie("snv_token", head).redirects().follow(false).formParam("month", FakeServices.REVIEWED_MONTH)
                .formParam("officerId", "49").formParam("generalScore", "35").formParam("note", "Đóng góp nổi bật")
                .post("/evaluation/review")
                .then().statusCode(303);
        assertThat(FakeServices.RECEIVED).anySatisfy(line -> assertThat(line)
                .startsWith("PUT /api/evaluations/" + FakeServices.REVIEWED_MONTH + "/officers/49/review | Bearer ")
                .contains("\"generalScore\":35"));
    }

    @Test
    void aRefusedReviewShowsTheServicesReasonBesideTheOfficer() {
        given().cookie("snv_token", session("head.cchc")).formParam("month", "2024-06").formParam("officerId", "50")
                .formParam("generalScore", "20").formParam("note", "").post("/evaluation/review")
                .then().statusCode(409)
                .body(containsString(FakeServices.REVIEW_REFUSAL))
                .body(containsString("<details open>"));
    }

    @Test
    void aReviewScoreOutOfBoundsIsAMessageAndNothingIsSent() {
        given().cookie("snv_token", session("head.cchc")).formParam("month", "2024-06").formParam("officerId", "49")
                .formParam("generalScore", "31").post("/evaluation/review")
                .then().statusCode(400)
                .body(containsString("Điểm tiêu chí chung (G) phải là số từ 0 đến 30"))
                .body(containsString("value=\"31\""));
        assertThat(FakeServices.RECEIVED).noneMatch(line -> line.startsWith("PUT"));
    }

    @Test
    void theDirectorsPublicationRefusedListsWhatIsMissing() {
        String director = session("director");
        given().cookie("snv_token", director).queryParam("month", "2024-06").get("/evaluation")
                .then().statusCode(200)
                .body(containsString("Công bố kết quả Tháng 6/2024"))
                .body(containsString("<option value=\"VP\""));

        String page = given().cookie("snv_token", director).formParam("month", "2024-06").post("/evaluation/publish")
                .then().statusCode(409).extract().asString();
        assertThat(page).contains(FakeServices.PUBLISH_REFUSAL).contains(FakeServices.MISSING)
                .contains("role=\"alert\"");
        assertThat(FakeServices.RECEIVED).anyMatch(line -> line.startsWith("POST /api/evaluations/2024-06/publish"));
    }

    @Test
    void whenTheEvaluationServiceIsDownThePageSaysSo() {
        given().cookie("snv_token", officer).queryParam("month", FakeServices.DOWN_MONTH).get("/evaluation")
                .then().statusCode(503)
                .body(containsString("Dịch vụ đánh giá tạm thời không phản hồi"))
                .body(not(containsString("Exception")));
    }

    @Test
    void aMalformedMonthIsAMessageAndTheCurrentMonthIsShown() {
        given().cookie("snv_token", officer).queryParam("month", "2024-13").get("/evaluation")
                .then().statusCode(400)
                .body(containsString("Tháng &quot;2024-13&quot; không hợp lệ"));
    }
}
