package vn.hungyen.snv.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.snv.system.RunningSystem.PLAN;
import static vn.hungyen.snv.system.RunningSystem.TASKS;
import static vn.hungyen.snv.system.RunningSystem.WEB;
import static vn.hungyen.snv.system.RunningSystem.officerId;
import static vn.hungyen.snv.system.RunningSystem.token;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The task workflow in the browser: the head assigns, the officer asks for an extension and the head
 * grants it with an objective cause, the officer reports completion, the head returns it, the
 * officer reports again, the head accepts. Then the month: the officer sees the product on
 * "Đánh giá tháng" and the projected score as they type, a score out of bounds is a message, the
 * Director's publication is refused with a message, and the Director's dashboard shows the month.
 * Screenshots of each page are saved at desktop and phone width.
 */
class TaskWorkflowPagesIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void aTaskIsAssignedReportedReturnedReportedAgainAndAccepted() throws Exception {
        String title = "Rà soát thủ tục hành chính lĩnh vực Nội vụ " + UUID.randomUUID().toString().substring(0, 8);
        long vpTask = given().auth().oauth2(token("head.vp")).contentType(ContentType.JSON)
                .body(Map.of("title", "Việc riêng của Văn phòng", "unitCode", "VP",
                        "dueDate", LocalDate.now().plusDays(10).toString()))
                .post(TASKS + "/api/tasks").then().statusCode(201).extract().jsonPath().getLong("id");

        try (Browser browser = new Browser(WEB)) {
            browser.open("/login");
            assertThat(browser.title()).contains("Đăng nhập");
            browser.screenshot("01-dang-nhap");

            browser.signIn("head.cchc");
            browser.click(By.linkText("Nhiệm vụ của phòng"));
            browser.waitForText("Giao nhiệm vụ mới");
            browser.type("title", title);
            browser.select("assigneeId", fullName("officer.cchc.2"));
            browser.setValue("dueDate", LocalDate.now().plusDays(10).toString());
            browser.type("expectedProduct", "Báo cáo");
            browser.click(By.cssSelector("form[action='/unit/assign'] button"));
            browser.waitForText("Đã giao nhiệm vụ.");
            long taskId = Long.parseLong(browser.currentPath().replaceAll("^/tasks/(\\d+).*$", "$1"));
            browser.open("/unit");
            browser.waitForText(title);
            browser.screenshot("02-nhiem-vu-cua-phong");
            browser.signOut();

            browser.signIn("officer.cchc.2");
            browser.click(By.linkText("Nhiệm vụ của tôi"));
            browser.waitForText(title);
            assertThat(browser.text()).contains("Trong hạn", "Đang thực hiện");
            browser.screenshot("03-nhiem-vu-cua-toi");
            browser.click(By.linkText(title));
            browser.waitForText("Đề nghị gia hạn");
            browser.setValue("requestedDueDate", LocalDate.now().plusDays(15).toString());
            browser.type("reason", "Chờ số liệu của các sở, ngành");
            browser.click(By.cssSelector("form[action$='/extensions'] button"));
            browser.waitForText("Đã gửi đề nghị gia hạn.");
            browser.screenshot("04-de-nghi-gia-han");
            browser.signOut();

            browser.signIn("head.cchc");
            browser.open("/tasks/" + taskId);
            browser.waitForText("Quyết định gia hạn");
            browser.click(By.cssSelector("input[name=approved][value=true]"));
            browser.click(By.cssSelector("input[name=objectiveCause]"));
            browser.type("decisionNote", "Đồng ý, nguyên nhân khách quan");
            browser.screenshot("05-quyet-dinh-gia-han");
            browser.click(By.cssSelector("form[action$='/decision'] button"));
            browser.waitForText("Đã đồng ý gia hạn");
            browser.signOut();

            browser.signIn("officer.cchc.2");
            browser.open("/tasks/" + taskId);
            browser.waitForText("Báo cáo hoàn thành");
            report(browser, "31/02/2024");
            browser.waitForText("không phải là ngày hợp lệ");
            browser.screenshot("06-bao-cao-sai-ngay");
            report(browser, "15/03/2024");
            browser.waitForText("Đã gửi báo cáo hoàn thành");
            assertThat(browser.text()).contains("Đã báo cáo", "Chờ nghiệm thu", "45/BC-CCHC");
            browser.screenshot("07-da-bao-cao");
            browser.open("/tasks/" + vpTask);
            browser.waitForText("Không tìm thấy nhiệm vụ");
            browser.signOut();

            browser.signIn("head.cchc");
            browser.open("/tasks/" + taskId);
            browser.waitForText("Nghiệm thu sản phẩm");
            browser.screenshot("08-nghiem-thu");
            review(browser, "RETURNED", true, "Thiếu số liệu quý I, bổ sung và báo cáo lại");
            browser.waitForText("Đã trả lại sản phẩm để làm lại.");
            browser.signOut();

            browser.signIn("officer.cchc.2");
            browser.open("/tasks/" + taskId);
            browser.waitForText("Thiếu số liệu quý I");
            assertThat(browser.text()).contains("Trả lại, làm lại", "lỗi nội dung lớn");
            browser.screenshot("09-bi-tra-lai");
            report(browser, "20/03/2024");
            browser.waitForText("Đã gửi báo cáo hoàn thành");
            browser.signOut();

            browser.signIn("head.cchc");
            browser.open("/tasks/" + taskId);
            review(browser, "ACCEPTED", false, "");
            browser.waitForText("Đã nghiệm thu: sản phẩm đạt.");
            assertThat(browser.text()).contains("Hoàn thành đúng hạn", "Đã nghiệm thu");
            browser.screenshot("10-da-nghiem-thu");

            var task = given().auth().oauth2(token("head.cchc")).get(TASKS + "/api/tasks/" + taskId)
                    .then().statusCode(200).extract().jsonPath();
            assertThat(task.getString("status")).isEqualTo("DONE");
            // The task above is due next month or later; a product of the month now under way, so that the
            // officer can self-assess it: assigned, reported and accepted through the API by the administrator.
            YearMonth month = YearMonth.now(VIETNAM);
            String monthly = "Báo cáo công tác tháng " + month + " " + title.substring(title.length() - 8);
            doneToday("officer.cchc.2", monthly);
            browser.open("/evaluation?month=" + month);
            browser.waitForText("Công chức đơn vị CCHC");
            browser.screenshot("11-danh-gia-cua-phong");
            browser.signOut();

            browser.signIn("officer.cchc.2");
            browser.click(By.linkText("Đánh giá tháng"));
            browser.waitForText("Đánh giá, xếp loại");
            browser.openUntil("/evaluation?month=" + month, monthly);
            assertThat(browser.text()).contains("Kết quả của tôi", "Đã nghiệm thu", "Tự đánh giá tiêu chí chung");
            browser.type("groupI", "9");
            browser.type("groupII", "8,5");
            browser.type("groupIII", "7");
            browser.waitForText("Điểm dự kiến");
            browser.screenshot("12-danh-gia-thang");
            browser.type("groupI", "12");
            browser.click(By.cssSelector("button[value=save]"));
            browser.waitForText("Điểm nhóm I phải là số từ 0 đến 10");
            browser.screenshot("13-tu-danh-gia-sai");
            browser.signOut();

            browser.signIn("director");
            browser.open("/evaluation?month=" + month);
            browser.click(By.cssSelector("form[action='/evaluation/publish'] button"));
            browser.waitFor(By.xpath("//*[@role='alert'][contains(., 'công bố')]"));
            browser.screenshot("14-cong-bo-bi-tu-choi");
            browser.click(By.linkText("Bảng điều hành"));
            browser.open("/dashboard?month=" + month);
            browser.waitForText("Bảng điều hành — Tháng " + month.getMonthValue() + "/" + month.getYear());
            assertThat(browser.text()).contains("Phân bố xếp loại", "Hoàn thành tốt nhiệm vụ", "Các đơn vị",
                    "Xu hướng các tháng gần đây", "Nhiệm vụ quá hạn");
            browser.waitFor(By.id("levels-chart"));
            browser.open("/dashboard?month=2024-06");
            browser.waitForText("Bảng điều hành — Tháng 6/2024");
            assertThat(browser.text()).as("the replayed half-year")
                    .contains("Hoàn thành xuất sắc nhiệm vụ", "Tháng 1/2024", "(đã công bố)");
            browser.waitFor(By.id("levels-chart"));
            browser.screenshot("15-bang-dieu-hanh");
            browser.click(By.linkText("Kế hoạch"));
            browser.waitForText("nhiệm vụ trọng tâm");
            browser.screenshot("16-ke-hoach");
        }
    }

    private static void report(Browser browser, String issuedOn) {
        browser.type("documentNumber", "45/BC-CCHC");
        browser.type("issuedOn", issuedOn);
        browser.type("summary", "Báo cáo kết quả rà soát thủ tục hành chính");
        browser.click(By.cssSelector("form[action$='/report'] button"));
    }

    private static void review(Browser browser, String verdict, boolean majorError, String note) {
        browser.click(By.cssSelector("input[name=verdict][value=" + verdict + "]"));
        if (majorError) {
            browser.click(By.cssSelector("input[name=majorError]"));
        }
        browser.type("note", note);
        browser.click(By.cssSelector("form[action$='/review'] button"));
    }

    private static String fullName(String username) {
        return given().auth().oauth2(token("head.cchc")).queryParam("unit", "CCHC").get(PLAN + "/api/officers")
                .then().statusCode(200).extract().jsonPath()
                .getString("find { it.username == '" + username + "' }.fullName");
    }

    /** A task of the officer due today, reported and accepted today. */
    private static void doneToday(String username, String title) {
        String admin = token("admin");
        long id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("title", title, "unitCode", "CCHC", "assigneeId", officerId(username),
                        "dueDate", LocalDate.now(VIETNAM).toString(), "expectedProduct", "Báo cáo"))
                .post(TASKS + "/api/tasks").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("documentNumber", id + "/BC-CCHC", "issuedOn", LocalDate.now(VIETNAM).toString(),
                        "summary", "Báo cáo công tác tháng"))
                .post(TASKS + "/api/tasks/" + id + "/submissions").then().statusCode(201);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("verdict", "ACCEPTED"))
                .post(TASKS + "/api/tasks/" + id + "/reviews").then().statusCode(200);
    }
}
