package vn.hungyen.snv.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** An officer in the browser: sign in, find the task, report it complete with its product. */
class OfficerPagesIT {

    private static final int BASE = Integer.getInteger("snv.port-base", 8080);
    private static final String WEB = "http://127.0.0.1:" + BASE;
    private static final String PLAN = "http://127.0.0.1:" + (BASE + 1);
    private static final String TASKS = "http://127.0.0.1:" + (BASE + 2);

    @Test
    void anOfficerReportsATaskCompleteWithItsProduct() throws Exception {
        String head = token("head.cchc");
        long officerId = given().auth().oauth2(head).queryParam("unit", "CCHC").get(PLAN + "/api/officers")
                .then().statusCode(200).extract().jsonPath().getLong("find { it.username == 'officer.cchc.2' }.id");
        String title = "Rà soát thủ tục hành chính thuộc lĩnh vực Nội vụ " + UUID.randomUUID().toString().substring(0, 8);
        long taskId = given().auth().oauth2(head).contentType(ContentType.JSON)
                .body(Map.of("title", title, "unitCode", "CCHC", "assigneeId", officerId,
                        "dueDate", LocalDate.now().plusDays(10).toString()))
                .post(TASKS + "/api/tasks").then().statusCode(201).extract().jsonPath().getLong("id");
        long vpTask = given().auth().oauth2(token("head.vp")).contentType(ContentType.JSON)
                .body(Map.of("title", "Việc riêng của Văn phòng", "unitCode", "VP",
                        "dueDate", LocalDate.now().plusDays(10).toString()))
                .post(TASKS + "/api/tasks").then().statusCode(201).extract().jsonPath().getLong("id");

        try (Browser browser = new Browser(WEB)) {
            browser.open("/login");
            assertThat(browser.title()).contains("Đăng nhập");
            browser.screenshot("01-dang-nhap");

            browser.signIn("officer.cchc.2");
            browser.click(By.linkText("Nhiệm vụ của tôi"));
            browser.waitForText(title);
            assertThat(browser.text()).contains("Trong hạn", "Đang thực hiện");
            browser.screenshot("02-nhiem-vu-cua-toi");

            browser.click(By.linkText(title));
            browser.waitForText("Báo cáo hoàn thành");
            browser.type("documentNumber", "45/BC-CCHC");
            browser.type("issuedOn", "31/02/2024");
            browser.type("summary", "Báo cáo kết quả rà soát thủ tục hành chính");
            browser.click(By.cssSelector("form[action$='/report'] button"));
            browser.waitForText("không phải là ngày hợp lệ");
            browser.screenshot("03-bao-cao-sai-ngay");

            browser.type("issuedOn", "15/03/2024");
            browser.click(By.cssSelector("form[action$='/report'] button"));
            browser.waitForText("Đã gửi báo cáo hoàn thành");
            assertThat(browser.text()).contains("Chờ nghiệm thu").doesNotContain("Gửi báo cáo hoàn thành");
            browser.screenshot("04-da-bao-cao");

            browser.open("/tasks/" + vpTask);
            browser.waitForText("Không tìm thấy nhiệm vụ");
            assertThat(browser.title()).doesNotContain("Error");
        }

        String status = given().auth().oauth2(head).get(TASKS + "/api/tasks/" + taskId)
                .then().statusCode(200).extract().path("status");
        assertThat(status).isEqualTo("SUBMITTED");
    }

    private static String token(String username) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", "demo"))
                .post(WEB + "/api/auth/token").then().statusCode(200).extract().path("access_token");
    }
}
