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
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Pages that explain, in the browser: the head of the lead unit sees on the lead task where the coordinating units'
 * child tasks stand; the task history names the unit and the officer, not their codes; the unit page shows a pending
 * extension request at a glance with the requested date and the reason.
 */
class ExplainPagesIT {

    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void theLeadUnitSeesItsCoordinatingUnitsAndTheHeadSeesPendingExtensionsAtAGlance() throws Exception {
        String title = "Tổng kết công tác phối hợp " + UUID.randomUUID().toString().substring(0, 8);
        LocalDate due = LocalDate.now().plusDays(20);
        long lead = given().auth().oauth2(token("director")).contentType(ContentType.JSON)
                .body(Map.of("title", title, "unitCode", "CCHC", "assigneeId", officerId("officer.cchc.1"),
                        "dueDate", due.toString(), "coordinatingUnits", List.of("VP")))
                .post(TASKS + "/api/tasks").then().statusCode(201).extract().jsonPath().getLong("id");
        long child = given().auth().oauth2(token("head.cchc")).get(TASKS + "/api/tasks/" + lead).then()
                .statusCode(200).extract().jsonPath().getLong("coordinating.find { it.unitCode == 'VP' }.id");
        long version = given().auth().oauth2(token("head.vp")).get(TASKS + "/api/tasks/" + child).then()
                .statusCode(200).extract().jsonPath().getLong("version");
        given().auth().oauth2(token("head.vp")).contentType(ContentType.JSON)
                .body(Map.of("assigneeId", officerId("VP", "officer.vp.1"), "version", version))
                .put(TASKS + "/api/tasks/" + child + "/assignee").then().statusCode(200);
        LocalDate requested = due.plusDays(10);
        given().auth().oauth2(token("officer.cchc.1")).contentType(ContentType.JSON)
                .body(Map.of("requestedDueDate", requested.toString(), "reason", "Chờ số liệu của Văn phòng Sở"))
                .post(TASKS + "/api/tasks/" + lead + "/extensions").then().statusCode(201);

        try (Browser browser = new Browser(WEB)) {
            browser.signIn("head.cchc");
            browser.open("/tasks/" + lead);
            browser.waitForText("Đơn vị phối hợp");
            String coordinating = browser.textOf(By.cssSelector("section.coordinating"));
            assertThat(coordinating).contains("Văn phòng Sở", fullName("officer.vp.1", "VP"), due.format(VN),
                    "Trong hạn", "Đang thực hiện");
            String history = browser.textOf(By.cssSelector("ol.history"));
            assertThat(history).contains("Giao cho Phòng Cải cách hành chính, " + fullName("officer.cchc.1", "CCHC"))
                    .doesNotContain("cán bộ " + officerId("officer.cchc.1"), "Giao cho CCHC");

            browser.open("/unit");
            browser.waitForText("đề nghị gia hạn chờ quyết định");
            assertThat(browser.textOf(By.cssSelector(".pending-extensions"))).contains(title,
                    "đề nghị đến " + requested.format(VN) + " — lý do: Chờ số liệu của Văn phòng Sở");
            browser.signOut();
        }
    }

    private static String fullName(String username, String unit) {
        return given().auth().oauth2(token("admin")).queryParam("unit", unit).get(PLAN + "/api/officers")
                .then().statusCode(200).extract().jsonPath()
                .getString("find { it.username == '" + username + "' }.fullName");
    }
}
