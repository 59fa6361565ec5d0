package vn.hungyen.snv.webui.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static vn.hungyen.snv.webui.rest.PageSessions.session;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class NotificationPageResourceTest {

    private String session;

    @BeforeEach
    void signIn() {
        session = session("officer.cchc.1");
        FakeServices.RECEIVED.clear();
    }

    @Test
    void everyPageLoadsTheBellWhichShowsTheUnreadCountInVietnamese() {
        String home = given().cookie("snv_token", session).get("/").then().statusCode(200).extract().asString();
        assertThat(home).contains("<a href=\"/notifications\" class=\"bell\" aria-label=\"Thông báo\" "
                + "hx-get=\"/notifications/bell\"");

        String bell = given().cookie("snv_token", session).get("/notifications/bell").then().statusCode(200)
                .extract().asString();
        assertThat(bell).contains("aria-label=\"Thông báo: 1 chưa đọc\"", "<span class=\"count\">1</span>")
                .doesNotContain("<html");
        // drawn inline, not an emoji that a machine without an emoji font shows as an empty box
        assertThat(home + bell).doesNotContain("🔔");
        assertThat(bell).contains("<svg class=\"icon\"", "aria-hidden=\"true\"");
        assertThat(FakeServices.RECEIVED).anySatisfy(line -> assertThat(line)
                .startsWith("GET /api/notifications | Bearer " + session));
    }

    @Test
    void theListShowsTheRemindersAndOpeningOneMarksItReadAndLandsOnTheTask() {
        String page = given().cookie("snv_token", session).get("/notifications").then().statusCode(200).extract()
                .asString();
        assertThat(page).contains("Có 1 thông báo chưa đọc.", "<strong>Chưa đọc:</strong> " + FakeServices.NOTIFICATION,
                "action=\"/notifications/71/open\"",
                "Đánh dấu tất cả đã đọc");

        given().cookie("snv_token", session).redirects().follow(false).post("/notifications/71/open").then()
                .statusCode(303).header("Location", endsWith("/tasks/12"));
        assertThat(FakeServices.RECEIVED).anySatisfy(line -> assertThat(line)
                .startsWith("POST /api/notifications/71/read | Bearer " + session));
    }

    @Test
    void aStepOfTheMonthsRatingLeadsToTheMonthsEvaluationPage() {
        String page = given().cookie("snv_token", session).get("/notifications").then().statusCode(200).extract()
                .asString();
        assertThat(page).contains(FakeServices.MONTH_NOTIFICATION, "Mở trang đánh giá tháng");

        given().cookie("snv_token", session).redirects().follow(false).post("/notifications/69/open").then()
                .statusCode(303).header("Location", endsWith("/evaluation?month=2024-02"));
    }

    @Test
    void anotherPersonsReminderIsNotFound() {
        given().cookie("snv_token", session).redirects().follow(false).post("/notifications/99/open").then()
                .statusCode(404);
    }
}
