package vn.hungyen.snv.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.snv.system.RunningSystem.WEB;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * "Bộ tiêu chí chấm điểm" and "Kiểm tra lại kết quả" in the browser, against the real services and the demo's
 * published months: the Director reads the profile in force, tries a stricter band on a published month without
 * saving, and checks the first half of 2024 again; a head reads the profile but may not run the check.
 */
class ProfilePagesIT {

    private static final By HISTORY = By.cssSelector("#history tbody tr");

    @Test
    void theDirectorReadsTheProfileAndTriesAStricterBandWithoutSaving() throws Exception {
        try (Browser browser = new Browser(WEB)) {
            browser.signIn("director");
            browser.click(By.linkText("Bộ tiêu chí chấm điểm"));
            browser.waitForText("Lịch sử các phiên bản");
            assertThat(browser.text()).contains("Phiên bản 1", "Điểm thấp nhất xếp Hoàn thành xuất sắc nhiệm vụ",
                    "bands.excellent", "Cấu hình ban đầu");
            int versions = browser.count(HISTORY);
            browser.type("setting-bands.excellent", "99");
            browser.setValue("trialMonth", "2024-03");
            browser.screenshot("25-bo-tieu-chi");
            browser.click(By.cssSelector("button[formaction='/scoring-profiles/what-if']"));
            browser.waitForText("Kết quả thử trên tháng 2024-03");
            assertThat(browser.text()).contains("Số người theo mức xếp loại", "Hoàn thành xuất sắc nhiệm vụ");
            browser.open("/scoring-profiles");
            browser.waitForText("Lịch sử các phiên bản");
            assertThat(browser.count(HISTORY)).as("versions after a what-if").isEqualTo(versions);
        }
    }

    @Test
    void theDirectorChecksTheFirstHalfOf2024AgainAndAHeadMayNot() throws Exception {
        try (Browser browser = new Browser(WEB)) {
            browser.signIn("director");
            browser.click(By.linkText("Kiểm tra lại kết quả"));
            browser.setValue("from", "2024-01");
            browser.setValue("to", "2024-06");
            browser.click(By.cssSelector("form[action='/verification'] button"));
            browser.waitForText("Cả 6 tháng đã công bố đều khớp với kết quả tính lại.");
            assertThat(browser.count(By.cssSelector(".badge.ok"))).isEqualTo(6);
            browser.screenshot("26-kiem-tra-lai-ket-qua");
            browser.signOut();

            browser.signIn("head.cchc");
            assertThat(browser.count(By.linkText("Kiểm tra lại kết quả"))).isZero();
            browser.click(By.linkText("Bộ tiêu chí chấm điểm"));
            browser.waitForText("Lịch sử các phiên bản");
            assertThat(browser.text()).doesNotContain("Ban hành phiên bản mới");
            browser.open("/verification?from=2024-01&to=2024-01");
            browser.waitForText("Không có quyền kiểm tra lại kết quả");
        }
    }
}
