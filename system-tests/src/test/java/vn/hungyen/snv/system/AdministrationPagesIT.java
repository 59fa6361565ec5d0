package vn.hungyen.snv.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.snv.system.RunningSystem.PLAN;
import static vn.hungyen.snv.system.RunningSystem.TASKS;
import static vn.hungyen.snv.system.RunningSystem.WEB;
import static vn.hungyen.snv.system.RunningSystem.token;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A new officer joins, in the browser against the real services: the administrator adds the officer and gives
 * them an account on "Quản trị"; the officer signs in with the one-time password, is made to replace it, signs in
 * with their own and finds the task their head gave them.
 */
class AdministrationPagesIT {

    @Test
    void theAdministratorGivesANewOfficerAnAccountAndTheOfficerReplacesTheOneTimePassword() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String fullName = "Nguyễn Thị Hạnh " + suffix;
        String username = "hanh." + suffix.replaceAll("[^a-z0-9]", "x");
        String newPassword = "Hung-Yen-" + suffix + "-2027";
        String oneTimePassword;
        try (Browser browser = new Browser(WEB)) {
            browser.signIn("admin");
            browser.click(By.linkText("Quản trị"));
            browser.waitForText("Thêm cán bộ");
            browser.type("officer-name", fullName);
            browser.select("officer-unit", "Phòng Cải cách hành chính");
            browser.type("officer-position", "Chuyên viên");
            browser.screenshot("22-quan-tri-them-can-bo");
            browser.click(By.xpath("//form[@action='/admin/officers']//button"));
            browser.waitForText(fullName);

            browser.select("account-officer", fullName);
            browser.type("account-username", username);
            browser.click(By.xpath("//form[@action='/admin/accounts']//button"));
            browser.waitFor(By.cssSelector("code.one-time-password"));
            oneTimePassword = browser.textOf(By.cssSelector("code.one-time-password"));
            browser.screenshot("23-quan-tri-cap-tai-khoan");
            browser.signOut();
        }

        long officer = given().auth().oauth2(token("head.cchc")).queryParam("unit", "CCHC")
                .get(PLAN + "/api/officers").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.fullName == '" + fullName + "' }.id");
        String title = "Rà soát thủ tục hành chính cho cán bộ mới " + suffix;
        given().auth().oauth2(token("head.cchc")).contentType(ContentType.JSON)
                .body(Map.of("title", title, "unitCode", "CCHC", "assigneeId", officer,
                        "dueDate", LocalDate.now().plusDays(14).toString()))
                .post(TASKS + "/api/tasks").then().statusCode(201);

        try (Browser browser = new Browser(WEB)) {
            browser.signIn(username, oneTimePassword);
            browser.waitForText("Đổi mật khẩu");
            assertThat(browser.currentPath()).startsWith("/password");
            browser.type("currentPassword", oneTimePassword);
            browser.type("newPassword", newPassword);
            browser.type("confirmPassword", newPassword);
            browser.screenshot("24-doi-mat-khau-lan-dau");
            browser.click(By.xpath("//form[@action='/password']//button"));
            browser.waitFor(By.id("password"));

            browser.signIn(username, newPassword);
            browser.waitForText("Xin chào");
            browser.click(By.linkText("Nhiệm vụ của tôi"));
            browser.waitForText(title);
        }
        given().contentType(ContentType.JSON).body(Map.of("username", username, "password", oneTimePassword))
                .post(WEB + "/api/auth/token").then().statusCode(401);
    }
}
