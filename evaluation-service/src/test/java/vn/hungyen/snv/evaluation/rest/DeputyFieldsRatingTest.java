package vn.hungyen.snv.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.snv.evaluation.rest.MonthlyEvaluationTest.get;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.common.testing.TestTokens;
import vn.hungyen.snv.evaluation.testing.FakePlanService;
import vn.hungyen.snv.evaluation.testing.MonthSteps;
import vn.hungyen.snv.evaluation.testing.TaskEvents;

/**
 * A deputy head whose unit's head assigned them fields of work is rated on the unit's tasks of those fields
 * (scoring-hy540 §6): in VP, deputyhead.vp.1 (6) is in charge of "Cải cách hành chính" in March, deputyhead.vp.2 (7)
 * has no assignment. Officer 8 carries out a task of that field on time and an ad-hoc task on time; officer 9 leaves
 * a task of "Văn thư, lưu trữ" undone.
 */
@QuarkusTest
@QuarkusTestResource(FakePlanService.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeputyFieldsRatingTest {

    private static final YearMonth MARCH = TaskEvents.unusedYear().atMonth(3);
    private static final String CCHC = "Cải cách hành chính";
    private static final String VAN_THU = "Văn thư, lưu trữ";
    private static final long CCHC_ITEM = 990_001;
    private static final long VAN_THU_ITEM = 990_002;
    private static final long HEAD = 5;
    private static final long DEPUTY_CCHC = 6;
    private static final long DEPUTY_WHOLE_UNIT = 7;

    @Inject
    ObjectMapper json;

    private long cchcTask;
    private long vanThuTask;
    private long adHocTask;

    /** Once, before the first test (RestAssured knows the port only then). */
    @BeforeEach
    void tasksOfTwoFieldsAndOneOutsideTheCatalogue() {
        if (cchcTask != 0) {
            return;
        }
        inCharge(CCHC);
        try (TaskEvents events = new TaskEvents(json)) {
            cchcTask = accepted(events, 8, CCHC_ITEM, MARCH.atDay(10), MARCH.atDay(9));
            TaskEvent open = TaskEvents.assigned(TaskEvents.newTaskId(), "VP", 9L, MARCH.atDay(10))
                    .planItemId(VAN_THU_ITEM).build();
            events.send(open);
            TaskEvents.awaitStored(open.taskId(), 1, "director");
            vanThuTask = open.taskId();
            adHocTask = accepted(events, 8, null, MARCH.atDay(16), MARCH.atDay(16));
        }
    }

    @AfterAll
    void forgetTheFields() {
        FakePlanService.reset();
    }

    @Test
    void aDeputyWithFieldsIsRatedOnThoseFieldsTasksAndOneWithoutOnTheWholeUnit() {
        assertThat(productIds(DEPUTY_CCHC)).containsExactly(cchcTask);
        assertThat(productIds(DEPUTY_WHOLE_UNIT)).containsExactlyInAnyOrder(cchcTask, vanThuTask, adHocTask);
        assertThat(productIds(HEAD)).containsExactlyInAnyOrder(cchcTask, vanThuTask, adHocTask);
        JsonPath deputy = officer(DEPUTY_CCHC);
        assertThat(deputy.getDouble("timeliness")).isEqualTo(100.0);
        assertThat(officer(DEPUTY_WHOLE_UNIT).getDouble("timeliness")).isLessThan(100.0);
        JsonPath units = get("director", "/units", MARCH.toString()).then().statusCode(200).extract().jsonPath();
        assertThat(units.getInt("find { it.unitCode == 'VP' }.productCount"))
                .as("the unit keeps all of its work").isEqualTo(3);
    }

    @Test
    void theFieldsAreAnInputOfThePublishedMonth() {
        MonthSteps.completeEveryStep(MARCH.toString());
        given().header("Authorization", TestTokens.bearer("director"))
                .post("/api/evaluations/" + MARCH + "/publish").then().statusCode(200);
        JsonPath verified = get("director", "/verification", MARCH.toString()).then().statusCode(200).extract()
                .jsonPath();
        assertThat(verified.getBoolean("identical")).isTrue();
        assertThat(verified.getBoolean("inputsUnchanged")).isTrue();

        FakePlanService.reset();
        inCharge(VAN_THU);
        JsonPath changed = get("director", "/verification", MARCH.toString()).then().statusCode(200).extract()
                .jsonPath();
        assertThat(changed.getBoolean("inputsUnchanged")).isFalse();
        assertThat(changed.getBoolean("identical")).isFalse();
        assertThat(changed.getBoolean("officers.find { it.officerId == " + DEPUTY_CCHC + " }.identical")).isFalse();
        assertThat(changed.getList("officers.find { it.officerId == " + DEPUTY_CCHC + " }.differences.field",
                String.class)).contains("timeliness");
        assertThat(changed.getBoolean("officers.find { it.officerId == " + DEPUTY_WHOLE_UNIT + " }.identical"))
                .isTrue();
    }

    /** In March, deputy head 6 of VP is in charge of {@code field}; the catalogue items' fields are known. */
    private static void inCharge(String field) {
        FakePlanService.deputyFields("VP", DEPUTY_CCHC, MARCH, List.of(field));
        FakePlanService.itemField(CCHC_ITEM, CCHC);
        FakePlanService.itemField(VAN_THU_ITEM, VAN_THU);
    }

    private static List<Long> productIds(long officerId) {
        return officer(officerId).getList("products.taskId", Long.class);
    }

    private static JsonPath officer(long officerId) {
        return get("director", "/officers/" + officerId, MARCH.toString()).then().statusCode(200).extract()
                .jsonPath();
    }

    /** A VP task of the catalogue item (none: ad-hoc work) for the officer, submitted on a day and accepted. */
    private static long accepted(TaskEvents events, long assignee, Long planItemId, LocalDate due,
            LocalDate submitted) {
        TaskEvent task = TaskEvents.assigned(TaskEvents.newTaskId(), "VP", assignee, due).planItemId(planItemId)
                .build();
        events.send(task, TaskEvents.submitted(task, 2, submitted),
                TaskEvents.reviewed(task, 3, submitted, "ACCEPTED", false));
        TaskEvents.awaitStored(task.taskId(), 3, "director");
        return task.taskId();
    }
}
