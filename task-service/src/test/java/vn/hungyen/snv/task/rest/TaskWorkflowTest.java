package vn.hungyen.snv.task.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static vn.hungyen.snv.task.testing.Api.as;
import static vn.hungyen.snv.task.testing.Api.assign;
import static vn.hungyen.snv.task.testing.Api.officerId;
import static vn.hungyen.snv.task.testing.Api.submitAsOfficerCchc1;
import static vn.hungyen.snv.task.testing.Api.task;
import static vn.hungyen.snv.task.testing.Api.taskForOfficerCchc1;
import static vn.hungyen.snv.task.testing.Api.version;
import static vn.hungyen.snv.task.testing.Api.with;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.task.testing.PlanServiceFake;

@QuarkusTest
@WithTestResource(PlanServiceFake.class)
class TaskWorkflowTest {

    private static final Map<String, Object> ACCEPT = Map.of("verdict", "ACCEPTED");

    @Test
    void onlyTheAssigneeSubmitsAndTheSubmissionTimeIsTheCompletionTime() {
        long id = taskForOfficerCchc1("Báo cáo tháng");
        Map<String, Object> product = Map.of("documentNumber", "45/BC-SNV", "issuedOn", LocalDate.now().toString(),
                "summary", "Báo cáo kết quả cải cách hành chính tháng", "link", "https://vanban.hungyen.gov.vn/45");
        as("officer.cchc.2").body(product).when().post("/api/tasks/{id}/submissions", id).then().statusCode(404);
        as("head.cchc").body(product).when().post("/api/tasks/{id}/submissions", id).then().statusCode(403)
                .body("code", is("not-assignee"));

        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        var submitted = as("officer.cchc.1").body(product).when().post("/api/tasks/{id}/submissions", id).then()
                .statusCode(201)
                .header("Location", containsString("/api/tasks/" + id))
                .body("status", is("SUBMITTED"))
                .body("submissions[0].documentNumber", is("45/BC-SNV"))
                .body("submissions[0].officerId", is((int) officerId("officer.cchc.1")))
                .body("history.action", is(List.of("ASSIGNED", "SUBMITTED")))
                .extract().jsonPath();
        Instant submittedAt = Instant.parse(submitted.getString("submissions[0].submittedAt"));
        assertThat(submittedAt).isBetween(before, Instant.now());

        as("officer.cchc.1").body(product).when().post("/api/tasks/{id}/submissions", id).then().statusCode(409)
                .body("code", is("already-submitted"));
        as("head.cchc").body(ACCEPT).when().post("/api/tasks/{id}/reviews", id).then().statusCode(200)
                .body("status", is("DONE"))
                .body("completedAt", is(submitted.getString("submissions[0].submittedAt")))
                .body("timeliness", is("DONE_ON_TIME"))
                .body("submissions[0].verdict", is("ACCEPTED"));
    }

    /** The 201 answer is read in the report's own transaction: it is the task exactly as stored once committed. */
    @Test
    void theSubmissionAnswerIsTheTaskAsReadAfterwards() {
        long id = taskForOfficerCchc1("Báo cáo quý");
        long before = version(id);
        var created = as("officer.cchc.1").body(Map.of("documentNumber", "46/BC-SNV",
                        "issuedOn", LocalDate.now().toString(), "summary", "Báo cáo quý", "version", before))
                .when().post("/api/tasks/{id}/submissions", id).then().statusCode(201)
                .header("ETag", is("\"" + (before + 1) + "\""))
                .body("version", is((int) (before + 1)))
                .extract();
        var read = as("officer.cchc.1").when().get("/api/tasks/{id}", id).then().statusCode(200).extract();
        assertThat(created.header("ETag")).isEqualTo(read.header("ETag"));
        assertThat(created.jsonPath().getMap("$")).isEqualTo(read.jsonPath().getMap("$"));
        assertThat(created.jsonPath().getList("submissions.id")).hasSize(1).doesNotContainNull();
    }

    @Test
    void submissionsAreValidatedAtTheEdge() {
        long id = taskForOfficerCchc1("Thiếu sản phẩm");
        as("officer.cchc.1").body(Map.of("issuedOn", LocalDate.now().plusDays(3).toString(), "link", "ftp://x"))
                .when().post("/api/tasks/{id}/submissions", id).then().statusCode(400)
                .body("code", is("validation"))
                .body("violations.field", is(List.of("documentNumber", "issuedOn", "link", "summary")))
                .body("violations.message", hasItem("ngày ban hành không được ở tương lai"));
        as("head.cchc").body(Map.of("verdict", "MAYBE")).when().post("/api/tasks/{id}/reviews", id).then()
                .statusCode(400).body("code", is("malformed-request"));
        as("head.cchc").body(Map.of("verdict", "RETURNED")).when().post("/api/tasks/{id}/reviews", id).then()
                .statusCode(400).body("violations.message", hasItem("trả lại sản phẩm (RETURNED) cần ghi chú lý do"));
    }

    @Test
    void aReturnedTaskCanBeSubmittedAgainAndIsDoneWhenTheLatestIsAccepted() {
        long id = taskForOfficerCchc1("Trả lại rồi nộp lại");
        as("head.cchc").body(ACCEPT).when().post("/api/tasks/{id}/reviews", id).then().statusCode(409)
                .body("code", is("nothing-to-review"));
        submitAsOfficerCchc1(id);
        as("officer.cchc.1").body(ACCEPT).when().post("/api/tasks/{id}/reviews", id).then().statusCode(403);
        as("head.vp").body(ACCEPT).when().post("/api/tasks/{id}/reviews", id).then().statusCode(404);
        as("deputyhead.cchc.1").body(ACCEPT).when().post("/api/tasks/{id}/reviews", id).then().statusCode(403)
                .body("code", is("not-assigner"));
        as("head.cchc").body(Map.of("verdict", "RETURNED", "majorError", true, "note", "Sai số liệu tổng hợp"))
                .when().post("/api/tasks/{id}/reviews", id).then().statusCode(200)
                .body("status", is("RETURNED"))
                .body("completedAt", nullValue())
                .body("submissions[0].majorError", is(true));
        submitAsOfficerCchc1(id);
        String second = as("deputy1").body(ACCEPT).when().post("/api/tasks/{id}/reviews", id).then().statusCode(200)
                .body("status", is("DONE"))
                .body("submissions[1].verdict", is("ACCEPTED"))
                .body("submissions[1].reviewedBy", is("deputy1"))
                .extract().jsonPath().getString("submissions[1].submittedAt");
        as("director").when().get("/api/tasks/{id}", id).then().body("completedAt", is(second));
    }

    @Test
    void nobodyReviewsTheirOwnSubmission() {
        long id = assign("head.cchc", with(task("CCHC", "Trưởng phòng tự làm"), "assigneeId", officerId("head.cchc")));
        as("head.cchc").body(Map.of("documentNumber", "1/BC", "issuedOn", LocalDate.now().toString(), "summary", "Báo cáo"))
                .when().post("/api/tasks/{id}/submissions", id).then().statusCode(201);
        as("head.cchc").body(ACCEPT).when().post("/api/tasks/{id}/reviews", id).then().statusCode(403)
                .body("code", is("own-submission"));
        as("director").body(ACCEPT).when().post("/api/tasks/{id}/reviews", id).then().statusCode(200)
                .body("status", is("DONE"));
    }

    @Test
    void cancelledAndDoneTasksCannotChange() {
        long id = taskForOfficerCchc1("Sẽ bị hủy");
        as("officer.cchc.1").body(Map.of("reason", "Không cần nữa")).when().post("/api/tasks/{id}/cancel", id).then()
                .statusCode(403);
        as("head.cchc").body(Map.of()).when().post("/api/tasks/{id}/cancel", id).then().statusCode(400)
                .body("violations.message", hasItem("cần lý do hủy nhiệm vụ"));
        as("head.cchc").body(Map.of("reason", "Gộp vào nhiệm vụ khác")).when().post("/api/tasks/{id}/cancel", id)
                .then().statusCode(200).body("status", is("CANCELLED"))
                .body("history[1].detail", is("Hủy nhiệm vụ: Gộp vào nhiệm vụ khác"));
        as("officer.cchc.1").body(Map.of("documentNumber", "1/BC", "issuedOn", LocalDate.now().toString(), "summary", "x"))
                .when().post("/api/tasks/{id}/submissions", id).then().statusCode(409).body("code", is("task-closed"));
        as("director").body(Map.of("reason", "lần nữa")).when().post("/api/tasks/{id}/cancel", id).then()
                .statusCode(409).body("code", is("task-closed"));

        long done = taskForOfficerCchc1("Đã xong");
        submitAsOfficerCchc1(done);
        as("head.cchc").body(ACCEPT).when().post("/api/tasks/{id}/reviews", done).then().statusCode(200);
        as("head.cchc").body(Map.of("reason", "muộn")).when().post("/api/tasks/{id}/cancel", done).then()
                .statusCode(409).body("detail", containsString("đã hoàn thành"));
    }

    @Test
    void aStaleVersionIsAConflict() {
        long id = taskForOfficerCchc1("Phiên bản");
        long seen = version(id);
        as("head.cchc").when().get("/api/tasks/{id}", id).then().header("ETag", is("\"" + seen + "\""));
        as("officer.cchc.1").header("If-Match", "\"" + seen + "\"")
                .body(Map.of("requestedDueDate", LocalDate.now().plusMonths(2).toString(), "reason", "Chờ số liệu"))
                .when().post("/api/tasks/{id}/extensions", id).then().statusCode(201)
                .header("ETag", is("\"" + (seen + 1) + "\""));
        as("head.cchc").header("If-Match", "\"" + seen + "\"").body(Map.of("reason", "Hủy theo bản cũ"))
                .when().post("/api/tasks/{id}/cancel", id).then().statusCode(409).body("code", is("stale-version"));
        as("head.cchc").body(Map.of("reason", "Hủy theo bản cũ", "version", seen))
                .when().post("/api/tasks/{id}/cancel", id).then().statusCode(409).body("code", is("stale-version"));
        as("head.cchc").header("If-Match", "abc").body(Map.of("reason", "x"))
                .when().post("/api/tasks/{id}/cancel", id).then().statusCode(400).body("code", is("bad-if-match"));
        as("head.cchc").header("If-Match", "\"" + (seen + 1) + "\"").body(Map.of("reason", "Hủy theo bản mới"))
                .when().post("/api/tasks/{id}/cancel", id).then().statusCode(200).body("status", is("CANCELLED"));
    }

    @Test
    void concurrentChangesNeverLoseAnUpdate() throws Exception {
        long id = taskForOfficerCchc1("Đồng thời");
        submitAsOfficerCchc1(id);
        long seen = version(id);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (String reviewer : List.of("head.cchc", "deputy1", "director", "admin")) {
                calls.add(() -> as(reviewer).header("If-Match", "\"" + seen + "\"").body(ACCEPT)
                        .when().post("/api/tasks/{id}/reviews", id).then().extract().statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(calls)) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsOnly(200, 409).containsOnlyOnce(200);
        } finally {
            pool.shutdown();
        }
        as("admin").when().get("/api/tasks/{id}", id).then()
                .body("history.findAll { it.action == 'REVIEWED' }.size()", is(1))
                .body("version", is((int) seen + 1));
    }

    @Test
    void extensionsMoveTheDueDateWhenApproved() {
        long id = taskForOfficerCchc1("Gia hạn");
        LocalDate due = LocalDate.parse(as("head.cchc").when().get("/api/tasks/{id}", id).then().extract()
                .jsonPath().getString("dueDate"));
        Map<String, Object> request = Map.of("requestedDueDate", due.plusDays(14).toString(), "reason",
                "Chờ ý kiến của các sở, ngành");
        as("officer.cchc.2").body(request).when().post("/api/tasks/{id}/extensions", id).then().statusCode(404);
        as("officer.cchc.1").body(Map.of("requestedDueDate", due.toString(), "reason", "Sớm hơn"))
                .when().post("/api/tasks/{id}/extensions", id).then().statusCode(422)
                .body("code", is("extension-not-later"));
        as("officer.cchc.1").body(Map.of()).when().post("/api/tasks/{id}/extensions", id).then().statusCode(400)
                .body("violations.field", is(List.of("reason", "requestedDueDate")));
        long first = as("officer.cchc.1").body(request).when().post("/api/tasks/{id}/extensions", id).then()
                .statusCode(201).body("extensions[0].status", is("PENDING"))
                .extract().jsonPath().getLong("extensions[0].id");
        as("head.cchc").body(request).when().post("/api/tasks/{id}/extensions", id).then().statusCode(409)
                .body("code", is("extension-pending"));
        as("officer.cchc.1").body(Map.of("approved", true)).when()
                .post("/api/tasks/{id}/extensions/{e}/decision", id, first).then().statusCode(403);
        as("head.cchc").body(Map.of("approved", false, "note", "Đủ thời gian"))
                .when().post("/api/tasks/{id}/extensions/{e}/decision", id, first).then().statusCode(200)
                .body("dueDate", is(due.toString()))
                .body("extensions[0].status", is("REFUSED"))
                .body("history[-1].action", is("EXTENSION_REFUSED"));
        as("head.cchc").body(Map.of("approved", true)).when()
                .post("/api/tasks/{id}/extensions/{e}/decision", id, first).then().statusCode(409)
                .body("code", is("extension-decided"));

        long second = as("head.cchc").body(request).when().post("/api/tasks/{id}/extensions", id).then()
                .statusCode(201).extract().jsonPath().getLong("extensions[1].id");
        as("deputy1").body(Map.of("approved", true, "objectiveCause", true, "note", "Đồng ý"))
                .when().post("/api/tasks/{id}/extensions/{e}/decision", id, second).then().statusCode(200)
                .body("dueDate", is(due.plusDays(14).toString()))
                .body("extensions[1].status", is("APPROVED"))
                .body("extensions[1].objectiveCause", is(true))
                .body("extensions[1].previousDueDate", is(due.toString()))
                .body("history[-1].action", is("EXTENSION_APPROVED"));
        as("head.cchc").body(Map.of("approved", true)).when()
                .post("/api/tasks/{id}/extensions/{e}/decision", id, 987654).then().statusCode(404);
    }

    @Test
    void aUnitLeaderGivesAUnitTaskToOneOfItsOfficers() {
        long id = assign("director", task("CCHC", "Nhiệm vụ của phòng"));
        as("officer.cchc.1").body(Map.of("documentNumber", "1/BC", "issuedOn", LocalDate.now().toString(), "summary", "x"))
                .when().post("/api/tasks/{id}/submissions", id).then().statusCode(404);
        as("admin").body(Map.of("documentNumber", "1/BC", "issuedOn", LocalDate.now().toString(), "summary", "x"))
                .when().post("/api/tasks/{id}/submissions", id).then().statusCode(409).body("code", is("no-assignee"));
        as("head.vp").body(Map.of("assigneeId", officerId("officer.vp.1"))).when().put("/api/tasks/{id}/assignee", id)
                .then().statusCode(404);
        as("head.cchc").body(Map.of("assigneeId", officerId("officer.vp.1"))).when().put("/api/tasks/{id}/assignee", id)
                .then().statusCode(422).body("code", is("officer-not-in-unit"));
        as("head.cchc").body(Map.of()).when().put("/api/tasks/{id}/assignee", id).then().statusCode(400);
        as("head.cchc").body(Map.of("assigneeId", officerId("officer.cchc.1"))).when()
                .put("/api/tasks/{id}/assignee", id).then().statusCode(200)
                .body("assigneeId", is((int) officerId("officer.cchc.1")))
                .body("assignedBy", is("head.cchc"))
                .body("history[-1].action", is("ASSIGNEE_CHANGED"));
        as("officer.cchc.1").when().get("/api/tasks/{id}", id).then().statusCode(200);
        submitAsOfficerCchc1(id);
        as("head.cchc").body(ACCEPT).when().post("/api/tasks/{id}/reviews", id).then().statusCode(200)
                .body("status", is("DONE"));
    }

    @Test
    void onlyAnAdministratorBackfillsTimestamps() {
        long id = taskForOfficerCchc1("Nhập bù");
        Instant earlier = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> product = Map.of("documentNumber", "9/BC", "issuedOn", LocalDate.now().minusDays(3).toString(),
                "summary", "Báo cáo", "submittedAt", earlier.toString());
        as("officer.cchc.1").body(product).when().post("/api/tasks/{id}/submissions", id).then().statusCode(403)
                .body("code", is("backfill-admin-only"));
        as("admin").body(with(product, "submittedAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                .when().post("/api/tasks/{id}/submissions", id).then().statusCode(400);
        as("admin").body(product).when().post("/api/tasks/{id}/submissions", id).then().statusCode(201)
                .body("submissions[0].submittedAt", is(earlier.toString()))
                .body("submissions[0].recordedBy", is("admin"))
                .body("submissions[0].officerId", is((int) officerId("officer.cchc.1")))
                .body("history[-1].backfill", is(true));
        Map<String, Object> review = Map.of("verdict", "ACCEPTED", "reviewedAt", earlier.plusSeconds(3600).toString());
        as("head.cchc").body(review).when().post("/api/tasks/{id}/reviews", id).then().statusCode(403)
                .body("code", is("backfill-admin-only"));
        as("admin").body(with(review, "reviewedAt", earlier.minusSeconds(60).toString()))
                .when().post("/api/tasks/{id}/reviews", id).then().statusCode(422)
                .body("code", is("reviewed-before-submitted"));
        as("admin").body(review).when().post("/api/tasks/{id}/reviews", id).then().statusCode(200)
                .body("status", is("DONE"))
                .body("completedAt", is(earlier.toString()))
                .body("submissions[0].reviewedAt", is(earlier.plusSeconds(3600).toString()))
                .body("history[-1].backfill", is(true))
                .body("history[-1].detail", containsString("nhập bù"));
    }
}
