package vn.hungyen.snv.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.snv.system.RunningSystem.EVALUATION;
import static vn.hungyen.snv.system.RunningSystem.PLAN;
import static vn.hungyen.snv.system.RunningSystem.TASKS;
import static vn.hungyen.snv.system.RunningSystem.WEB;
import static vn.hungyen.snv.system.RunningSystem.officerId;
import static vn.hungyen.snv.system.RunningSystem.token;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The month's other work in the browser, against the real services: a head stops the unit's recurring work on
 * "Nhiệm vụ của phòng"; an officer asks on "Đánh giá tháng" that a product returned for a major error not count,
 * and the head approves it there; in the month in progress the officer sees the products still to come and the month
 * were they done on time. Screenshots of the first two are saved at desktop and phone width.
 */
class MonthlyWorkPagesIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void aHeadStopsTheUnitsRecurringWork() throws Exception {
        String head = token("head.cchc");
        long item = given().auth().oauth2(head).queryParam("leadUnit", "CCHC").queryParam("deadlineKind", "regular")
                .get(PLAN + "/api/plans/KH-SNV-2024/items").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
        given().auth().oauth2(head).contentType(ContentType.JSON)
                .body(Map.of("planItemId", item, "unitCode", "CCHC", "recurring", true))
                .post(TASKS + "/api/tasks").then().statusCode(201);
        long recurring = given().auth().oauth2(head).queryParam("unit", "CCHC").queryParam("active", true)
                .get(TASKS + "/api/tasks/recurring").then().statusCode(200).extract().jsonPath()
                .getLong("findAll { it.planItemId == " + item + " }.max { it.id }.id");

        try (Browser browser = new Browser(WEB)) {
            browser.signIn("head.cchc");
            browser.click(By.linkText("Nhiệm vụ của phòng"));
            browser.waitForText("Việc định kỳ hằng tháng");
            browser.type("stop-reason-" + recurring, "Chuyển cho Văn phòng theo phân công mới");
            browser.screenshot("17-viec-dinh-ky");
            browser.click(By.cssSelector("form[action='/unit/recurring/" + recurring + "/stop'] button"));
            browser.waitForText("Đã dừng việc định kỳ.");
        }

        JsonPath stopped = given().auth().oauth2(head).queryParam("active", false).get(TASKS + "/api/tasks/recurring")
                .then().statusCode(200).extract().jsonPath();
        String row = "find { it.id == " + recurring + " }";
        assertThat(stopped.getString(row + ".stoppedBy")).isEqualTo("head.cchc");
        assertThat(stopped.getString(row + ".stopReason")).isEqualTo("Chuyển cho Văn phòng theo phân công mới");
    }

    @Test
    void anOfficerAsksThatAReturnedProductNotCountAndTheHeadApproves() throws Exception {
        YearMonth month = YearMonth.now(VIETNAM);
        String title = "Báo cáo rà soát văn bản " + UUID.randomUUID().toString().substring(0, 8);
        long officer = officerId("officer.cchc.3");
        long task = returnedOnceThenAccepted(officer, title);

        try (Browser browser = new Browser(WEB)) {
            browser.signIn("officer.cchc.3");
            // the page offers the request once the return has arrived through Kafka
            By request = By.xpath("//details[.//textarea[@id='reason-" + task + "']]/summary");
            browser.openUntil("/evaluation?month=" + month, request);
            assertThat(browser.text()).contains(title);
            browser.click(request);
            browser.type("reason-" + task, "Số liệu của Sở Tài chính gửi chậm, ngoài khả năng của phòng");
            browser.screenshot("18-de-nghi-mien-tru");
            browser.click(By.xpath("//form[.//textarea[@id='reason-" + task + "']]//button"));
            browser.waitForText("Đã gửi đề nghị miễn trừ.");
            browser.signOut();

            browser.signIn("head.cchc");
            browser.open("/evaluation?month=" + month);
            browser.waitForText("Đề nghị miễn trừ chờ xem xét");
            By ruling = By.xpath("//form[.//legend[contains(., 'nhiệm vụ " + task + "')]]");
            browser.click(By.xpath("//form[.//legend[contains(., 'nhiệm vụ " + task + "')]]//textarea"));
            browser.screenshot("19-xem-xet-mien-tru");
            browser.click(By.xpath("//form[.//legend[contains(., 'nhiệm vụ " + task + "')]]//button[@value='approve']"));
            browser.waitForText("Đã chấp thuận đề nghị miễn trừ.");
            assertThat(browser.count(ruling)).as("no longer pending").isZero();
        }

        JsonPath rating = given().auth().oauth2(token("head.cchc"))
                .get(EVALUATION + "/api/evaluations/" + month + "/officers/" + officer).then().statusCode(200)
                .extract().jsonPath();
        assertThat(rating.getString("exemptions.find { it.taskId == " + task + " }.status")).isEqualTo("APPROVED");
        assertThat(rating.getBoolean("products.find { it.taskId == " + task + " }.exempt")).isTrue();
    }

    @Test
    void inAMonthInProgressAnOfficerSeesWhatIsStillToComeAndTheMonthWereItDoneOnTime() throws Exception {
        YearMonth month = YearMonth.now(VIETNAM);
        String title = "Báo cáo tổng hợp ý kiến " + UUID.randomUUID().toString().substring(0, 8);
        long officer = officerId("officer.cchc.3");
        // due today: still to come until the day ends, whichever day of the month the test runs
        long task = given().auth().oauth2(token("head.cchc")).contentType(ContentType.JSON)
                .body(Map.of("title", title, "unitCode", "CCHC", "assigneeId", officer,
                        "dueDate", LocalDate.now(VIETNAM).toString(), "expectedProduct", "Báo cáo"))
                .post(TASKS + "/api/tasks").then().statusCode(201).extract().jsonPath().getLong("id");

        try (Browser browser = new Browser(WEB)) {
            browser.signIn("officer.cchc.3");
            // the product is listed once its assignment has arrived through Kafka
            browser.openUntil("/evaluation?month=" + month,
                    By.xpath("//ul[@class='not-yet-due']//a[@href='/tasks/" + task + "']"));
            assertThat(browser.text()).contains("Tháng đang diễn ra.", title,
                    "Nếu hoàn thành đúng hạn các sản phẩm còn lại: tổng điểm (S)",
                    "Chưa xếp loại — tháng đang diễn ra");
        }

        JsonPath rating = given().auth().oauth2(token("officer.cchc.3"))
                .get(EVALUATION + "/api/evaluations/" + month + "/officers/" + officer).then().statusCode(200)
                .extract().jsonPath();
        assertThat(rating.getList("inProgress.notYetDue.taskId", Long.class)).contains(task);
        assertThat(rating.getFloat("inProgress.ifDoneOnTime.total")).isGreaterThan(rating.getFloat("total"));
    }

    /**
     * A task of the officer due today: reported, returned by the head with a major content error (a quality return
     * that counts, scoring-hy540 §2), reported again and accepted.
     */
    private static long returnedOnceThenAccepted(long officer, String title) {
        String head = token("head.cchc");
        String today = LocalDate.now(VIETNAM).toString();
        long id = given().auth().oauth2(head).contentType(ContentType.JSON)
                .body(Map.of("title", title, "unitCode", "CCHC", "assigneeId", officer, "dueDate", today,
                        "expectedProduct", "Báo cáo"))
                .post(TASKS + "/api/tasks").then().statusCode(201).extract().jsonPath().getLong("id");
        String owner = token("officer.cchc.3");
        Map<String, String> product = Map.of("documentNumber", id + "/BC-CCHC", "issuedOn", today,
                "summary", "Báo cáo kết quả rà soát");
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(product)
                .post(TASKS + "/api/tasks/" + id + "/submissions").then().statusCode(201);
        given().auth().oauth2(head).contentType(ContentType.JSON)
                .body(Map.of("verdict", "RETURNED", "majorError", true, "note", "Thiếu số liệu"))
                .post(TASKS + "/api/tasks/" + id + "/reviews").then().statusCode(200);
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(product)
                .post(TASKS + "/api/tasks/" + id + "/submissions").then().statusCode(201);
        given().auth().oauth2(head).contentType(ContentType.JSON).body(Map.of("verdict", "ACCEPTED"))
                .post(TASKS + "/api/tasks/" + id + "/reviews").then().statusCode(200);
        return id;
    }
}
