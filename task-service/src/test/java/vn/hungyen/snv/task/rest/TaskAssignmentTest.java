package vn.hungyen.snv.task.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static vn.hungyen.snv.task.testing.Api.as;
import static vn.hungyen.snv.task.testing.Api.assign;
import static vn.hungyen.snv.task.testing.Api.officerId;
import static vn.hungyen.snv.task.testing.Api.task;
import static vn.hungyen.snv.task.testing.Api.with;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.task.domain.DisplayFormats;
import vn.hungyen.snv.task.testing.Api;
import vn.hungyen.snv.task.testing.PlanServiceFake;

@QuarkusTest
@WithTestResource(PlanServiceFake.class)
class TaskAssignmentTest {

    @Test
    void tasksNeedAValidToken() {
        given().when().get("/api/tasks").then().statusCode(401);
        given().header("Authorization", "Bearer not-a-token").when().get("/api/tasks").then().statusCode(401);
        given().contentType(ContentType.JSON).body(task("CCHC", "Không có thẻ")).when().post("/api/tasks")
                .then().statusCode(401);
    }

    @Test
    void anOfficerCannotAssign() {
        as("officer.cchc.1").body(task("CCHC", "Cán bộ tự giao")).when().post("/api/tasks").then().statusCode(403);
    }

    @Test
    void aHeadAssignsInTheirUnit() {
        Map<String, Object> body = with(task("CCHC", "Báo cáo kết quả kiểm tra CCHC"), "assigneeId",
                officerId("officer.cchc.1"));
        var response = as("head.cchc").body(body).when().post("/api/tasks").then().statusCode(201)
                .header("Location", containsString("/api/tasks/"))
                .body("title", is(body.get("title")))
                .body("unitCode", is("CCHC"))
                .body("assigneeId", is((int) officerId("officer.cchc.1")))
                .body("assignedBy", is("head.cchc"))
                .body("dueDate", is(body.get("dueDate")))
                .body("status", is("ASSIGNED"))
                .body("timeliness", is("ON_TRACK"))
                .body("weight", is(1.0f))
                .body("history.action", is(List.of("ASSIGNED")))
                .extract();
        // the history names the unit and the officer as people read them, never by code or id
        assertThat(response.jsonPath().getString("history[0].detail")).isEqualTo("Giao cho Phòng Cải cách hành "
                + "chính, Mai Minh Khánh, hạn " + DisplayFormats.DATE.format(LocalDate.parse((String) body.get("dueDate"))));
        long id = response.jsonPath().getLong("id");
        assertThat(response.header("Location")).endsWith("/api/tasks/" + id);
        as("head.cchc").when().get(response.header("Location")).then().statusCode(200).body("id", is((int) id));
    }

    @Test
    void aHeadCannotAssignToAnotherUnit() {
        as("head.vp").body(task("CCHC", "Giao sang phòng khác")).when().post("/api/tasks").then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", is("unit-out-of-scope"))
                .body("detail", containsString("CCHC"));
    }

    @Test
    void missingFieldsAndBadDatesAreProblems() {
        as("head.cchc").body(Map.of("title", "Thiếu đơn vị và hạn")).when().post("/api/tasks").then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("validation"))
                .body("violations.field", hasItems("unitCode", "dueDate"))
                .body("violations.message", hasItem("cần hạn hoàn thành (YYYY-MM-DD)"));
        as("head.cchc").body(with(task("CCHC", "Hạn sai"), "dueDate", "31/12/2026")).when().post("/api/tasks")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("malformed-request"))
                .body("detail", containsString("dueDate"));
        as("head.cchc").body(Map.of("unitCode", "CCHC", "dueDate", LocalDate.now().plusDays(9).toString()))
                .when().post("/api/tasks").then().statusCode(422).body("code", is("title-or-plan-item"));
        as("head.cchc").body(Map.of("planItemId", 12, "unitCode", "CCHC", "dueDate",
                LocalDate.now().plusDays(9).toString())).when().post("/api/tasks").then().statusCode(422)
                .body("code", is("unknown-plan-item"))
                .body("violations.field", hasItem("planItemId"));
    }

    @Test
    void aPastDueDateIsForAdministratorsOnly() {
        Map<String, Object> past = with(task("CCHC", "Nhập bù"), "dueDate", LocalDate.now().minusDays(40).toString());
        as("head.cchc").body(past).when().post("/api/tasks").then().statusCode(422).body("code", is("due-date-in-past"));
        as("admin").body(past).when().post("/api/tasks").then().statusCode(201)
                .body("timeliness", is("OVERDUE"))
                .body("history[0].backfill", is(true));
    }

    @Test
    void unknownUnitsAndOfficersOutsideTheUnitAreUnprocessable() {
        as("director").body(task("XYZ", "Đơn vị lạ")).when().post("/api/tasks").then().statusCode(422)
                .body("code", is("unknown-unit"));
        as("head.cchc").body(with(task("CCHC", "Cán bộ phòng khác"), "assigneeId", officerId("officer.vp.1")))
                .when().post("/api/tasks").then().statusCode(422)
                .body("code", is("officer-not-in-unit"))
                .body("detail", containsString("Lương Đức Đạt"));
        as("head.cchc").body(with(task("CCHC", "Cán bộ không có"), "assigneeId", 99999)).when().post("/api/tasks")
                .then().statusCode(422).body("code", is("unknown-officer"));
        as("director").body(with(task("CCHC", "Phối hợp lạ"), "coordinatingUnits", List.of("VP", "NOPE")))
                .when().post("/api/tasks").then().statusCode(422).body("code", is("unknown-unit"));
    }

    @Test
    void coordinatingUnitsGetTheirOwnChildTasks() {
        Map<String, Object> body = with(task("CCHC", "Kiểm tra CCHC có phối hợp"), "coordinatingUnits",
                List.of("VP", "TTRA", "CCHC"));
        long lead = assign("director", body);
        as("director").queryParam("unit", "VP").queryParam("size", 200).when().get("/api/tasks").then()
                .statusCode(200)
                .body("items.findAll { it.title == '" + body.get("title") + "' }.parentId", is(List.of((int) lead)));
        as("director").queryParam("unit", "TTRA").queryParam("size", 200).when().get("/api/tasks").then()
                .body("items.findAll { it.title == '" + body.get("title") + "' }.parentId", is(List.of((int) lead)));
        as("director").queryParam("unit", "CCHC").queryParam("size", 200).when().get("/api/tasks").then()
                .body("items.findAll { it.title == '" + body.get("title") + "' }.id", is(List.of((int) lead)));
    }

    @Test
    void theLeadUnitsHeadSeesWhereTheCoordinatingUnitsChildTasksStand() {
        long lead = assign("director", with(task("CCHC", "Chủ trì có phối hợp"), "coordinatingUnits",
                List.of("VP", "TTRA")));
        var children = as("head.cchc").when().get("/api/tasks/{id}", lead).then().statusCode(200)
                .body("coordinating.unitCode", is(List.of("VP", "TTRA")))
                .body("coordinating.status", is(List.of("ASSIGNED", "ASSIGNED")))
                .body("coordinating.timeliness", is(List.of("ON_TRACK", "ON_TRACK")))
                .extract().jsonPath().getList("coordinating.id", Long.class);
        // the child tasks themselves stay the coordinating units' own
        as("head.cchc").when().get("/api/tasks/{id}", children.get(0)).then().statusCode(404);
        as("head.vp").when().get("/api/tasks/{id}", children.get(0)).then().statusCode(200)
                .body("coordinating", is(List.of()));
        as("head.cchc").queryParam("unit", "CCHC").when().get("/api/tasks").then().statusCode(200)
                .body("items.coordinating.flatten()", is(List.of()));
    }

    @Test
    void listsAndReadsStayInTheCallersScope() {
        long own = Api.taskForOfficerCchc1("Nhiệm vụ của cán bộ 1");
        long colleague = assign("head.cchc", with(task("CCHC", "Nhiệm vụ của cán bộ 2"), "assigneeId",
                officerId("officer.cchc.2")));
        long vpTask = assign("head.vp", task("VP", "Nhiệm vụ Văn phòng"));

        as("officer.cchc.1").queryParam("size", 200).when().get("/api/tasks").then().statusCode(200)
                .body("items.id", hasItem((int) own))
                .body("items.assigneeId", everyItem(is((int) officerId("officer.cchc.1"))));
        as("officer.cchc.1").when().get("/api/tasks/{id}", colleague).then().statusCode(404)
                .contentType("application/problem+json");

        as("head.vp").when().get("/api/tasks/{id}", own).then().statusCode(404);
        as("head.vp").queryParam("unit", "CCHC").when().get("/api/tasks").then().statusCode(200)
                .body("items", empty()).body("total", is(0));

        as("deputy1").queryParam("unit", "CCHC").queryParam("size", 200).when().get("/api/tasks").then()
                .statusCode(200).body("items.id", hasItems((int) own, (int) colleague));
        as("deputy1").queryParam("unit", "VP").queryParam("size", 200).when().get("/api/tasks").then()
                .statusCode(200).body("items.id", hasItem((int) vpTask));
        as("deputy2").when().get("/api/tasks/{id}", own).then().statusCode(404);

        as("director").when().get("/api/tasks/{id}", vpTask).then().statusCode(200);
        as("director").queryParam("size", 200).queryParam("dueFrom", LocalDate.now().toString()).when()
                .get("/api/tasks").then().statusCode(200).body("total", greaterThanOrEqualTo(3));
    }

    @Test
    void planServiceOutageIsA503Problem() {
        Api.planService(false);
        try {
            as("head.cchc").body(task("CCHC", "Khi plan-service ngừng")).when().post("/api/tasks").then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .body("code", is("plan-service-unavailable"))
                    .body("detail", startsWith("Không kết nối được dịch vụ kế hoạch"));
        } finally {
            Api.planService(true);
        }
        as("head.cchc").body(task("CCHC", "Khi plan-service chạy lại")).when().post("/api/tasks").then()
                .statusCode(201);
    }
}
