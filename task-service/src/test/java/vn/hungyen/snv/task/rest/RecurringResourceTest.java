package vn.hungyen.snv.task.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static vn.hungyen.snv.task.testing.Api.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.organisation.DemoOrganisation;
import vn.hungyen.snv.common.security.Claims;
import vn.hungyen.snv.task.service.RecurringTaskService;
import vn.hungyen.snv.task.testing.Api;
import vn.hungyen.snv.task.testing.CatalogueItems;
import vn.hungyen.snv.task.testing.PlanServiceFake;

/** Recurring assignments listed in the caller's scope, and stopped: no task for any later month. */
@QuarkusTest
@WithTestResource(PlanServiceFake.class)
class RecurringResourceTest {

    private static final YearMonth THIS_MONTH = YearMonth.from(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
    private static final Map<String, String> REASON = Map.of("reason", "Chuyển sang Văn phòng Sở thực hiện");

    @Inject
    RecurringTaskService recurring;

    @Test
    void eachCallerListsTheRecurringAssignmentsOfTheirScopeWithWhatTheyHaveWritten() {
        long officer = Api.officerId("officer.cchc.1");
        long firstTask = Api.assign("head.cchc", Map.of("planItemId", CatalogueItems.REGULAR_TO_STOP,
                "recurring", true, "assigneeId", officer));
        long cchc = recurringIdOf(firstTask);
        long vp = recurringIdOf(Api.assign("head.vp", Map.of("planItemId", CatalogueItems.MONTHLY_ON_10_TO_STOP,
                "recurring", true)));

        JsonPath row = row("head.cchc", cchc);
        assertThat(row.getLong("planItemId")).isEqualTo(CatalogueItems.REGULAR_TO_STOP);
        assertThat(row.getString("title")).isEqualTo("Hướng dẫn, kiểm tra việc niêm yết thủ tục hành chính");
        assertThat(row.getString("unitCode")).isEqualTo("CCHC");
        assertThat(row.getLong("assigneeId")).isEqualTo(officer);
        assertThat(row.getString("expectedProduct")).isEqualTo("Báo cáo");
        assertThat(row.getString("deadline")).isEqualTo("Thường xuyên");
        assertThat(row.getString("firstMonth")).isEqualTo(THIS_MONTH.toString());
        assertThat(row.getString("assignedBy")).isEqualTo("head.cchc");
        assertThat(row.getString("createdAt")).isNotNull();
        assertThat(row.getLong("monthsWritten")).isEqualTo(1);
        assertThat(row.getLong("lastTaskId")).isEqualTo(firstTask);
        assertThat(row.getString("stoppedAt")).isNull();

        assertThat(ids("head.cchc", Map.of())).contains(cchc).doesNotContain(vp);
        assertThat(ids("head.vp", Map.of())).contains(vp).doesNotContain(cchc);
        assertThat(ids("deputy1", Map.of())).contains(cchc, vp);
        assertThat(ids("deputy2", Map.of())).doesNotContain(cchc, vp);
        assertThat(ids("director", Map.of("unit", "VP"))).contains(vp).doesNotContain(cchc);
        assertThat(ids("head.cchc", Map.of("unit", "VP"))).isEmpty();
        assertThat(ids("officer.cchc.1", Map.of())).contains(cchc).doesNotContain(vp);
        assertThat(ids("officer.cchc.2", Map.of())).doesNotContain(cchc);
        as("head.cchc").when().get("/api/tasks/recurring").then().statusCode(200)
                .body("unitCode", everyItem(is("CCHC")));

        recurring.generate(THIS_MONTH.plusMonths(1));
        JsonPath later = row("head.cchc", cchc);
        assertThat(later.getLong("monthsWritten")).isEqualTo(2);
        as("head.cchc").when().get("/api/tasks/{id}", later.getLong("lastTaskId")).then().statusCode(200)
                .body("dueDate", is(THIS_MONTH.plusMonths(1).atEndOfMonth().toString()));
    }

    @Test
    void aStoppedAssignmentRecordsWhoWhenAndWhyAndWritesNoLaterMonth() {
        long firstTask = Api.assign("head.cchc", Map.of("planItemId", CatalogueItems.REGULAR_TO_STOP,
                "recurring", true));
        long stopped = recurringIdOf(firstTask);
        long running = recurringIdOf(Api.assign("head.cchc", Map.of("planItemId", CatalogueItems.REGULAR_TO_STOP,
                "recurring", true)));

        as("head.cchc").body(REASON).when().post("/api/tasks/recurring/{id}/stop", stopped).then().statusCode(200)
                .body("id", is((int) stopped))
                .body("stoppedBy", is("head.cchc"))
                .body("stopReason", is(REASON.get("reason")))
                .body("stoppedAt", notNullValue())
                .body("monthsWritten", is(1))
                .body("lastTaskId", is((int) firstTask));
        assertThat(ids("head.cchc", Map.of("active", true))).contains(running).doesNotContain(stopped);
        assertThat(ids("head.cchc", Map.of("active", false))).contains(stopped).doesNotContain(running);

        recurring.generate(THIS_MONTH.plusMonths(2));
        recurring.generate(THIS_MONTH.plusMonths(3));
        assertThat(row("director", running).getLong("monthsWritten")).isEqualTo(3);
        JsonPath afterStop = row("director", stopped);
        assertThat(afterStop.getLong("monthsWritten")).isEqualTo(1);
        assertThat(afterStop.getLong("lastTaskId")).isEqualTo(firstTask);
        as("head.cchc").when().get("/api/tasks/{id}", firstTask).then().statusCode(200)
                .body("status", is("ASSIGNED"));

        as("director").body(Map.of("reason", "Dừng lần nữa")).when().post("/api/tasks/recurring/{id}/stop", stopped)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", is("recurring-stopped"))
                .body("detail", containsString("head.cchc"));
        assertThat(row("director", stopped).getString("stopReason")).isEqualTo(REASON.get("reason"));
    }

    @Test
    void onlyWhoMayAssignInTheUnitStopsItAndOthersDoNotFindIt() {
        long officer = Api.officerId("officer.cchc.1");
        long id = recurringIdOf(Api.assign("head.cchc", Map.of("planItemId", CatalogueItems.REGULAR_TO_STOP,
                "recurring", true, "assigneeId", officer)));

        as("officer.cchc.1").body(REASON).when().post("/api/tasks/recurring/{id}/stop", id).then().statusCode(403);
        given().header("Authorization", "Bearer " + Jwt.upn("head.elsewhere").groups(Set.of("head"))
                        .claim(Claims.ORGANISATION, DemoOrganisation.DEPARTMENT).claim(Claims.UNIT, "VP")
                        .claim(Claims.OFFICER_ID, officer).sign())
                .contentType(ContentType.JSON).body(REASON).when().post("/api/tasks/recurring/{id}/stop", id)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", is("not-unit-leader"));
        as("head.vp").body(REASON).when().post("/api/tasks/recurring/{id}/stop", id).then().statusCode(404)
                .contentType("application/problem+json");
        as("deputy2").body(REASON).when().post("/api/tasks/recurring/{id}/stop", id).then().statusCode(404);
        as("director").body(REASON).when().post("/api/tasks/recurring/{id}/stop", 987654).then().statusCode(404)
                .body("code", is("not-found"));
        assertThat(row("director", id).getString("stoppedAt")).isNull();

        as("deputyhead.cchc.1").body(REASON).when().post("/api/tasks/recurring/{id}/stop", id).then().statusCode(200)
                .body("stoppedBy", is("deputyhead.cchc.1"));
    }

    @Test
    void aStopNeedsAReason() {
        long id = recurringIdOf(Api.assign("head.vp", Map.of("planItemId", CatalogueItems.MONTHLY_ON_10_TO_STOP,
                "recurring", true)));

        as("head.vp").body(Map.of("reason", "   ")).when().post("/api/tasks/recurring/{id}/stop", id).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("validation"))
                .body("violations.field", hasItem("reason"))
                .body("violations.message", hasItem("cần lý do dừng việc định kỳ"));
        as("head.vp").body(Map.of()).when().post("/api/tasks/recurring/{id}/stop", id).then().statusCode(400)
                .body("violations.message", hasItem("cần lý do dừng việc định kỳ"));
        as("head.vp").when().post("/api/tasks/recurring/{id}/stop", id).then().statusCode(400)
                .body("detail", containsString("cần lý do dừng việc định kỳ"));
        assertThat(row("head.vp", id).getString("stoppedAt")).isNull();
    }

    /** The recurring assignment whose latest task is this one, just written by POST /api/tasks. */
    private static long recurringIdOf(long taskId) {
        List<Map<String, Object>> rows = as("admin").when().get("/api/tasks/recurring").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.lastTaskId == " + taskId + " }");
        assertThat(rows).hasSize(1);
        return ((Number) rows.get(0).get("id")).longValue();
    }

    private static JsonPath row(String username, long id) {
        JsonPath list = as(username).when().get("/api/tasks/recurring").then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("id", Long.class)).contains(id);
        return new JsonPath(list.prettify()).setRootPath("find { it.id == " + id + " }");
    }

    private static List<Long> ids(String username, Map<String, ?> query) {
        return as(username).queryParams(query).when().get("/api/tasks/recurring").then().statusCode(200)
                .extract().jsonPath().getList("id", Long.class);
    }
}
