package vn.hungyen.snv.task.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static vn.hungyen.snv.task.testing.Api.as;
import static vn.hungyen.snv.task.testing.Api.assign;
import static vn.hungyen.snv.task.testing.Api.officerId;
import static vn.hungyen.snv.task.testing.Api.submitAsOfficerCchc1;
import static vn.hungyen.snv.task.testing.Api.task;
import static vn.hungyen.snv.task.testing.Api.taskForOfficerCchc1;
import static vn.hungyen.snv.task.testing.Api.version;
import static vn.hungyen.snv.task.testing.Api.with;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.common.organisation.DemoOrganisation;
import vn.hungyen.snv.common.security.Claims;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.task.service.RecurringTaskService;
import vn.hungyen.snv.task.testing.Api;
import vn.hungyen.snv.task.testing.CatalogueItems;
import vn.hungyen.snv.task.testing.PlanServiceFake;

/**
 * Tasks belong to the organisation of whoever assigned them: another organisation's task is answered as if it did
 * not exist, for reading and for every change, and no list shows it. The Department (SNV) and the Mỹ Hào People's
 * Committee (MYHAO) of the demo are the two organisations.
 */
@QuarkusTest
@WithTestResource(PlanServiceFake.class)
class OrganisationIsolationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Object> ACCEPT = Map.of("verdict", "ACCEPTED");
    private static final Map<String, Object> CANCEL = Map.of("reason", "Không thuộc thẩm quyền");

    @Inject
    RecurringTaskService recurring;

    /** A task body of a catalogue item id no other test uses, so that lists can be asked for it alone. */
    private static Map<String, Object> ownItem(Map<String, Object> body, long planItemId) {
        return with(body, "planItemId", planItemId);
    }

    private static long uniqueItemId() {
        return 800_000 + (UUID.randomUUID().getMostSignificantBits() & 0xFFFFF);
    }

    @Test
    void myHaoCallersFindNoDepartmentTaskAndChangeNothingOfIt() {
        long item = uniqueItemId();
        long id = assign("head.cchc", ownItem(with(task("CCHC", "Việc của Sở"), "assigneeId",
                officerId("officer.cchc.1")), item));
        submitAsOfficerCchc1(id);
        long versionBefore = version(id);

        for (String caller : List.of("head.nv.myhao", "admin.myhao")) {
            notFound(caller, "get", "/api/tasks/{id}", id, null);
            notFound(caller, "post", "/api/tasks/{id}/submissions", id, Map.of("documentNumber", "01/BC-NV",
                    "issuedOn", LocalDate.now().toString(), "summary", "Báo cáo"));
            notFound(caller, "post", "/api/tasks/{id}/reviews", id, ACCEPT);
            notFound(caller, "post", "/api/tasks/{id}/cancel", id, CANCEL);
            notFound(caller, "put", "/api/tasks/{id}/assignee", id, Map.of("assigneeId",
                    officerId("officer.nv.myhao.1")));
            as(caller).queryParam("planItemId", item).when().get("/api/tasks").then().statusCode(200)
                    .body("total", is(0)).body("items", empty());
            as(caller).queryParam("planItemId", item).when().get("/api/tasks/progress").then().statusCode(200)
                    .body("", empty());
        }
        notFound("head.nv.myhao", "post", "/api/tasks/{id}/extensions", id, Map.of("requestedDueDate",
                LocalDate.now().plusMonths(3).toString(), "reason", "Chờ số liệu"));

        as("head.cchc").when().get("/api/tasks/{id}", id).then().statusCode(200)
                .body("status", is("SUBMITTED"))
                .body("version", is((int) versionBefore))
                .body("organisationCode", is(DemoOrganisation.DEPARTMENT))
                .body("assigneeId", is((int) officerId("officer.cchc.1")));
        as("admin").queryParam("planItemId", item).when().get("/api/tasks").then().body("total", is(1));
        as("admin").queryParam("planItemId", item).when().get("/api/tasks/progress").then()
                .body("[0].total", is(1));
    }

    @Test
    void departmentCallersFindNoMyHaoTaskAndMyHaoSeesItsOwn() {
        long item = uniqueItemId();
        long officer = officerId("officer.nv.myhao.1");
        long id = assign("head.nv.myhao", ownItem(with(task("MH-NV", "Việc của thị xã"), "assigneeId", officer),
                item));
        as("head.nv.myhao").when().get("/api/tasks/{id}", id).then().statusCode(200)
                .body("organisationCode", is(DemoOrganisation.MY_HAO))
                .body("unitCode", is("MH-NV"));

        for (String caller : List.of("head.cchc", "admin", "director")) {
            notFound(caller, "get", "/api/tasks/{id}", id, null);
            notFound(caller, "post", "/api/tasks/{id}/cancel", id, CANCEL);
            notFound(caller, "put", "/api/tasks/{id}/assignee", id, Map.of("assigneeId",
                    officerId("officer.cchc.1")));
            as(caller).queryParam("planItemId", item).when().get("/api/tasks").then().statusCode(200)
                    .body("total", is(0));
            as(caller).queryParam("planItemId", item).when().get("/api/tasks/progress").then().body("", empty());
        }
        notFound("officer.cchc.1", "post", "/api/tasks/{id}/submissions", id, Map.of("documentNumber", "02/BC",
                "issuedOn", LocalDate.now().toString(), "summary", "Báo cáo"));

        for (String caller : List.of("head.nv.myhao", "admin.myhao", "chairman.myhao", "officer.nv.myhao.1")) {
            as(caller).queryParam("planItemId", item).when().get("/api/tasks").then().statusCode(200)
                    .body("total", is(1)).body("items[0].id", is((int) id));
        }
        as("officer.nv.myhao.1").body(Map.of("documentNumber", "03/BC-NV", "issuedOn", LocalDate.now().toString(),
                "summary", "Báo cáo rà soát")).when().post("/api/tasks/{id}/submissions", id).then().statusCode(201);
        as("head.nv.myhao").body(ACCEPT).when().post("/api/tasks/{id}/reviews", id).then().statusCode(200)
                .body("status", is("DONE"));
    }

    @Test
    void myHaoAssignsToItsOwnUnitsOnlyAndItsTasksAndEventsCarryItsOrganisation() throws IOException {
        JsonPath lead = as("admin.myhao").body(Map.of("planItemId", CatalogueItems.MY_HAO_DATED)).when()
                .post("/api/tasks").then().statusCode(201)
                .body("organisationCode", is(DemoOrganisation.MY_HAO))
                .body("unitCode", is("MH-NV"))
                .extract().jsonPath();
        long leadId = lead.getLong("id");
        List<Map<String, Object>> children = as("admin.myhao").queryParam("planItemId", CatalogueItems.MY_HAO_DATED)
                .queryParam("unit", "MH-VP").when().get("/api/tasks").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(children).extracting(c -> c.get("organisationCode")).containsOnly(DemoOrganisation.MY_HAO);
        assertThat(children).extracting(c -> ((Number) c.get("parentId")).longValue()).contains(leadId);

        var assigned = JSON.readTree(Api.outboxPayloads(leadId).get(0));
        assertThat(assigned.get("type").asText()).isEqualTo(TaskEvent.Type.ASSIGNED);
        assertThat(assigned.get("organisationCode").asText()).isEqualTo(DemoOrganisation.MY_HAO);
        as("admin.myhao").body(CANCEL).when().post("/api/tasks/{id}/cancel", leadId).then().statusCode(200);
        assertThat(Api.outboxPayloads(leadId)).hasSize(2).allSatisfy(payload -> assertThat(JSON.readTree(payload)
                .get("organisationCode").asText()).isEqualTo(DemoOrganisation.MY_HAO));

        as("head.nv.myhao").body(task("MH-VP", "Việc của Văn phòng")).when().post("/api/tasks").then()
                .statusCode(403).body("code", is("unit-out-of-scope"));
        for (String caller : List.of("head.nv.myhao", "admin.myhao")) {
            as(caller).body(task("CCHC", "Việc giao sang Sở")).when().post("/api/tasks").then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("code", is("unknown-unit"))
                    .body("detail", is("Không có đơn vị mã CCHC."));
        }
        as("head.nv.myhao").body(with(task("MH-NV", "Giao cho cán bộ của Sở"), "assigneeId",
                officerId("officer.cchc.1"))).when().post("/api/tasks").then().statusCode(422)
                .body("code", is("unknown-officer"));
        as("head.cchc").body(Map.of("planItemId", CatalogueItems.MY_HAO_DATED)).when().post("/api/tasks").then()
                .statusCode(422).body("code", is("unknown-plan-item"));
        as("admin").queryParam("planItemId", CatalogueItems.MY_HAO_DATED).when().get("/api/tasks").then()
                .body("total", is(0));
    }

    @Test
    void recurringAssignmentsAndTheirMonthsStayWithinTheirOrganisation() {
        long first = assign("head.vp.myhao", Map.of("planItemId", CatalogueItems.MY_HAO_MONTHLY_ON_25,
                "recurring", true));
        long assignment = as("head.vp.myhao").when().get("/api/tasks/recurring").then().statusCode(200)
                .extract().jsonPath().getLong("find { it.lastTaskId == " + first + " }.id");
        as("admin.myhao").when().get("/api/tasks/recurring").then()
                .body("find { it.id == " + assignment + " }.organisationCode", is(DemoOrganisation.MY_HAO));
        as("admin").when().get("/api/tasks/recurring").then().statusCode(200)
                .body("id", not(hasItem((int) assignment)))
                .body("organisationCode", everyItem(is(DemoOrganisation.DEPARTMENT)));
        notFound("admin", "post", "/api/tasks/recurring/{id}/stop", assignment, Map.of("reason", "Không cần nữa"));

        YearMonth later = YearMonth.from(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))).plusMonths(2);
        recurring.generate(later);
        List<Map<String, Object>> written = as("admin.myhao")
                .queryParam("planItemId", CatalogueItems.MY_HAO_MONTHLY_ON_25)
                .queryParam("dueFrom", later.atDay(1).toString()).queryParam("dueTo", later.atEndOfMonth().toString())
                .when().get("/api/tasks").then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(written).hasSize(1).first().satisfies(t -> {
            assertThat(t.get("organisationCode")).isEqualTo(DemoOrganisation.MY_HAO);
            assertThat(t.get("dueDate")).isEqualTo(later.atDay(25).toString());
        });
        as("director").queryParam("planItemId", CatalogueItems.MY_HAO_MONTHLY_ON_25).when().get("/api/tasks")
                .then().body("total", is(0));
    }

    @Test
    void theSystemAdministratorSeesNoTaskAndAssignsNone() {
        long id = taskForOfficerCchc1("Việc quản trị hệ thống không thấy");
        as("sysadmin").when().get("/api/tasks/{id}", id).then().statusCode(403);
        as("sysadmin").when().get("/api/tasks").then().statusCode(403);
        as("sysadmin").when().get("/api/tasks/recurring").then().statusCode(403);
        as("sysadmin").body(task("CCHC", "Giao việc không được phép")).when().post("/api/tasks").then()
                .statusCode(403);
    }

    @Test
    void aTokenOfNoOrganisationIsRefusedRatherThanWritingATaskOfNone() {
        String token = Jwt.upn("head.cchc").groups(Set.of(Roles.HEAD)).claim(Claims.UNIT, "CCHC").sign();
        given().auth().oauth2(token).contentType(ContentType.JSON).body(task("CCHC", "Việc của thẻ không tổ chức"))
                .when().post("/api/tasks").then().statusCode(403).contentType("application/problem+json")
                .body("code", is("no-organisation"));
        given().auth().oauth2(token).when().get("/api/tasks").then().statusCode(403);
    }

    private static void notFound(String caller, String method, String path, long id, Map<String, Object> body) {
        var request = as(caller);
        if (body != null) {
            request.body(body);
        }
        request.when().request(method, path, id).then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", is("not-found"));
    }
}
