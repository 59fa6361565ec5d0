package vn.hungyen.snv.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.common.testing.PinnedClock;
import vn.hungyen.snv.common.testing.TestTokens;
import vn.hungyen.snv.evaluation.testing.FakePlanService;
import vn.hungyen.snv.evaluation.testing.TaskEvents;

/**
 * The month's workflow and the dashboard on a server whose JVM runs in UTC: a month is over, a month has started
 * and a task is overdue when it is so in Hà Nội, hours before UTC agrees. The months are of a year no other test
 * uses (before 1975 the zone's offset was not always +07:00, so moments are written as Hà Nội's wall-clock times).
 */
@QuarkusTest
@QuarkusTestResource(FakePlanService.class)
class VietnamDayTest {

    private static final YearMonth MARCH = TaskEvents.unusedYear().atMonth(3);

    @Inject
    ObjectMapper json;

    @BeforeAll
    static void theJvmRunsInUtc() {
        assertThat(ZoneId.systemDefault().normalized()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void aMonthIsOverAtMidnightInHanoi() {
        LocalDateTime midnight = MARCH.plusMonths(1).atDay(1).atStartOfDay();
        pinAt(midnight.minusSeconds(1));
        publish().statusCode(409).body("code", equalTo("month-not-over"));

        pinAt(midnight);
        publish().body("code", not(equalTo("month-not-over")));
    }

    @Test
    void aMonthStartsAtMidnightInHanoi() {
        YearMonth april = MARCH.plusMonths(1);
        pinAt(MARCH.atEndOfMonth().atTime(23, 30));
        selfAssess(april).statusCode(422).body("code", equalTo("month-not-started"));

        pinAt(april.atDay(1).atTime(0, 30));
        selfAssess(april).statusCode(200);
    }

    @Test
    void theDashboardCountsATaskOverdueFromMidnightInHanoi() {
        LocalDate due = MARCH.atDay(10);
        try (TaskEvents events = new TaskEvents(json)) {
            TaskEvent open = TaskEvents.assigned(TaskEvents.newTaskId(), "CCHC", 50L, due).build();
            events.send(open);
            TaskEvents.awaitStored(open.taskId(), 1);
        }
        pinAt(due.atTime(23, 30));
        int lastEvening = overdueInCchc();
        pinAt(due.plusDays(1).atTime(0, 30));
        assertThat(overdueInCchc()).isEqualTo(lastEvening + 1);
    }

    /** Pins the clock at a wall-clock time in Hà Nội, checking that UTC is still on the day before there. */
    private static void pinAt(LocalDateTime hanoi) {
        Instant moment = hanoi.atZone(PinnedClock.zone()).toInstant();
        assertThat(PinnedClock.at(moment.toString())).isEqualTo(hanoi.toLocalDate());
        if (hanoi.getHour() == 0) {
            assertThat(LocalDate.ofInstant(moment, ZoneOffset.UTC)).isEqualTo(hanoi.toLocalDate().minusDays(1));
        }
    }

    private static io.restassured.response.ValidatableResponse publish() {
        return given().header("Authorization", TestTokens.bearer("director"))
                .post("/api/evaluations/" + MARCH + "/publish").then();
    }

    private static io.restassured.response.ValidatableResponse selfAssess(YearMonth month) {
        return given().header("Authorization", TestTokens.bearer("officer.cchc.3")).contentType(ContentType.JSON)
                .body(Map.of("groupI", 8, "groupII", 8, "groupIII", 8))
                .put("/api/evaluations/" + month + "/officers/51/self-assessment").then();
    }

    private static int overdueInCchc() {
        JsonPath dashboard = given().header("Authorization", TestTokens.bearer("director"))
                .get("/api/evaluations/" + MARCH + "/dashboard").then().statusCode(200).extract().jsonPath();
        return dashboard.getInt("units.find { it.unitCode == 'CCHC' }.overdueTasks");
    }
}
