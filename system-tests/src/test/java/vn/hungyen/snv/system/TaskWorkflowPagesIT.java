package vn.hungyen.snv.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The task workflow in the browser: the head assigns, the officer reports completion, the head
 * returns it, the officer reports again, the head accepts. Screenshots of each page are saved.
 */
class TaskWorkflowPagesIT {

    private static final int BASE = Integer.getInteger("snv.port-base", 8080);
    private static final String WEB = "http://127.0.0.1:" + BASE;
    private static final String TASKS = "http://127.0.0.1:" + (BASE + 2);

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
            browser.waitForText("Báo cáo hoàn thành");
            report(browser, "31/02/2024");
            browser.waitForText("không phải là ngày hợp lệ");
            browser.screenshot("04-bao-cao-sai-ngay");
            report(browser, "15/03/2024");
            browser.waitForText("Đã gửi báo cáo hoàn thành");
            assertThat(browser.text()).contains("Chờ nghiệm thu", "45/BC-CCHC");
            browser.screenshot("05-da-bao-cao");
            browser.open("/tasks/" + vpTask);
            browser.waitForText("Không tìm thấy nhiệm vụ");
            browser.signOut();

            browser.signIn("head.cchc");
            browser.open("/tasks/" + taskId);
            browser.waitForText("Nghiệm thu sản phẩm");
            browser.screenshot("06-nghiem-thu");
            review(browser, "RETURNED", true, "Thiếu số liệu quý I, bổ sung và báo cáo lại");
            browser.waitForText("Đã trả lại sản phẩm để làm lại.");
            browser.signOut();

            browser.signIn("officer.cchc.2");
            browser.open("/tasks/" + taskId);
            browser.waitForText("Thiếu số liệu quý I");
            assertThat(browser.text()).contains("Trả lại, làm lại", "lỗi nội dung lớn");
            browser.screenshot("07-bi-tra-lai");
            report(browser, "20/03/2024");
            browser.waitForText("Đã gửi báo cáo hoàn thành");
            browser.signOut();

            browser.signIn("head.cchc");
            browser.open("/tasks/" + taskId);
            review(browser, "ACCEPTED", false, "");
            browser.waitForText("Đã nghiệm thu: sản phẩm đạt.");
            assertThat(browser.text()).contains("Hoàn thành đúng hạn", "Đã nghiệm thu");
            browser.screenshot("08-da-nghiem-thu");

            String status = given().auth().oauth2(token("head.cchc")).get(TASKS + "/api/tasks/" + taskId)
                    .then().statusCode(200).extract().path("status");
            assertThat(status).isEqualTo("DONE");
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
        return given().auth().oauth2(token("head.cchc")).queryParam("unit", "CCHC")
                .get("http://127.0.0.1:" + (BASE + 1) + "/api/officers").then().statusCode(200).extract().jsonPath()
                .getString("find { it.username == '" + username + "' }.fullName");
    }

    private static String token(String username) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", "demo"))
                .post(WEB + "/api/auth/token").then().statusCode(200).extract().path("access_token");
    }
}
