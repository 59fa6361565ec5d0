package vn.hungyen.snv.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.common.testing.TestTokens;
import vn.hungyen.snv.evaluation.repository.OfficerAssessment;
import vn.hungyen.snv.evaluation.testing.FakePlanService;
import vn.hungyen.snv.evaluation.testing.MonthSteps;
import vn.hungyen.snv.evaluation.testing.TaskEvents;

/**
 * An adjustment after publication follows the rules through (issue 14): the month is computed again with it, and the
 * unit, the head and the quota of the others follow, each change recorded. In September of an unused year, in BTG (a
 * unit no other test gives tasks, so that no task of theirs left open makes đ automatic): Linh (57) and Vân (58)
 * each complete four tasks on time (K 70; G 26 and 25: S 96.00 and 95.00); Vân (59) completes one and hands in one
 * due on the 29th that is never reviewed (a = b = c = 50, K 35; G 26: S 61.00, HTNV). The unit's 10 products, 9
 * done: K_u 63, G_u 27, D 90.00, HTXSNV. The head (55, G 30) and the deputy head (56, G 26) answer for
 * them: a = b = c = 90, d = 100, đ = 100 (the approver's choice), e = 100, K 66.5: S 96.50 and 92.50. The Director
 * publishes with the ratio 1 for staff and leaders, so that one of each group keeps HTXSNV: Linh and the head.
 */
@QuarkusTest
@QuarkusTestResource(FakePlanService.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdjustmentFollowThroughTest {

    private static final Year YEAR = TaskEvents.unusedYear();
    private static final YearMonth SEPTEMBER = YEAR.atMonth(9);
    private static final YearMonth OCTOBER = YEAR.atMonth(10);
    private static final long HEAD = 55;
    private static final long DEPUTY = 56;
    private static final long KHANH = 57;
    private static final long THAO = 58;
    private static final long VIET = 59;

    @Inject
    ObjectMapper json;

    private boolean published;

    @BeforeEach
    void publishSeptemberAndOctoberOnce() {
        if (published) {
            return;
        }
        published = true;
        try (TaskEvents events = new TaskEvents(json)) {
            for (YearMonth month : List.of(SEPTEMBER, OCTOBER)) {
                for (long officer : List.of(KHANH, THAO)) {
                    for (int day = 10; day < 14; day++) {
                        done(events, officer, month.atDay(day));
                    }
                }
                done(events, VIET, month.atDay(10));
                TaskEvent handedIn = TaskEvents.assigned(TaskEvents.newTaskId(), "BTG", VIET, month.atDay(29)).build();
                events.send(handedIn, TaskEvents.submitted(handedIn, 2, month.atDay(28)));
                TaskEvents.awaitStored(handedIn.taskId(), 2);
            }
        }
        for (YearMonth month : List.of(SEPTEMBER, OCTOBER)) {
            MonthSteps.completeEveryStep(month.toString());
            review("head.btg", month, THAO, Map.of("generalScore", 25, "note", "Còn chậm báo cáo"));
            review("deputy3", month, HEAD, Map.of("generalScore", 30, "note", "Chỉ đạo tốt", "organisingChoice", 100));
            review("head.btg", month, DEPUTY, Map.of("generalScore", 26, "organisingChoice", 100));
            given().header("Authorization", TestTokens.bearer("director")).contentType(ContentType.JSON)
                    .body(Map.of("quotaExceptions", List.of(
                            Map.of("group", "staff", "ratio", 1, "reason", "Khối lượng việc lớn"),
                            Map.of("group", "leaders", "ratio", 1, "reason", "Khối lượng việc lớn"))))
                    .post("/api/evaluations/" + month + "/publish").then().statusCode(200);
        }
    }

    private static void done(TaskEvents events, long officer, LocalDate day) {
        TaskEvent task = TaskEvents.assigned(TaskEvents.newTaskId(), "BTG", officer, day).build();
        events.send(task, TaskEvents.submitted(task, 2, day), TaskEvents.reviewed(task, 3, day, "ACCEPTED", false));
        TaskEvents.awaitStored(task.taskId(), 3);
    }

    private static void review(String reviewer, YearMonth month, long officer, Map<String, Object> body) {
        MonthSteps.put(reviewer, month.toString(), "/officers/" + officer + "/review", body).then().statusCode(200);
    }

    @Test
    void theUnitTheHeadAndTheQuotaOfTheOthersFollowAndEachChangeIsRecorded() {
        JsonPath published = officers(SEPTEMBER);
        assertThat(published.getString("find { it.officerId == 57 }.level")).isEqualTo("HTXSNV");
        assertThat(published.getString("find { it.officerId == 58 }.level")).isEqualTo("HTTNV");
        assertThat(published.getFloat("find { it.officerId == 55 }.total")).isEqualTo(96.5f);
        assertThat(published.getString("find { it.officerId == 55 }.level")).isEqualTo("HTXSNV");
        assertThat(unitLevel(SEPTEMBER)).isEqualTo("HTXSNV");

        // Việt's G 26 → 10: S 45.00, KHTNV; the unit is capped at HTTNV (D unchanged); the leaders' d drops to 50
        // (K 60.666…): the head's S 90.67 is still HTXSNV by band but capped by the unit, the deputy's 86.67
        JsonPath first = adjust(SEPTEMBER, VIET, Map.of("generalScore", 10, "reason", "Khiếu nại: chấm lại nhóm II"))
                .then().statusCode(201).extract().jsonPath();
        assertThat(first.getFloat("totalBefore")).isEqualTo(61f);
        assertThat(first.getFloat("totalAfter")).isEqualTo(45f);
        assertThat(first.getString("levelAfter")).isEqualTo("KHTNV");
        assertThat(first.getFloat("generalGiven")).isEqualTo(10f);
        assertThat(first.getString("by")).isEqualTo("director");
        assertThat(first.getList("changes.officerId", Long.class)).containsExactlyInAnyOrder(VIET, HEAD, DEPUTY, null);
        assertThat(first.getString("changes.find { it.unitCode == 'BTG' && it.officerId == null }.before.level"))
                .isEqualTo("HTXSNV");
        assertThat(first.getString("changes.find { it.unitCode == 'BTG' && it.officerId == null }.after.level"))
                .isEqualTo("HTTNV");
        assertThat(first.getFloat("changes.find { it.unitCode == 'BTG' && it.officerId == null }.after.total"))
                .isEqualTo(90f);
        assertThat(first.getFloat("changes.find { it.officerId == 55 }.before.total")).isEqualTo(96.5f);
        assertThat(first.getFloat("changes.find { it.officerId == 55 }.after.total")).isEqualTo(90.67f);
        assertThat(first.getString("changes.find { it.officerId == 55 }.after.bandLevel")).isEqualTo("HTXSNV");
        assertThat(first.getString("changes.find { it.officerId == 55 }.after.level")).isEqualTo("HTTNV");
        assertThat(first.getFloat("changes.find { it.officerId == 56 }.after.total")).isEqualTo(86.67f);

        JsonPath head = given().header("Authorization", TestTokens.bearer("deputy3"))
                .get("/api/evaluations/" + SEPTEMBER + "/officers/" + HEAD).then().statusCode(200).extract().jsonPath();
        assertThat(head.getFloat("unitResults")).isEqualTo(50f);
        assertThat(head.getList("ruleAdjustments")).containsExactly("CAPPED_BY_UNIT");
        assertThat(head.getString("status")).isEqualTo("PUBLISHED");

        // Khánh's G 26 → 24: S 94.00, below Thảo's 95.00, who takes the staff group's one place
        JsonPath second = adjust(SEPTEMBER, KHANH, Map.of("generalScore", 24, "reason", "Khiếu nại của đơn vị"))
                .then().statusCode(201).extract().jsonPath();
        assertThat(second.getList("changes.officerId", Long.class)).containsExactlyInAnyOrder(KHANH, THAO);
        assertThat(second.getString("changes.find { it.officerId == 58 }.before.level")).isEqualTo("HTTNV");
        assertThat(second.getString("changes.find { it.officerId == 58 }.after.level")).isEqualTo("HTXSNV");
        assertThat(second.getString("levelAfter")).isEqualTo("HTTNV");

        // the Director decides HTNV for Việt: no member is KHTNV any more, the unit is HTXSNV again and so may the
        // head be (d still reads Việt's S 45.00), keeping the leaders' one place
        JsonPath third = adjust(SEPTEMBER, VIET, Map.of("level", "HTNV", "reason", "Giám đốc xem xét lại"))
                .then().statusCode(201).extract().jsonPath();
        assertThat(third.getString("levelGiven")).isEqualTo("HTNV");
        assertThat(third.getFloat("totalAfter")).isEqualTo(45f);
        assertThat(third.getList("changes.officerId", Long.class)).containsExactlyInAnyOrder(VIET, HEAD, null);
        assertThat(third.getString("changes.find { it.officerId == 55 }.after.level")).isEqualTo("HTXSNV");

        JsonPath after = officers(SEPTEMBER);
        assertThat(after.getString("find { it.officerId == 59 }.level")).isEqualTo("HTNV");
        assertThat(after.getList("find { it.officerId == 59 }.ruleAdjustments")).containsExactly("DIRECTOR_DECISION");
        assertThat(after.getList("find { it.officerId == 59 }.adjustments.reason")).hasSize(2);
        assertThat(after.getString("find { it.officerId == 55 }.level")).isEqualTo("HTXSNV");
        assertThat(after.getString("find { it.officerId == 57 }.level")).isEqualTo("HTTNV");
        assertThat(after.getString("find { it.officerId == 58 }.level")).isEqualTo("HTXSNV");
        assertThat(unitLevel(SEPTEMBER)).isEqualTo("HTXSNV");

        // each adjustment is an input of the month: the recomputation replays them and reaches the same figures
        JsonPath verified = get("admin", SEPTEMBER, "/verification").then().statusCode(200).extract().jsonPath();
        assertThat(verified.getBoolean("identical")).isTrue();
        assertThat(verified.getInt("adjustmentsReplayed")).isEqualTo(3);
        assertThat(verified.getBoolean("inputsUnchanged")).isTrue();

        // the audit: every adjustment with its changes, within the caller's scope
        JsonPath audit = get("director", SEPTEMBER, "/adjustments").then().statusCode(200).extract().jsonPath();
        assertThat(audit.getList("officerId", Long.class)).containsExactly(VIET, KHANH, VIET);
        assertThat(audit.getList("[0].changes")).hasSize(4);
        assertThat(audit.getString("[1].reason")).isEqualTo("Khiếu nại của đơn vị");
        assertThat(get("head.btg", SEPTEMBER, "/adjustments").then().statusCode(200).extract().jsonPath()
                .getList("id")).hasSize(3);
        assertThat(get("head.vp", SEPTEMBER, "/adjustments").then().statusCode(200).extract().jsonPath()
                .getList("id")).isEmpty();

        // the quarter reads the month as adjusted
        JsonPath quarter = given().header("Authorization", TestTokens.bearer("director"))
                .get("/api/evaluations/periods/" + YEAR + "-Q3/officers?unit=BTG").then().statusCode(200).extract()
                .jsonPath();
        assertThat(quarter.getFloat("find { it.officerId == 55 }.total")).isEqualTo(90.67f);
        assertThat(quarter.getFloat("find { it.officerId == 59 }.total")).isEqualTo(45f);
    }

    @Test
    void aBadAdjustmentIsRefusedAndChangesNothing() {
        String before = get("director", OCTOBER, "/officers").then().statusCode(200).extract().asString();

        adjust(OCTOBER, 999999, Map.of("generalScore", 20, "reason", "Khiếu nại")).then().statusCode(404);
        adjust(OCTOBER, VIET, Map.of("generalScore", 31, "reason", "Quá thang")).then().statusCode(400)
                .body("code", equalTo("out-of-range"));
        adjust(OCTOBER, VIET, Map.of("generalScore", 20.125, "reason", "Ba chữ số thập phân")).then().statusCode(400);
        adjust(OCTOBER.plusMonths(1), VIET, Map.of("generalScore", 20, "reason", "Tháng chưa công bố")).then()
                .statusCode(409).body("code", equalTo("month-not-published"));

        // a stored fact changed since publication: the month would not come out as stored, so nothing is adjusted
        QuarkusTransaction.requiringNew().run(() -> OfficerAssessment.getEntityManager()
                .createNativeQuery("update officer_assessment set general_score = 20 where month = ?1 "
                        + "and officer_id = 58")
                .setParameter(1, OCTOBER.toString()).executeUpdate());
        adjust(OCTOBER, VIET, Map.of("generalScore", 10, "reason", "Khiếu nại")).then().statusCode(409)
                .body("code", equalTo("inputs-changed"));

        assertThat(get("director", OCTOBER, "/adjustments").then().statusCode(200).extract().jsonPath().getList("id"))
                .isEmpty();
        assertThat(get("director", OCTOBER, "/officers").then().statusCode(200).extract().asString())
                .isEqualTo(before);
    }

    private static JsonPath officers(YearMonth month) {
        return get("director", month, "/officers").then().statusCode(200).extract().jsonPath();
    }

    private static String unitLevel(YearMonth month) {
        return get("director", month, "/units").then().statusCode(200).extract().jsonPath()
                .getString("find { it.unitCode == 'BTG' }.level");
    }

    private static Response adjust(YearMonth month, long officerId, Map<String, Object> body) {
        return given().header("Authorization", TestTokens.bearer("director")).contentType(ContentType.JSON).body(body)
                .post("/api/evaluations/" + month + "/officers/" + officerId + "/adjustments");
    }

    private static Response get(String username, YearMonth month, String path) {
        return given().header("Authorization", TestTokens.bearer(username)).get("/api/evaluations/" + month + path);
    }
}
