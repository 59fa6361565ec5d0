package vn.hungyen.snv.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.snv.system.RunningSystem.PLAN;
import static vn.hungyen.snv.system.RunningSystem.WEB;
import static vn.hungyen.snv.system.RunningSystem.token;

import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The pages the other browser tests do not pass through, as the people who read them: the home page, the quarter
 * and year results, the reports, a plan's changes, the check of a catalogue file against a draft and the page of a
 * wrong address. Screenshots at desktop and phone width, so that each is scanned for accessibility like every other
 * page.
 */
class ReadingPagesIT {

    @Test
    void theHomePageAndTheQuarterAndYearResultsOfAnOfficer() throws Exception {
        try (Browser browser = new Browser(WEB)) {
            browser.signIn("officer.cchc.1");
            assertThat(browser.text()).contains("Xem nhiệm vụ của tôi");
            browser.screenshot("20-trang-chu");
            browser.click(By.linkText("Kết quả quý, năm"));
            browser.waitFor(By.tagName("h1"));
            assertThat(browser.currentPath()).startsWith("/periods");
            browser.screenshot("21-ket-qua-quy-nam");
        }
    }

    @Test
    void theReportsThePlansChangesAndAWrongAddressForTheDirector() throws Exception {
        try (Browser browser = new Browser(WEB)) {
            browser.signIn("director");
            browser.click(By.linkText("Báo cáo"));
            browser.waitForText("Báo cáo kết quả thực hiện kế hoạch");
            browser.screenshot("26-bao-cao");
            browser.open("/plan/diff");
            browser.waitForText("Về kế hoạch");
            browser.screenshot("27-thay-doi-ke-hoach");
            browser.open("/plan/export");
            browser.waitForText("Địa chỉ không hợp lệ");
            browser.screenshot("28-dia-chi-khong-hop-le");
        }
    }

    @Test
    void theAdministratorChecksACatalogueFileAgainstADraftPlan() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long draft = given().auth().oauth2(token("admin")).contentType(ContentType.JSON)
                .body(Map.of("code", "KH-SNV-DT-" + suffix, "title", "Dự thảo kế hoạch " + suffix, "year", 2024))
                .post(PLAN + "/api/plans").then().statusCode(201).extract().jsonPath().getLong("id");
        Path catalogue = Path.of("..", "plan-service", "src", "main", "resources", "catalogue", "KH-SNV-2024.csv");
        try (Browser browser = new Browser(WEB)) {
            browser.signIn("admin");
            browser.open("/plan?plan=" + draft);
            browser.waitForText("Hoàn thiện dự thảo");
            browser.type("catalogue-file", catalogue.toAbsolutePath().normalize().toString());
            browser.click(By.xpath("//form[contains(@action, '/import/check')]//button"));
            browser.waitForText("Kết quả kiểm tra tệp");
            assertThat(browser.text()).contains("Các thay đổi");
            browser.screenshot("30-kiem-tra-tep-danh-muc");
        }
    }
}
