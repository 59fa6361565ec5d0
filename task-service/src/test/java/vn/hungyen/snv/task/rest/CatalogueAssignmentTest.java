package vn.hungyen.snv.task.rest;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static vn.hungyen.snv.task.testing.Api.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.task.testing.Api;
import vn.hungyen.snv.task.testing.CatalogueItems;
import vn.hungyen.snv.task.testing.PlanServiceFake;

/** Assigning a catalogue item by its id: plan-service supplies what the request leaves out. */
@QuarkusTest
@WithTestResource(PlanServiceFake.class)
class CatalogueAssignmentTest {

    @Test
    void anItemWithoutTitleTakesContentLeadUnitCoordinatingUnitsProductAndDueDate() {
        long lead = Api.assign("head.cchc", Map.of("planItemId", CatalogueItems.DATED));
        as("head.cchc").when().get("/api/tasks/{id}", lead).then().statusCode(200)
                .body("title", is(CatalogueItems.DATED_CONTENT))
                .body("unitCode", is("CCHC"))
                .body("planItemId", is((int) CatalogueItems.DATED))
                .body("expectedProduct", is("Báo cáo"))
                .body("dueDate", is(CatalogueItems.datedDueDate().toString()));
        for (String unit : List.of("VP", "TTRA")) {
            as("director").queryParam("planItemId", CatalogueItems.DATED).queryParam("unit", unit)
                    .queryParam("size", 200).when().get("/api/tasks").then().statusCode(200)
                    .body("items.findAll { it.parentId == " + lead + " }.title",
                            is(List.of(CatalogueItems.DATED_CONTENT)))
                    .body("items.findAll { it.parentId == " + lead + " }.dueDate",
                            is(List.of(CatalogueItems.datedDueDate().toString())));
        }
    }

    @Test
    void whatTheRequestGivesWins() {
        String due = LocalDate.now().plusDays(12).toString();
        long lead = Api.assign("head.cchc", Map.of("planItemId", CatalogueItems.DATED, "dueDate", due,
                "coordinatingUnits", List.of(), "expectedProduct", "Tờ trình"));
        as("head.cchc").when().get("/api/tasks/{id}", lead).then().statusCode(200)
                .body("dueDate", is(due)).body("expectedProduct", is("Tờ trình"));
        as("director").queryParam("planItemId", CatalogueItems.DATED).queryParam("size", 200).when()
                .get("/api/tasks").then().body("items.findAll { it.parentId == " + lead + " }", empty());
    }

    @Test
    void aPastOneOffDeadlineNeedsANewDueDateOrAnAdministrator() {
        as("head.cchc").body(Map.of("planItemId", CatalogueItems.PAST_YEAR)).when().post("/api/tasks").then()
                .statusCode(422).contentType("application/problem+json")
                .body("code", is("due-date-in-past"))
                .body("detail", startsWith("Hạn hoàn thành 2024-12-31 đã qua"));
        as("admin").body(Map.of("planItemId", CatalogueItems.PAST_YEAR)).when().post("/api/tasks").then()
                .statusCode(201).body("dueDate", is("2024-12-31")).body("timeliness", is("OVERDUE"));
    }

    @Test
    void aRegularItemAssignedOnceIsDueAtTheEndOfThisMonth() {
        as("head.cchc").body(Map.of("planItemId", CatalogueItems.REGULAR_ONCE))
                .when().post("/api/tasks").then().statusCode(201)
                .body("dueDate", is(YearMonth.now().atEndOfMonth().toString()));
    }

    @Test
    void anUnknownItemIsUnprocessableAndTheLeadUnitStillNeedsTheCallersScope() {
        as("head.cchc").body(Map.of("planItemId", 654321)).when().post("/api/tasks").then().statusCode(422)
                .body("code", is("unknown-plan-item"))
                .body("detail", is("Không có mục danh mục mã 654321 trong kế hoạch."));
        as("head.vp").body(Map.of("planItemId", CatalogueItems.DATED)).when().post("/api/tasks").then()
                .statusCode(403).body("code", is("unit-out-of-scope"));
    }

    @Test
    void nothingIsAssignedFromAPlanNotYetPublishedEvenWithItsOwnTitleAndDueDate() {
        String due = LocalDate.now().plusDays(20).toString();
        as("head.cchc").body(Map.of("planItemId", CatalogueItems.IN_DRAFT_PLAN)).when().post("/api/tasks").then()
                .statusCode(409).contentType("application/problem+json")
                .body("code", is("plan-not-published"))
                .body("detail", startsWith("Kế hoạch chưa được ban hành"))
                .body("violations[0].field", is("planItemId"));
        as("admin").body(Map.of("planItemId", CatalogueItems.IN_DRAFT_PLAN, "title", "Tiêu đề riêng", "unitCode",
                "CCHC", "dueDate", due)).when().post("/api/tasks").then()
                .statusCode(409).body("code", is("plan-not-published"));
        as("head.cchc").queryParam("dryRun", false).body(List.of(Map.of("planItemId", CatalogueItems.IN_DRAFT_PLAN)))
                .when().post("/api/tasks/bulk").then().statusCode(422)
                .body("report.rows[0].problems.code", is(List.of("plan-not-published")));
        as("director").queryParam("planItemId", CatalogueItems.IN_DRAFT_PLAN).when().get("/api/tasks").then()
                .statusCode(200).body("total", is(0));
    }

    @Test
    void anItemOfAnOlderVersionOfAPublishedPlanIsStillAssignable() {
        as("head.cchc").body(Map.of("planItemId", CatalogueItems.IN_ARCHIVED_PLAN)).when().post("/api/tasks").then()
                .statusCode(201).body("dueDate", is(CatalogueItems.datedDueDate().toString()));
    }

    @Test
    void planServiceDownIsA503ProblemAndNothingIsWritten() {
        String due = LocalDate.now().plusDays(33).toString();
        Api.planService(false);
        try {
            as("head.cchc").body(Map.of("planItemId", CatalogueItems.DATED, "dueDate", due)).when()
                    .post("/api/tasks").then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .body("code", is("plan-service-unavailable"))
                    .body("detail", startsWith("Không kết nối được dịch vụ kế hoạch"));
        } finally {
            Api.planService(true);
        }
        as("director").queryParam("planItemId", CatalogueItems.DATED).queryParam("dueFrom", due)
                .queryParam("dueTo", due).when().get("/api/tasks").then().statusCode(200).body("total", is(0));
    }
}
