package vn.hungyen.snv.task.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static vn.hungyen.snv.task.testing.Api.as;
import static vn.hungyen.snv.task.testing.Api.assign;
import static vn.hungyen.snv.task.testing.Api.officerId;
import static vn.hungyen.snv.task.testing.Api.task;
import static vn.hungyen.snv.task.testing.Api.with;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hungyen.snv.common.testing.PinnedClock;
import vn.hungyen.snv.task.testing.CatalogueItems;
import vn.hungyen.snv.task.testing.PlanServiceFake;

/**
 * Days are Hà Nội's days on a server whose JVM runs in UTC: at moments when UTC is still on the day before, "today",
 * "overdue", the validation of a product's date, on-time completion and the month of recurring work all follow the
 * organisation's clock.
 */
@QuarkusTest
@WithTestResource(PlanServiceFake.class)
class VietnamDayTest {

    @BeforeAll
    static void theJvmRunsInUtc() {
        assertThat(ZoneId.systemDefault().normalized()).isEqualTo(ZoneOffset.UTC);
    }

    /**
     * 01:30 on 2 December 2026, 00:30 on the first of a month, 00:30 on mùng 1 Tết Đinh Mùi: in Hà Nội it is
     * already the next day.
     */
    @ParameterizedTest
    @ValueSource(strings = {"2026-12-01T18:30:00Z", "2024-01-31T17:30:00Z", "2027-02-05T17:30:00Z"})
    void todayIsHanoisToday(String moment) {
        LocalDate today = PinnedClock.at(moment);
        LocalDate utcToday = LocalDate.ofInstant(Instant.parse(moment), ZoneOffset.UTC);
        assertThat(today).isEqualTo(utcToday.plusDays(1));

        long dueToday = assignToOfficerCchc1("Hạn hôm nay", today);
        as("head.cchc").when().get("/api/tasks/{id}", dueToday).then().statusCode(200)
                .body("timeliness", is("DUE_SOON"));
        long dueYesterday = assign("admin", with(task("CCHC", "Hạn hôm qua"), "dueDate", utcToday.toString()));
        as("head.cchc").when().get("/api/tasks/{id}", dueYesterday).then().statusCode(200)
                .body("timeliness", is("OVERDUE"));
        as("head.cchc").queryParam("overdue", true).queryParam("dueFrom", utcToday.toString())
                .queryParam("dueTo", today.toString()).queryParam("size", 200).when().get("/api/tasks").then()
                .statusCode(200).body("items.id", hasItem((int) dueYesterday));
        as("head.cchc").queryParam("dueSoon", true).queryParam("dueFrom", utcToday.toString())
                .queryParam("dueTo", today.toString()).queryParam("size", 200).when().get("/api/tasks").then()
                .statusCode(200).body("items.id", hasItem((int) dueToday));

        submit(dueToday, today).statusCode(201);
        long another = assignToOfficerCchc1("Văn bản ngày mai", today);
        submit(another, today.plusDays(1)).statusCode(400)
                .body("violations.message", is(List.of("ngày ban hành không được ở tương lai")));
    }

    @Test
    void aReportAt2330OnTheDueDateIsOnTimeAndAt0030ItIsLate() {
        LocalDate due = PinnedClock.at("2026-12-01T16:30:00Z");
        assertThat(due).isEqualTo(LocalDate.of(2026, 12, 1));
        long onTime = assignToOfficerCchc1("Báo cáo lúc 23 giờ 30", due);
        long late = assignToOfficerCchc1("Báo cáo lúc 0 giờ 30", due);
        submit(onTime, due).statusCode(201);
        accept(onTime).body("timeliness", is("DONE_ON_TIME"));

        PinnedClock.at("2026-12-01T17:30:00Z");
        as("head.cchc").when().get("/api/tasks/{id}", late).then().statusCode(200).body("timeliness", is("OVERDUE"));
        submit(late, due).statusCode(201);
        accept(late).body("timeliness", is("DONE_LATE"));
    }

    @Test
    void recurringWorkAssignedJustAfterMidnightOnNewYearsDayStartsInJanuary() {
        PinnedClock.at("2026-12-31T17:30:00Z");
        long first = assign("head.cchc", Map.of("planItemId", CatalogueItems.REGULAR_ONCE, "recurring", true));
        as("head.cchc").when().get("/api/tasks/{id}", first).then().statusCode(200)
                .body("dueDate", is("2027-01-31"));
        List<Map<String, Object>> assignments = as("admin").when().get("/api/tasks/recurring").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.lastTaskId == " + first + " }");
        assertThat(assignments).singleElement().satisfies(a -> assertThat(a.get("firstMonth")).isEqualTo("2027-01"));
        as("head.cchc").body(Map.of("reason", "Kết thúc kiểm thử")).when()
                .post("/api/tasks/recurring/{id}/stop", assignments.get(0).get("id")).then().statusCode(200);
    }

    private static long assignToOfficerCchc1(String title, LocalDate dueDate) {
        return assign("head.cchc", with(with(task("CCHC", title), "dueDate", dueDate.toString()), "assigneeId",
                officerId("officer.cchc.1")));
    }

    private static io.restassured.response.ValidatableResponse submit(long taskId, LocalDate issuedOn) {
        return as("officer.cchc.1").body(Map.of("documentNumber", "7/BC-CCHC", "issuedOn", issuedOn.toString(),
                "summary", "Báo cáo kết quả")).when().post("/api/tasks/{id}/submissions", taskId).then();
    }

    private static io.restassured.response.ValidatableResponse accept(long taskId) {
        return as("head.cchc").body(Map.of("verdict", "ACCEPTED")).when().post("/api/tasks/{id}/reviews", taskId)
                .then().statusCode(200);
    }
}
