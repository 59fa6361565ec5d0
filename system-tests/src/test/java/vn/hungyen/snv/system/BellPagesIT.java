package vn.hungyen.snv.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.hungyen.snv.system.RunningSystem.EVALUATION;
import static vn.hungyen.snv.system.RunningSystem.PLAN;
import static vn.hungyen.snv.system.RunningSystem.TASKS;
import static vn.hungyen.snv.system.RunningSystem.WEB;
import static vn.hungyen.snv.system.RunningSystem.officerId;
import static vn.hungyen.snv.system.RunningSystem.token;

import io.restassured.http.ContentType;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The bell of every page, for each role a reminder reaches, against the running system's reminder job (every few
 * seconds on the system under test: APP_REMINDERS_CRON in test.sh). A task of a TTRA officer, entered by the
 * administrator with a due date three weeks past, is overdue: the officer is reminded, the unit's leaders and the
 * deputy director supervising TTRA are told. A report waiting on the Director's review is reminded to the Director.
 * Each sees the bell with its unread count, opens the list, follows the reminder and lands on the task. The steps of
 * last month's rating still to do reach whoever has them.
 */
class BellPagesIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The bell once the page has loaded it with the count (before, it has no count and loads itself). */
    private static final By COUNTED = By.cssSelector("a.bell:not([hx-get])");

    @BeforeAll
    static void remindersGoOutToday() {
        LocalDate today = LocalDate.now(VIETNAM);
        String type = given().get(PLAN + "/api/calendar/" + today.getYear()).then().statusCode(200).extract()
                .jsonPath().getString("entries.find { it.date == '" + today + "' }.type");
        boolean weekend = today.getDayOfWeek() == DayOfWeek.SATURDAY || today.getDayOfWeek() == DayOfWeek.SUNDAY;
        assumeTrue(type == null ? !weekend : type.equals("WORKDAY"),
                "reminders go out on working days only, and " + today + " is a day off");
    }

    @Test
    void theOfficerTheHeadAndTheDeputyDirectorFollowAnOverdueReminderToTheTask() throws Exception {
        String title = "Thanh tra công vụ quá hạn " + UUID.randomUUID().toString().substring(0, 8);
        long task = given().auth().oauth2(token("admin")).contentType(ContentType.JSON)
                .body(Map.of("title", title, "unitCode", "TTRA", "assigneeId", officerId("TTRA", "officer.ttra.4"),
                        "dueDate", LocalDate.now(VIETNAM).minusWeeks(3).toString(), "expectedProduct", "Kết luận"))
                .post(TASKS + "/api/tasks").then().statusCode(201).extract().jsonPath().getLong("id");

        followTheReminder("officer.ttra.4", title, task, "25-chuong-thong-bao");
        followTheReminder("head.ttra", title, task, null);
        followTheReminder("deputy2", title, task, null);
    }

    @Test
    void theDirectorFollowsAReportWaitingForReviewToTheTask() throws Exception {
        String title = "Báo cáo chờ Giám đốc nghiệm thu " + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(VIETNAM);
        long task = given().auth().oauth2(token("director")).contentType(ContentType.JSON)
                .body(Map.of("title", title, "unitCode", "TTRA", "assigneeId", officerId("TTRA", "officer.ttra.5"),
                        "dueDate", today.plusDays(20).toString(), "expectedProduct", "Báo cáo"))
                .post(TASKS + "/api/tasks").then().statusCode(201).extract().jsonPath().getLong("id");
        // reported two weeks ago (the administrator's backfill), so the review has waited past the reminder's delay
        Instant twoWeeksAgo = Instant.now().minus(14, ChronoUnit.DAYS);
        given().auth().oauth2(token("admin")).contentType(ContentType.JSON)
                .body(Map.of("documentNumber", task + "/BC-TTRA", "issuedOn", today.minusDays(14).toString(),
                        "summary", "Báo cáo kết quả", "submittedAt", twoWeeksAgo.toString()))
                .post(TASKS + "/api/tasks/" + task + "/submissions").then().statusCode(201);

        followTheReminder("director", title, task, null);
    }

    /**
     * Last month's steps still to do that evaluation-service says are reminded from today or earlier reach, once the
     * reminder job has run, the bell of whoever has each (one of every kind of step is followed): the job reads them
     * with task-service's own identity, and evaluation-service reads the month's directory from plan-service with it.
     */
    @Test
    void lastMonthsStepsAreRemindedToWhoeverStillHasOne() {
        LocalDate today = LocalDate.now(VIETNAM);
        YearMonth last = YearMonth.from(today).minusMonths(1);
        List<Map<String, Object>> pending = given().auth().oauth2(token("director"))
                .get(EVALUATION + "/api/evaluations/" + last + "/pending-steps").then().statusCode(200).extract()
                .jsonPath().getList("");
        Map<Object, Map<String, Object>> oneOfEachKind = new LinkedHashMap<>();
        pending.stream().filter(step -> !LocalDate.parse((String) step.get("remindFrom")).isAfter(today))
                .forEach(step -> oneOfEachKind.putIfAbsent(step.get("step"), step));
        assumeFalse(oneOfEachKind.isEmpty(), "no step of " + last + " is reminded on " + today);

        List<Map<String, Object>> officers = given().auth().oauth2(token("director")).queryParam("all", true)
                .get(PLAN + "/api/officers").then().statusCode(200).extract().jsonPath().getList("");
        for (Map<String, Object> step : oneOfEachKind.values()) {
            String username = step.get("username") != null ? (String) step.get("username")
                    : officers.stream().filter(o -> o.get("id").equals(step.get("officerId")))
                            .map(o -> (String) o.get("username")).findFirst().orElseThrow();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(given().auth()
                    .oauth2(token(username)).queryParam("size", 100).get(TASKS + "/api/notifications").then()
                    .statusCode(200).extract().jsonPath().getList("items.findAll { it.step == 'MONTH_"
                            + step.get("step") + "' }.message"))
                    .as("the reminders of %s", username).contains(step.get("message")));
        }
    }

    /**
     * Signs the user in, waits for the reminder of the task, checks the bell's count and name, opens the list from
     * the bell and the task from the reminder; with a screenshot name, saves the list.
     */
    private static void followTheReminder(String username, String title, long task, String screenshot)
            throws Exception {
        By reminder = By.xpath("//li[contains(., '" + title + "')]//button");
        try (Browser browser = new Browser(WEB)) {
            browser.signIn(username);
            browser.openUntil("/notifications", reminder);
            browser.open("/");
            browser.waitFor(COUNTED);
            long unread = Long.parseLong(browser.textOf(By.cssSelector("a.bell .count")));
            assertThat(unread).as("unread reminders of " + username).isPositive();
            assertThat(browser.attributeOf(By.cssSelector("a.bell"), "aria-label"))
                    .isEqualTo("Thông báo: " + unread + " chưa đọc");
            assertThat(browser.count(By.cssSelector("a.bell svg"))).as("the bell is drawn, not an emoji").isOne();

            browser.click(By.cssSelector("a.bell"));
            browser.waitFor(reminder);
            assertThat(browser.text()).contains("Có " + unread + " thông báo chưa đọc.");
            if (screenshot != null) {
                browser.screenshot(screenshot);
            }
            browser.click(reminder);
            browser.waitForText(title);
            assertThat(browser.currentPath()).isEqualTo("/tasks/" + task);
            browser.waitFor(COUNTED);
            assertThat(browser.attributeOf(By.cssSelector("a.bell"), "aria-label")).as("one reminder now read")
                    .isIn("Thông báo: " + (unread - 1) + " chưa đọc", "Thông báo: không có thông báo chưa đọc");
        }
    }
}
