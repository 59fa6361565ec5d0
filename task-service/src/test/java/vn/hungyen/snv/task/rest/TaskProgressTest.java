package vn.hungyen.snv.task.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
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
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.task.testing.Api;
import vn.hungyen.snv.task.testing.PlanServiceFake;

/** GET /api/tasks/progress: per catalogue item, its top-level tasks done (on time, late), open and overdue. */
@QuarkusTest
@WithTestResource(PlanServiceFake.class)
class TaskProgressTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate TODAY = LocalDate.now(ZONE);

    /** A CCHC task of a catalogue item id no other test uses, for officer.cchc.1. */
    private static Map<String, Object> ofItem(long planItemId, LocalDate due) {
        return with(with(with(task("CCHC", "Tiến độ"), "planItemId", planItemId), "dueDate", due.toString()),
                "assigneeId", officerId("officer.cchc.1"));
    }

    /** The administrator backfills a task of the item, completed and accepted at {@code completedAt}. */
    private static long doneAt(long planItemId, LocalDate due, Instant completedAt) {
        long id = assign("admin", ofItem(planItemId, due));
        as("admin").body(Map.of("documentNumber", "7/BC-CCHC", "issuedOn", due.minusDays(1).toString(),
                "summary", "Báo cáo kết quả", "submittedAt", completedAt.toString()))
                .when().post("/api/tasks/{id}/submissions", id).then().statusCode(201);
        as("admin").body(Map.of("verdict", "ACCEPTED", "reviewedAt", completedAt.plusSeconds(3600).toString()))
                .when().post("/api/tasks/{id}/reviews", id).then().statusCode(200);
        return id;
    }

    /** A moment of a calendar day in Hưng Yên's time zone. */
    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
    }

    @Test
    void countsTopLevelUncancelledTasksWithTheTimelinessOfTheTaskView() {
        long item = 820_001;
        LocalDate due = TODAY.minusDays(10);
        doneAt(item, due, at(due, 23, 30));
        doneAt(item, due, at(due.plusDays(1), 0, 30));
        assign("admin", with(ofItem(item, TODAY.minusDays(1)), "coordinatingUnits", List.of("VP")));
        assign("head.cchc", ofItem(item, TODAY));
        long submitted = assign("head.cchc", ofItem(item, TODAY.plusDays(20)));
        Api.submitAsOfficerCchc1(submitted);
        long cancelled = assign("admin", ofItem(item, TODAY.minusDays(5)));
        as("admin").body(Map.of("reason", "Trùng nhiệm vụ")).when().post("/api/tasks/{id}/cancel", cancelled)
                .then().statusCode(200);

        as("director").queryParam("planItemId", item).queryParam("planItemId", 820_002)
                .when().get("/api/tasks/progress").then().statusCode(200)
                .body("planItemId", contains((int) item))
                .body("[0].total", is(5))
                .body("[0].done", is(2))
                .body("[0].doneLate", is(1))
                .body("[0].open", is(3))
                .body("[0].overdue", is(1));
    }

    @Test
    void theCountsAgreeWithTheTimelinessOfEveryListedTask() {
        long item = 820_003;
        LocalDate due = TODAY.minusDays(3);
        doneAt(item, due, at(due, 0, 0));
        doneAt(item, due, at(due, 23, 59));
        doneAt(item, due, at(due.plusDays(1), 0, 0));
        doneAt(item, due.minusDays(2), at(due, 12, 0));
        assign("admin", ofItem(item, TODAY.minusDays(1)));
        assign("admin", ofItem(item, TODAY));
        assign("admin", with(ofItem(item, TODAY.plusDays(3)), "coordinatingUnits", List.of("VP", "TTRA")));
        long handedInLate = assign("admin", with(ofItem(item, TODAY.minusDays(2)), "assigneeId",
                officerId("officer.cchc.1")));
        Api.submitAsOfficerCchc1(handedInLate);

        Map<String, Long> timeliness = as("director").queryParam("planItemId", item).queryParam("size", 200)
                .when().get("/api/tasks").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("items").stream()
                .filter(t -> t.get("parentId") == null && !"CANCELLED".equals(t.get("status")))
                .collect(Collectors.groupingBy(t -> (String) t.get("timeliness"), Collectors.counting()));
        var progress = as("director").queryParam("planItemId", item).when().get("/api/tasks/progress").then()
                .statusCode(200).extract().jsonPath();

        long doneOnTime = timeliness.getOrDefault("DONE_ON_TIME", 0L);
        long doneLate = timeliness.getOrDefault("DONE_LATE", 0L);
        long overdue = timeliness.getOrDefault("OVERDUE", 0L);
        assertThat(List.of(doneOnTime, doneLate, overdue)).containsExactly(2L, 2L, 1L);
        assertThat(timeliness.get("AWAITING_REVIEW")).isEqualTo(1L);
        as("director").queryParam("planItemId", item).queryParam("overdue", true).when().get("/api/tasks").then()
                .statusCode(200).body("total", is((int) overdue));
        assertThat(progress.getLong("[0].total")).isEqualTo(timeliness.values().stream().mapToLong(n -> n).sum());
        assertThat(progress.getLong("[0].done")).isEqualTo(doneOnTime + doneLate);
        assertThat(progress.getLong("[0].doneLate")).isEqualTo(doneLate);
        assertThat(progress.getLong("[0].open")).isEqualTo(progress.getLong("[0].total") - doneOnTime - doneLate);
        assertThat(progress.getLong("[0].overdue")).isEqualTo(overdue);
    }

    @Test
    void eachCallerCountsOnlyTheTasksTheirListShows() {
        long item = 820_004;
        assign("head.cchc", ofItem(item, TODAY.plusDays(5)));
        assign("head.cchc", with(ofItem(item, TODAY.plusDays(5)), "assigneeId", officerId("officer.cchc.2")));
        assign("head.cchc", with(with(ofItem(item, TODAY.plusDays(5)), "assigneeId", null), "coordinatingUnits",
                List.of("VP")));

        as("head.cchc").queryParam("planItemId", item).when().get("/api/tasks/progress").then()
                .body("[0].total", is(3));
        as("officer.cchc.2").queryParam("planItemId", item).when().get("/api/tasks/progress").then()
                .body("[0].total", is(1));
        as("head.vp").queryParam("planItemId", item).when().get("/api/tasks/progress").then()
                .statusCode(200).body("$", empty());
    }

    @Test
    void theProgressPathIsNotReadAsATaskId() {
        long id = assign("head.cchc", ofItem(820_005, TODAY.plusDays(5)));
        as("head.cchc").queryParam("planItemId", 820_005).when().get("/api/tasks/progress").then()
                .statusCode(200).body("[0].planItemId", is(820_005));
        as("head.cchc").when().get("/api/tasks/{id}", id).then().statusCode(200).body("id", is((int) id));
    }

    @Test
    void theItemListIsRequiredAndBounded() {
        as("head.cchc").when().get("/api/tasks/progress").then().statusCode(400)
                .body("code", is("validation"))
                .body("violations.message", hasItem("cần ít nhất một planItemId (mã mục danh mục)"));
        List<Long> tooMany = LongStream.rangeClosed(1, 201).boxed().toList();
        as("head.cchc").queryParam("planItemId", tooMany).when().get("/api/tasks/progress").then().statusCode(400)
                .body("detail", containsString("mỗi lần tối đa 200 mục danh mục (planItemId)"));
        as("head.cchc").queryParam("planItemId", tooMany.subList(0, 200)).when().get("/api/tasks/progress").then()
                .statusCode(200);
        as("head.cchc").queryParam("planItemId", "").when().get("/api/tasks/progress").then().statusCode(400);
    }
}
