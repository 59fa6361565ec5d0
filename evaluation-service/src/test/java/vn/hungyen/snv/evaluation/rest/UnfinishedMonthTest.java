package vn.hungyen.snv.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.common.testing.PinnedClock;
import vn.hungyen.snv.common.testing.TestTokens;
import vn.hungyen.snv.evaluation.testing.FakePlanService;
import vn.hungyen.snv.evaluation.testing.MonthSteps;
import vn.hungyen.snv.evaluation.testing.TaskEvents;

/**
 * The officer's answer for a month not over yet (scoring-hy540 §3a), through real events, with the clock pinned in
 * Hà Nội. Khánh (49, CCHC staff) self-assesses 9 + 9 + 9 = 27 and has four products: T1 due on the 10th, accepted on
 * the 9th; T2 due on the 15th, T3 on the 25th and T4 on the 12th, none handed in.
 * <ul>
 *   <li>On the 15th: T2 (due that day) and T3 are still to come; T4 is overdue. Now a = b = c = 25, K = 17.5,
 *       S = 44.50, KHTNV. With T2 and T3 done on time a = b = c = 75, K = 52.5, S = 79.50, HTTNV.</li>
 *   <li>On the 16th: T2 is overdue too; only T3 is to come. Done on time a = b = c = 50, K = 35, S = 62.00,
 *       HTNV.</li>
 *   <li>On the 1st of the next month the month is over: no {@code inProgress}.</li>
 * </ul>
 */
@QuarkusTest
@QuarkusTestResource(FakePlanService.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnfinishedMonthTest {

    private static final YearMonth MONTH = TaskEvents.unusedYear().atMonth(5);
    private static final long KHANH = 49;

    @Inject
    ObjectMapper json;

    private boolean monthSent;
    private long t2;
    private long t3;

    @BeforeEach
    void sendTheMonthsEventsOnce() {
        if (monthSent) {
            return;
        }
        monthSent = true;
        try (TaskEvents events = new TaskEvents(json)) {
            TaskEvent t1 = TaskEvents.assigned(TaskEvents.newTaskId(), "CCHC", KHANH, MONTH.atDay(10)).build();
            TaskEvent second = TaskEvents.assigned(TaskEvents.newTaskId(), "CCHC", KHANH, MONTH.atDay(15)).build();
            TaskEvent third = TaskEvents.assigned(TaskEvents.newTaskId(), "CCHC", KHANH, MONTH.atDay(25)).build();
            TaskEvent t4 = TaskEvents.assigned(TaskEvents.newTaskId(), "CCHC", KHANH, MONTH.atDay(12)).build();
            events.send(t1, TaskEvents.submitted(t1, 2, MONTH.atDay(9)),
                    TaskEvents.reviewed(t1, 3, MONTH.atDay(9), "ACCEPTED", false), second, third, t4);
            TaskEvents.awaitStored(t1.taskId(), 3);
            TaskEvents.awaitStored(second.taskId(), 1);
            TaskEvents.awaitStored(third.taskId(), 1);
            TaskEvents.awaitStored(t4.taskId(), 1);
            t2 = second.taskId();
            t3 = third.taskId();
        }
        pinAt(MONTH.atDay(5));
        MonthSteps.put("officer.cchc.1", MONTH.toString(), "/officers/" + KHANH + "/self-assessment",
                Map.of("groupI", 9, "groupII", 9, "groupIII", 9)).then().statusCode(200);
    }

    @Test
    void onTheDueDayTheProductIsStillToCome_andTheMonthIsProjectedWithItDoneOnTime() {
        pinAt(MONTH.atDay(15));
        JsonPath answer = officer();

        assertThat(answer.getFloat("total")).isEqualTo(44.5f);
        assertThat(answer.getString("level")).isEqualTo("KHTNV");
        assertThat(answer.getList("inProgress.notYetDue.taskId", Long.class)).containsExactly(t2, t3);
        assertThat(answer.getList("inProgress.notYetDue.title", String.class))
                .containsExactly("Nhiệm vụ thử " + t2, "Nhiệm vụ thử " + t3);
        assertThat(answer.getList("inProgress.notYetDue.dueDate", String.class))
                .containsExactly(MONTH.atDay(15).toString(), MONTH.atDay(25).toString());
        assertThat(answer.getFloat("inProgress.ifDoneOnTime.taskScore")).isEqualTo(52.5f);
        assertThat(answer.getFloat("inProgress.ifDoneOnTime.generalScore")).isEqualTo(27f);
        assertThat(answer.getFloat("inProgress.ifDoneOnTime.total")).isEqualTo(79.5f);
        assertThat(answer.getString("inProgress.ifDoneOnTime.level")).isEqualTo("HTTNV");
    }

    @Test
    void theDayAfterTheDueDateTheProductIsNoLongerToCome() {
        pinAt(MONTH.atDay(16));
        JsonPath answer = officer();

        assertThat(answer.getList("inProgress.notYetDue.taskId", Long.class)).containsExactly(t3);
        assertThat(answer.getFloat("inProgress.ifDoneOnTime.total")).isEqualTo(62f);
        assertThat(answer.getString("inProgress.ifDoneOnTime.level")).isEqualTo("HTNV");
        assertThat(answer.getFloat("total")).as("the month as it stands is unchanged").isEqualTo(44.5f);
    }

    @Test
    void aMonthOverHasNoProjection_andTheListNeverHasOne() {
        pinAt(MONTH.plusMonths(1).atDay(1));
        JsonPath answer = officer();

        assertThat(answer.getFloat("total")).isEqualTo(44.5f);
        assertThat(answer.getMap("$")).doesNotContainKey("inProgress");

        pinAt(MONTH.atDay(15));
        List<Map<String, Object>> list = given().header("Authorization", TestTokens.bearer("officer.cchc.1"))
                .get("/api/evaluations/" + MONTH + "/officers").then().statusCode(200).extract().jsonPath()
                .getList("$");
        assertThat(list).isNotEmpty().allSatisfy(o -> assertThat(o).doesNotContainKey("inProgress"));
    }

    private JsonPath officer() {
        return given().header("Authorization", TestTokens.bearer("officer.cchc.1"))
                .get("/api/evaluations/" + MONTH + "/officers/" + KHANH).then().statusCode(200).extract().jsonPath();
    }

    /** Pins the clock at 10:00 on {@code day} in Hà Nội. */
    private static void pinAt(LocalDate day) {
        assertThat(PinnedClock.at(day.atTime(10, 0).atZone(PinnedClock.zone()).toInstant().toString())).isEqualTo(day);
    }
}
