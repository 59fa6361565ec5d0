package vn.hungyen.snv.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.snv.system.RunningSystem.EVALUATION;
import static vn.hungyen.snv.system.RunningSystem.TASKS;
import static vn.hungyen.snv.system.RunningSystem.WEB;
import static vn.hungyen.snv.system.RunningSystem.officerId;
import static vn.hungyen.snv.system.RunningSystem.token;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The forms with the keyboard alone (Tab, Shift+Tab, Enter, Space; never a click), against the running system:
 * an officer signs in and reports a task done, the head accepts it, the officer self-assesses the month. At every
 * stop of Tab the focus must be visible, and each result is read back through the API.
 */
class KeyboardPagesIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void anOfficerReportsTheHeadAcceptsAndTheOfficerSelfAssessesWithTheKeyboardAlone() throws Exception {
        LocalDate today = LocalDate.now(VIETNAM);
        YearMonth month = YearMonth.from(today);
        String title = "Tổng hợp báo cáo tôn giáo " + UUID.randomUUID().toString().substring(0, 8);
        long officer = officerId("BTG", "officer.btg.1");
        long task = given().auth().oauth2(token("head.btg")).contentType(ContentType.JSON)
                .body(Map.of("title", title, "unitCode", "BTG", "assigneeId", officer, "dueDate", today.toString(),
                        "expectedProduct", "Báo cáo"))
                .post(TASKS + "/api/tasks").then().statusCode(201).extract().jsonPath().getLong("id");

        try (Browser browser = new Browser(WEB)) {
            onTheTask(browser, "officer.btg.1", task, "Đã gửi báo cáo hoàn thành", "SUBMITTED",
                    new Keystrokes(By.id("documentNumber"), task + "/BC-BTG"),
                    new Keystrokes(By.id("issuedOn"), today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))),
                    new Keystrokes(By.id("summary"), "Báo cáo tổng hợp tình hình tôn giáo"),
                    new Keystrokes(By.cssSelector("form[action$='/report'] button"), Keys.ENTER));
            onTheTask(browser, "head.btg", task, "Đã nghiệm thu: sản phẩm đạt.", "DONE",
                    new Keystrokes(By.cssSelector("input[name=verdict][value=ACCEPTED]"), Keys.SPACE),
                    new Keystrokes(By.id("note"), "Đạt yêu cầu"),
                    new Keystrokes(By.cssSelector("form[action$='/review'] button"), Keys.ENTER));

            signIn(browser, "officer.btg.1");
            // the task reaches the month's products through Kafka
            browser.openUntil("/evaluation?month=" + month, title);
            browser.tabTo(By.id("groupI"));
            browser.press("9");
            browser.tabTo(By.id("groupII"));
            browser.press("7");
            browser.tabTo(By.id("groupIII"));
            browser.press("7");
            // back to group II, to correct it
            browser.tabTo(By.id("groupII"), true);
            // (the single digit, selected or not as the focus arrives, goes with one Backspace)
            browser.press(Keys.BACK_SPACE, "8,5");
            browser.tabTo(By.cssSelector("button[value=save]"));
            browser.press(Keys.SPACE);
            browser.waitForText("Đã lưu bản tự đánh giá.");
        }

        JsonPath rating = given().auth().oauth2(token("officer.btg.1"))
                .get(EVALUATION + "/api/evaluations/" + month + "/officers/" + officer).then().statusCode(200)
                .extract().jsonPath();
        assertThat(rating.getDouble("selfAssessment.groupI")).isEqualTo(9.0);
        assertThat(rating.getDouble("selfAssessment.groupII")).isEqualTo(8.5);
        assertThat(rating.getDouble("selfAssessment.groupIII")).isEqualTo(7.0);
    }

    /** What to type into one element, reached with Tab. */
    private record Keystrokes(By target, CharSequence keys) {
    }

    /**
     * Signs the user in, types into the task's page with the keyboard (once the page has the first field), waits for
     * the notice, checks the task's status through the API and signs out.
     */
    private static void onTheTask(Browser browser, String username, long task, String notice, String status,
            Keystrokes... keystrokes) {
        signIn(browser, username);
        // opened again while the page lacks its form: a service slow under the test run's load answers the page
        // with "not available now", as a person would see and reload
        browser.openUntil("/tasks/" + task, keystrokes[0].target());
        for (Keystrokes typed : keystrokes) {
            browser.tabTo(typed.target());
            browser.press(typed.keys());
        }
        browser.waitForText(notice);
        assertThat(status(task)).isEqualTo(status);
        signOut(browser);
    }

    private static void signIn(Browser browser, String username) {
        browser.open("/login");
        browser.tabTo(By.id("username"));
        browser.press(username);
        browser.tabTo(By.id("password"));
        browser.press("demo", Keys.ENTER);
        browser.waitForText("Xin chào");
    }

    private static void signOut(Browser browser) {
        browser.tabTo(By.cssSelector("form.signout button"));
        browser.press(Keys.ENTER);
        browser.waitForText("Đăng nhập");
    }

    private static String status(long task) {
        return given().auth().oauth2(token("head.btg")).get(TASKS + "/api/tasks/" + task).then().statusCode(200)
                .extract().jsonPath().getString("status");
    }
}
