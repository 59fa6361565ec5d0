package vn.hungyen.snv.task.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static vn.hungyen.snv.task.testing.Api.as;
import static vn.hungyen.snv.task.testing.Api.officerId;
import static vn.hungyen.snv.task.testing.Api.task;
import static vn.hungyen.snv.task.testing.Api.with;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.task.testing.Api;
import vn.hungyen.snv.task.testing.CatalogueItems;
import vn.hungyen.snv.task.testing.PlanServiceFake;
import vn.hungyen.snv.task.testing.TaskEventsTopic;

/** POST /api/tasks/bulk: every row checked like a single assignment, all or nothing. */
@QuarkusTest
@WithTestResource(PlanServiceFake.class)
class BulkAssignmentTest {

    @Test
    void aDryRunReportsEveryRowsProblemsAndChangesNothing() {
        Map<String, Object> valid = withOwnItem(task("CCHC", "Hàng hợp lệ"));
        Map<String, Object> missing = Map.of("title", "Thiếu hạn " + UUID.randomUUID(), "unitCode", "CCHC",
                "weight", 50);
        List<Object> rows = Arrays.asList(valid, task("XYZ", "Đơn vị lạ"), missing, null,
                with(task("CCHC", "Cán bộ phòng khác"), "assigneeId", officerId("officer.vp.1")));
        as("head.cchc").body(rows).when().post("/api/tasks/bulk").then().statusCode(200)
                .body("dryRun", is(true))
                .body("applied", is(false))
                .body("rowCount", is(5))
                .body("problemRowCount", is(4))
                .body("rows.row", is(List.of(2, 3, 4, 5)))
                .body("rows[0].problems.field", is(List.of("unitCode")))
                .body("rows[0].problems[0].code", is("unknown-unit"))
                .body("rows[0].problems[0].message", is("Không có đơn vị mã XYZ."))
                .body("rows[1].problems.field", is(List.of("weight", "dueDate")))
                .body("rows[1].problems[0].message", is("hệ số tối đa 10"))
                .body("rows[1].problems[1].message", is("cần hạn hoàn thành (YYYY-MM-DD)"))
                .body("rows[2].problems.code", is(List.of("empty-row")))
                .body("rows[3].problems.code", is(List.of("officer-not-in-unit")))
                .body("created", empty());
        assertThat(tasksOfItem(valid.get("planItemId"))).isZero();
    }

    @Test
    void oneBadRowRefusesTheWholeBatchWith422AndWritesNothing() {
        Map<String, Object> valid = withOwnItem(task("CCHC", "Hàng hợp lệ trong lô bị từ chối"));
        as("head.cchc").queryParam("dryRun", false).body(List.of(valid, task("VP", "Ngoài phạm vi"))).when()
                .post("/api/tasks/bulk").then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", is("bulk-invalid"))
                .body("detail", startsWith("1 trong 2 dòng có lỗi; không nhiệm vụ nào được giao."))
                .body("report.rows.row", is(List.of(2)))
                .body("report.rows[0].problems[0].field", is("unitCode"))
                .body("report.rows[0].problems[0].code", is("unit-out-of-scope"))
                .body("report.created", empty());
        assertThat(tasksOfItem(valid.get("planItemId"))).isZero();
    }

    @Test
    void aCleanBatchIsAssignedAtOnceWithAnEventForEveryTask() {
        List<Map<String, Object>> rows = List.of(
                with(task("CCHC", "Lô 1"), "assigneeId", officerId("officer.cchc.1")),
                with(task("CCHC", "Lô 2"), "coordinatingUnits", List.of("VP", "TTRA")),
                Map.of("planItemId", CatalogueItems.DATED, "dueDate", LocalDate.now().plusDays(40).toString()));
        JsonPath report;
        List<Long> ids = new ArrayList<>();
        try (TaskEventsTopic topic = TaskEventsTopic.fromNow()) {
            report = as("head.cchc").queryParam("dryRun", false).body(rows).when().post("/api/tasks/bulk").then()
                    .statusCode(201)
                    .body("dryRun", is(false))
                    .body("applied", is(true))
                    .body("rows", empty())
                    .body("created.row", is(List.of(1, 2, 3)))
                    .body("created[1].coordinatingTaskIds", hasSize(2))
                    .body("created[2].coordinatingTaskIds", hasSize(2))
                    .extract().jsonPath();
            for (int i = 0; i < 3; i++) {
                ids.add(report.getLong("created[" + i + "].taskId"));
                ids.addAll(report.getList("created[" + i + "].coordinatingTaskIds", Long.class));
            }
            var eventIds = ids.stream().flatMap(id -> Api.outboxEventIds(id).stream()).toList();
            assertThat(eventIds).hasSize(ids.size());
            assertThat(topic.awaitEvents(eventIds, Duration.ofSeconds(30))).hasSize(ids.size());
        }
        as("head.cchc").when().get("/api/tasks/{id}", ids.get(0)).then().statusCode(200)
                .body("title", is(rows.get(0).get("title")))
                .body("assigneeId", is((int) officerId("officer.cchc.1")));
        as("head.cchc").when().get("/api/tasks/{id}", report.getLong("created[2].taskId")).then()
                .body("title", is(CatalogueItems.DATED_CONTENT));
    }

    @Test
    void aRecurringRowStartsItsMonthlyTasks() {
        as("head.cchc").queryParam("dryRun", false)
                .body(List.of(Map.of("planItemId", CatalogueItems.REGULAR_FOR_BULK, "recurring", true)))
                .when().post("/api/tasks/bulk").then().statusCode(201).body("created", hasSize(1));
    }

    @Test
    void batchesAreLimitedNonEmptyAndForAssignersOnly() {
        List<Map<String, Object>> tooMany = Collections.nCopies(501, task("CCHC", "Quá nhiều"));
        as("head.cchc").body(tooMany).when().post("/api/tasks/bulk").then().statusCode(413)
                .contentType("application/problem+json")
                .body("code", is("too-many-rows"))
                .body("detail", is("Mỗi lần giao tối đa 500 nhiệm vụ; danh sách có 501 dòng. "
                        + "Hãy chia thành nhiều lần gửi."));
        as("head.cchc").body(List.of()).when().post("/api/tasks/bulk").then().statusCode(422)
                .body("code", is("no-rows"));
        as("head.cchc").body(Map.of("title", "không phải mảng")).when().post("/api/tasks/bulk").then()
                .statusCode(400).body("code", is("malformed-request"));
        as("officer.cchc.1").body(List.of(task("CCHC", "Cán bộ tự giao"))).when().post("/api/tasks/bulk").then()
                .statusCode(403);
    }

    @Test
    void planServiceDownRefusesTheBatchWith503() {
        Api.planService(false);
        try {
            as("head.cchc").queryParam("dryRun", false).body(List.of(task("CCHC", "Khi plan-service ngừng")))
                    .when().post("/api/tasks/bulk").then().statusCode(503)
                    .body("code", is("plan-service-unavailable"));
        } finally {
            Api.planService(true);
        }
    }

    /** The row with a catalogue item id no other test uses (with a title, so that the item is not read). */
    private static Map<String, Object> withOwnItem(Map<String, Object> row) {
        return with(row, "planItemId", 700_000 + (int) (Math.random() * 100_000));
    }

    private static int tasksOfItem(Object planItemId) {
        return as("director").queryParam("planItemId", planItemId).when().get("/api/tasks").then()
                .statusCode(200).extract().path("total");
    }
}
