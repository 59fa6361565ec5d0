package vn.hungyen.snv.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.hungyen.snv.evaluation.rest.MonthlyEvaluationTest.get;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.common.organisation.DemoOrganisation;
import vn.hungyen.snv.common.testing.TestTokens;
import vn.hungyen.snv.evaluation.testing.FakePlanService;
import vn.hungyen.snv.evaluation.testing.MonthSteps;
import vn.hungyen.snv.evaluation.testing.TaskEvents;

/**
 * Each month is rated with plan-service's directory as of its last day: officer.cchc.2 (50) works in VP in April only
 * and counts, with their tasks, in CCHC in March and in VP in April; officer.vhtt.myhao.1 (217) is on maternity leave
 * over July and is not rated that month.
 */
@QuarkusTest
@QuarkusTestResource(FakePlanService.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MovesAndLeavesTest {

    private static final Year YEAR = TaskEvents.unusedYear();
    private static final YearMonth MARCH = YEAR.atMonth(3);
    private static final YearMonth APRIL = YEAR.atMonth(4);
    private static final YearMonth JULY = YEAR.atMonth(7);
    private static final long THAO = 50;
    private static final long HEAD_CCHC = 47;
    private static final long HEAD_VP = 5;
    private static final long ON_LEAVE = 217;
    private static final long AT_WORK = 218;

    @Inject
    ObjectMapper json;

    private long marchInCchc;
    private long aprilInVp;
    private long aprilInCchc;

    /**
     * Thảo: T1 of CCHC due 10 March, T2 of VP due 10 April, T3 of CCHC (assigned before the move) due 15 April, all
     * accepted on time. Mỹ Hào's culture office: one task each for 217 and 218 due 10 July, accepted on time.
     */
    @BeforeEach
    void setUpOnce() {
        if (marchInCchc != 0) {
            return;
        }
        FakePlanService.assign(THAO, "VP", "Chuyên viên", APRIL.atDay(1), APRIL.atEndOfMonth());
        FakePlanService.leave(ON_LEAVE, "MATERNITY", JULY.minusMonths(1).atDay(15), JULY.plusMonths(5).atDay(14));
        try (TaskEvents events = new TaskEvents(json)) {
            marchInCchc = accepted(events, "CCHC", THAO, MARCH.atDay(10), "admin");
            aprilInVp = accepted(events, "VP", THAO, APRIL.atDay(10), "admin");
            aprilInCchc = accepted(events, "CCHC", THAO, APRIL.atDay(15), "admin");
            accepted(events, "MH-VHTT", ON_LEAVE, JULY.atDay(10), "admin.myhao");
            accepted(events, "MH-VHTT", AT_WORK, JULY.atDay(10), "admin.myhao");
        }
    }

    @AfterAll
    void forgetTheMovesAndLeaves() {
        FakePlanService.reset();
    }

    @Test
    void anOfficerWhoMovedCountsInTheOldUnitBeforeTheMoveAndInTheNewOneAfter() {
        JsonPath march = officer("director", MARCH, THAO);
        assertThat(march.getString("unitCode")).isEqualTo("CCHC");
        assertThat(march.getList("products.taskId", Long.class)).containsExactly(marchInCchc);
        JsonPath april = officer("director", APRIL, THAO);
        assertThat(april.getString("unitCode")).isEqualTo("VP");
        assertThat(april.getList("products.taskId", Long.class)).containsExactlyInAnyOrder(aprilInVp, aprilInCchc);

        assertThat(officer("director", MARCH, HEAD_CCHC).getList("products.taskId", Long.class))
                .contains(marchInCchc);
        assertThat(officer("director", APRIL, HEAD_CCHC).getList("products.taskId", Long.class))
                .as("a CCHC task assigned before the move counts for VP, where its assignee is in April")
                .doesNotContain(aprilInVp, aprilInCchc);
        assertThat(officer("director", APRIL, HEAD_VP).getList("products.taskId", Long.class))
                .contains(aprilInVp, aprilInCchc);
        assertThat(officer("director", MARCH, HEAD_VP).getList("products.taskId", Long.class))
                .doesNotContain(marchInCchc);

        assertThat(productCounts(MARCH)).containsExactly(1, 0);
        assertThat(productCounts(APRIL)).containsExactly(0, 2);

        get("head.cchc", "/officers/" + THAO, APRIL.toString()).then().statusCode(404);
        get("head.vp", "/officers/" + THAO, APRIL.toString()).then().statusCode(200);
        get("head.vp", "/officers/" + THAO, MARCH.toString()).then().statusCode(404);
    }

    @Test
    void aMaternityLeaveMonthIsNotRatedNotAwaitedAndNotEvaluatedInTheQuarter() {
        JsonPath onLeave = officer("chairman.myhao", JULY, ON_LEAVE);
        assertThat(onLeave.getString("level")).isEqualTo("ON_LEAVE");
        assertThat(onLeave.getString("bandLevel")).isEqualTo("ON_LEAVE");
        assertThat(onLeave.getString("total")).isNull();
        assertThat(onLeave.getList("products")).isEmpty();
        assertThat(officer("chairman.myhao", JULY, AT_WORK).getDouble("total")).isPositive();
        JsonPath unit = get("chairman.myhao", "/units", JULY.toString()).then().statusCode(200).extract().jsonPath();
        assertThat(unit.getInt("find { it.unitCode == 'MH-VHTT' }.productCount"))
                .as("the work of a member on leave stays the unit's, through its head").isEqualTo(2);

        List<String> missing = given().header("Authorization", TestTokens.bearer("chairman.myhao"))
                .post("/api/evaluations/" + JULY + "/publish").then().statusCode(409)
                .body("code", equalTo("month-incomplete")).extract().jsonPath().getList("violations.field");
        assertThat(missing).contains("officers/" + AT_WORK).doesNotContain("officers/" + ON_LEAVE);

        MonthSteps.completeEveryStep(JULY.toString(), DemoOrganisation.MY_HAO);
        given().header("Authorization", TestTokens.bearer("chairman.myhao"))
                .post("/api/evaluations/" + JULY + "/publish").then().statusCode(200);
        JsonPath quarter = given().header("Authorization", TestTokens.bearer("chairman.myhao"))
                .get("/api/evaluations/periods/" + YEAR + "-Q3/officers").then().statusCode(200).extract().jsonPath();
        assertThat(quarter.getString("find { it.officerId == " + ON_LEAVE + " }.level")).isEqualTo("ON_LEAVE");
        assertThat(quarter.getInt("find { it.officerId == " + ON_LEAVE + " }.monthsEvaluated")).isZero();
        assertThat(quarter.getInt("find { it.officerId == " + AT_WORK + " }.monthsEvaluated")).isEqualTo(1);
    }

    private static JsonPath officer(String username, YearMonth month, long officerId) {
        return get(username, "/officers/" + officerId, month.toString()).then().statusCode(200).extract().jsonPath();
    }

    /** The product counts of CCHC and VP in the month. */
    private static List<Integer> productCounts(YearMonth month) {
        JsonPath units = get("director", "/units", month.toString()).then().statusCode(200).extract().jsonPath();
        return List.of(units.getInt("find { it.unitCode == 'CCHC' }.productCount"),
                units.getInt("find { it.unitCode == 'VP' }.productCount"));
    }

    /** A task of the unit assigned to the officer, submitted the day before it is due and accepted. */
    private static long accepted(TaskEvents events, String unit, long assignee, LocalDate due,
            String viewer) {
        TaskEvent task = TaskEvents.assigned(TaskEvents.newTaskId(), unit, assignee, due).build();
        events.send(task, TaskEvents.submitted(task, 2, due.minusDays(1)),
                TaskEvents.reviewed(task, 3, due.minusDays(1), "ACCEPTED", false));
        TaskEvents.awaitStored(task.taskId(), 3, viewer);
        return task.taskId();
    }
}
