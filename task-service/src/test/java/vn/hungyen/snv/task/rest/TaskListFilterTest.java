package vn.hungyen.snv.task.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static vn.hungyen.snv.task.testing.Api.as;
import static vn.hungyen.snv.task.testing.Api.assign;
import static vn.hungyen.snv.task.testing.Api.officerId;
import static vn.hungyen.snv.task.testing.Api.task;
import static vn.hungyen.snv.task.testing.Api.with;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.calendar.WorkingDayCalendar;
import vn.hungyen.snv.task.testing.Api;
import vn.hungyen.snv.task.testing.PlanServiceFake;

/** The list filters of the issue: my tasks, a unit's, overdue, due soon, catalogue item, status, due range. */
@QuarkusTest
@WithTestResource(PlanServiceFake.class)
class TaskListFilterTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.vietnam();

    /** Tasks of one catalogue item id no other test uses, so that lists can be compared exactly. */
    private static Map<String, Object> ofItem(long planItemId, String title, LocalDate due) {
        return with(with(task("CCHC", title), "planItemId", planItemId), "dueDate", due.toString());
    }

    @Test
    void openDueSoonAndOverdueSplitTheTasksByTheWorkingDayCalendar() {
        long item = 810_001;
        LocalDate lastSoon = CALENDAR.addWorkingDays(TODAY, 3);
        long dueToday = assign("head.cchc", ofItem(item, "Hạn hôm nay", TODAY));
        long dueLastSoonDay = assign("head.cchc", ofItem(item, "Hạn trong 3 ngày làm việc", lastSoon));
        long dueLater = assign("head.cchc", ofItem(item, "Hạn sau cửa sổ", CALENDAR.addWorkingDays(TODAY, 4)));
        long overdue = assign("admin", ofItem(item, "Quá hạn", TODAY.minusDays(3)));
        long cancelled = assign("head.cchc", ofItem(item, "Đã hủy", TODAY));
        as("head.cchc").body(Map.of("reason", "Trùng nhiệm vụ")).when().post("/api/tasks/{id}/cancel", cancelled)
                .then().statusCode(200);

        as("head.cchc").queryParam("planItemId", item).queryParam("dueSoon", true).when().get("/api/tasks").then()
                .statusCode(200)
                .body("items.id", is(List.of((int) dueToday, (int) dueLastSoonDay)))
                .body("items.timeliness", everyItem(is("DUE_SOON")))
                .body("total", is(2));
        as("head.cchc").queryParam("planItemId", item).queryParam("overdue", true).when().get("/api/tasks").then()
                .body("items.id", is(List.of((int) overdue)))
                .body("items.timeliness", is(List.of("OVERDUE")));
        as("head.cchc").queryParam("planItemId", item).queryParam("dueSoon", false).queryParam("overdue", false)
                .when().get("/api/tasks").then()
                .body("items.id", is(List.of((int) cancelled, (int) dueLater)));
        as("head.cchc").queryParam("planItemId", item).queryParam("open", true).when().get("/api/tasks").then()
                .body("items.id", is(List.of((int) overdue, (int) dueToday, (int) dueLastSoonDay, (int) dueLater)));
        as("head.cchc").queryParam("planItemId", item).queryParam("open", false).when().get("/api/tasks").then()
                .body("items.id", is(List.of((int) cancelled)));
    }

    @Test
    void anExtensionWithoutObjectiveCauseLeavesTheTaskOverdueAgainstTheDateTheRatingUses() {
        long item = 810_004;
        LocalDate original = TODAY.minusDays(3);
        LocalDate granted = TODAY.plusDays(20);
        long notObjective = assign("admin", ofItem(item, "Gia hạn không do nguyên nhân khách quan", original));
        long objective = assign("admin", ofItem(item, "Gia hạn do nguyên nhân khách quan", original));
        extend(notObjective, granted, false);
        extend(objective, granted, true);

        as("head.cchc").queryParam("planItemId", item).queryParam("overdue", true).when().get("/api/tasks").then()
                .statusCode(200)
                .body("items.id", is(List.of((int) notObjective)))
                .body("items[0].timeliness", is("OVERDUE"))
                .body("items[0].dueDate", is(granted.toString()))
                .body("items[0].ratedDueDate", is(original.toString()));
        as("head.cchc").when().get("/api/tasks/{id}", objective).then().statusCode(200)
                .body("dueDate", is(granted.toString()))
                .body("ratedDueDate", is(granted.toString()))
                .body("timeliness", is("ON_TRACK"));
    }

    @Test
    void pendingExtensionRequestsAreListedAtAGlance() {
        long item = 810_005;
        long pending = assign("head.cchc", ofItem(item, "Đang chờ quyết định gia hạn", TODAY.plusDays(5)));
        long decided = assign("head.cchc", ofItem(item, "Đã quyết định gia hạn", TODAY.plusDays(5)));
        assign("head.cchc", ofItem(item, "Không đề nghị gia hạn", TODAY.plusDays(5)));
        as("head.cchc").body(Map.of("requestedDueDate", TODAY.plusDays(9).toString(), "reason", "Chờ số liệu"))
                .when().post("/api/tasks/{id}/extensions", pending).then().statusCode(201);
        extend(decided, TODAY.plusDays(9), true);

        as("head.cchc").queryParam("planItemId", item).queryParam("pendingExtension", true).when().get("/api/tasks")
                .then().statusCode(200)
                .body("items.id", is(List.of((int) pending)))
                .body("items[0].extensions.status", is(List.of("PENDING")))
                .body("items[0].extensions[0].requestedDueDate", is(TODAY.plusDays(9).toString()))
                .body("items[0].extensions[0].reason", is("Chờ số liệu"))
                .body("total", is(1));
        as("head.cchc").queryParam("planItemId", item).queryParam("pendingExtension", false).when().get("/api/tasks")
                .then().body("total", is(2)).body("items.extensions.flatten()", is(List.of()));
    }

    private static void extend(long taskId, LocalDate to, boolean objectiveCause) {
        long extension = as("head.cchc").body(Map.of("requestedDueDate", to.toString(), "reason", "Chờ số liệu"))
                .when().post("/api/tasks/{id}/extensions", taskId).then().statusCode(201)
                .extract().jsonPath().getLong("extensions[0].id");
        as("admin").body(Map.of("approved", true, "objectiveCause", objectiveCause)).when()
                .post("/api/tasks/{id}/extensions/{e}/decision", taskId, extension).then().statusCode(200);
    }

    @Test
    void myTasksAndTheUnitsTasksFilterByStatusAssigneeAndDueRangeInPages() {
        long item = 810_002;
        long officer = officerId("officer.cchc.1");
        long first = assign("head.cchc", with(ofItem(item, "Việc 1", TODAY.plusDays(20)), "assigneeId", officer));
        long second = assign("head.cchc", with(ofItem(item, "Việc 2", TODAY.plusDays(21)), "assigneeId", officer));
        long third = assign("head.cchc", ofItem(item, "Việc 3 của phòng", TODAY.plusDays(22)));

        as("officer.cchc.1").queryParam("planItemId", item).queryParam("size", 1).queryParam("page", 1).when()
                .get("/api/tasks").then().statusCode(200)
                .body("items.id", is(List.of((int) second)))
                .body("total", is(2));
        as("head.cchc").queryParam("planItemId", item).queryParam("unit", "CCHC").when().get("/api/tasks").then()
                .body("items.id", is(List.of((int) first, (int) second, (int) third)));
        as("head.cchc").queryParam("planItemId", item).queryParam("assigneeId", officer)
                .queryParam("dueFrom", TODAY.plusDays(21).toString()).queryParam("dueTo", TODAY.plusDays(30).toString())
                .when().get("/api/tasks").then().body("items.id", is(List.of((int) second)));
        Api.submitAsOfficerCchc1(first);
        as("head.cchc").queryParam("planItemId", item).queryParam("status", "SUBMITTED").when().get("/api/tasks")
                .then().body("items.id", is(List.of((int) first)));
        as("head.vp").queryParam("planItemId", item).when().get("/api/tasks").then().body("total", is(0));
    }

    @Test
    void aFilterOfTheWrongFormIsA400ThatNamesIt_anEmptyOneIsNoFilter() {
        as("head.cchc").queryParam("planItemId", "abc").when().get("/api/tasks").then()
                .statusCode(400).contentType("application/problem+json")
                .body("code", is("invalid-parameter"))
                .body("violations.field", is(List.of("planItemId")))
                .body("detail", is("Tham số planItemId phải là một số nguyên, không phải \"abc\"."));
        as("head.cchc").queryParam("dueFrom", "31/03/2024").when().get("/api/tasks").then()
                .statusCode(400).body("violations.field", is(List.of("dueFrom")));
        as("head.cchc").queryParam("status", "FINISHED").when().get("/api/tasks").then()
                .statusCode(400).body("detail", containsString("ASSIGNED"));
        as("head.cchc").queryParam("overdue", "maybe").when().get("/api/tasks").then()
                .statusCode(400).body("violations.field", is(List.of("overdue")));
        // an empty value is no filter, as a form left blank sends it
        long item = 810_003;
        long task = assign("head.cchc", ofItem(item, "Lọc để trống", TODAY.plusDays(5)));
        as("head.cchc").queryParam("planItemId", item).queryParam("status", "").queryParam("overdue", "")
                .queryParam("dueFrom", "").queryParam("page", "").when().get("/api/tasks").then()
                .statusCode(200).body("items.id", is(List.of((int) task)));
    }
}
