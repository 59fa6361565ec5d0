package vn.hungyen.snv.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.common.testing.TestTokens;
import vn.hungyen.snv.evaluation.testing.FakePlanService;
import vn.hungyen.snv.evaluation.testing.MonthSteps;
import vn.hungyen.snv.evaluation.testing.TaskEvents;

/**
 * After publication nothing changes silently: the Director's adjustments are recorded with their reason and
 * the figures before and after. officer.cchc.1 (49) has one product, done on time, and G = 26: S = 96.00,
 * band HTXSNV, the only staff candidate, so HTTNV by the quota (x = floor(1/6) = 0).
 */
@QuarkusTest
@QuarkusTestResource(FakePlanService.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdjustmentTest {

    private static final YearMonth SEPTEMBER = TaskEvents.unusedYear().atMonth(9);
    private static final String MONTH = SEPTEMBER.toString();
    private static final long KHANH = 49;
    private static final long VIET = 51;

    @Inject
    ObjectMapper json;

    private boolean published;

    @BeforeEach
    void publishTheMonthOnce() {
        if (published) {
            return;
        }
        published = true;
        try (TaskEvents events = new TaskEvents(json)) {
            TaskEvent task = TaskEvents.assigned(TaskEvents.newTaskId(), "CCHC", KHANH, SEPTEMBER.atDay(10)).build();
            events.send(task, TaskEvents.submitted(task, 2, SEPTEMBER.atDay(9)),
                    TaskEvents.reviewed(task, 3, SEPTEMBER.atDay(9), "ACCEPTED", false));
            TaskEvents.awaitStored(task.taskId(), 3);
        }
        MonthSteps.completeEveryStep(MONTH);
        given().header("Authorization", TestTokens.bearer("director")).post("/api/evaluations/" + MONTH + "/publish")
                .then().statusCode(200);
    }

    @Test
    void theDirectorAdjustsAPublishedRatingAndThePublishedFiguresStayInTheRecord() {
        // G 26 → 20: S = 96.00 − 26 + 20 = 90.00, band HTXSNV, still bounded by the quota's HTTNV
        adjust(KHANH, Map.of("generalScore", 20, "reason", "Khiếu nại ngày 05/10: chấm lại nhóm III"))
                .then().statusCode(201)
                .header("Location", endsWith("/api/evaluations/" + MONTH + "/officers/" + KHANH))
                .body("generalBefore", equalTo(26.0f)).body("generalAfter", equalTo(20.0f))
                .body("totalBefore", equalTo(96.0f)).body("totalAfter", equalTo(90.0f))
                .body("levelBefore", equalTo("HTTNV")).body("levelAfter", equalTo("HTTNV"))
                .body("by", equalTo("director"));
        // the Director's own decision on the level is taken as is
        adjust(KHANH, Map.of("level", "HTXSNV", "reason", "Quyết định của Giám đốc sau khi xem xét khiếu nại"))
                .then().statusCode(201)
                .body("totalBefore", equalTo(90.0f)).body("totalAfter", equalTo(90.0f))
                .body("levelBefore", equalTo("HTTNV")).body("levelAfter", equalTo("HTXSNV"));

        JsonPath officer = get("officer.cchc.1", "/officers/" + KHANH).then().statusCode(200).extract().jsonPath();
        assertThat(officer.getFloat("generalScore")).isEqualTo(20f);
        assertThat(officer.getFloat("total")).isEqualTo(90f);
        assertThat(officer.getString("level")).isEqualTo("HTXSNV");
        assertThat(officer.getString("bandLevel")).isEqualTo("HTXSNV");
        assertThat(officer.getString("status")).isEqualTo("PUBLISHED");
        // the Director's level replaces the rules' for this officer: the quota no longer lowers it
        assertThat(officer.getList("ruleAdjustments")).containsExactly("DIRECTOR_DECISION");
        assertThat(officer.getList("adjustments.reason")).hasSize(2);
        assertThat(get("director", "/officers?unit=CCHC").then().statusCode(200).extract().jsonPath()
                .getFloat("find { it.officerId == 49 }.total")).isEqualTo(90f);

        JsonPath adjustments = get("director", "/adjustments").then().statusCode(200).extract().jsonPath();
        assertThat(adjustments.getList("officerId", Long.class)).containsExactly(KHANH, KHANH);
        // the first record's "before" is the rating as published
        assertThat(adjustments.getFloat("[0].generalBefore")).isEqualTo(26f);
        assertThat(adjustments.getFloat("[0].totalBefore")).isEqualTo(96f);
        assertThat(adjustments.getString("[0].levelBefore")).isEqualTo("HTTNV");
        assertThat(adjustments.getString("[0].reason")).isEqualTo("Khiếu nại ngày 05/10: chấm lại nhóm III");
        assertThat(get("head.cchc", "/adjustments").then().statusCode(200).extract().jsonPath().getList("id"))
                .hasSize(2);
        assertThat(get("officer.cchc.2", "/adjustments").then().statusCode(200).extract().jsonPath().getList("id"))
                .isEmpty();
        assertThat(get("head.vp", "/adjustments").then().statusCode(200).extract().jsonPath().getList("id"))
                .isEmpty();
    }

    @Test
    void anAdjustmentNeedsTheDirectorAReasonAPublishedMonthAndAScore() {
        given().header("Authorization", TestTokens.bearer("head.cchc")).contentType(ContentType.JSON)
                .body(Map.of("generalScore", 20, "reason", "Đề nghị"))
                .post("/api/evaluations/" + MONTH + "/officers/" + KHANH + "/adjustments")
                .then().statusCode(403);
        adjust(KHANH, Map.of("generalScore", 20)).then().statusCode(400)
                .body(containsString("Cần ghi lý do điều chỉnh"));
        adjust(KHANH, Map.of("reason", "Không rõ")).then().statusCode(400).body("code", equalTo("nothing-to-adjust"));
        adjust(KHANH, Map.of("generalScore", 31, "reason", "Quá thang")).then().statusCode(400)
                .body("code", equalTo("out-of-range")).body("detail", equalTo("Điểm generalScore phải từ 0 đến 30."));
        adjust(KHANH, Map.of("level", "NO_TASK_DATA", "reason", "Không hợp lệ")).then().statusCode(400)
                .body("code", equalTo("level"));
        adjust(VIET, Map.of("generalScore", 20, "reason", "Không có sản phẩm")).then().statusCode(409)
                .body("code", equalTo("no-score"));
        given().header("Authorization", TestTokens.bearer("director")).contentType(ContentType.JSON)
                .body(Map.of("generalScore", 20, "reason", "Tháng chưa công bố"))
                .post("/api/evaluations/" + SEPTEMBER.plusMonths(1) + "/officers/" + KHANH + "/adjustments")
                .then().statusCode(409).body("code", equalTo("month-not-published"));
    }

    private static Response adjust(long officerId, Map<String, Object> body) {
        return given().header("Authorization", TestTokens.bearer("director")).contentType(ContentType.JSON).body(body)
                .post("/api/evaluations/" + MONTH + "/officers/" + officerId + "/adjustments");
    }

    private static Response get(String username, String path) {
        return given().header("Authorization", TestTokens.bearer(username)).get("/api/evaluations/" + MONTH + path);
    }
}
