package vn.hungyen.snv.task.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static vn.hungyen.snv.task.testing.Api.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.organisation.DemoOrganisation;
import vn.hungyen.snv.task.testing.Api;
import vn.hungyen.snv.task.testing.CatalogueItems;
import vn.hungyen.snv.task.testing.PlanServiceFake;

/** Recurring work: one task a month per recurring assignment, however often the generation runs. */
@QuarkusTest
@WithTestResource(PlanServiceFake.class)
class RecurringTaskTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Inject
    RecurringTaskService recurring;

    @Test
    void generatingAMonthTwiceWritesOneTaskAndTheNextMonthWritesTheNext() {
        long officer = Api.officerId("officer.cchc.1");
        var first = as("head.cchc").body(Map.of("planItemId", CatalogueItems.REGULAR, "recurring", true,
                "assigneeId", officer)).when().post("/api/tasks").then().statusCode(201)
                .body("dueDate", is(YearMonth.from(TODAY).atEndOfMonth().toString()))
                .body("assigneeId", is((int) officer))
                .extract().jsonPath();
        YearMonth thisMonth = YearMonth.from(TODAY);
        YearMonth next = thisMonth.plusMonths(1);

        recurring.generate(thisMonth);
        assertThat(leadTasks(CatalogueItems.REGULAR, thisMonth)).containsExactly(first.getLong("id"));

        recurring.generate(next);
        recurring.generate(next);
        List<Long> nextMonth = leadTasks(CatalogueItems.REGULAR, next);
        assertThat(nextMonth).hasSize(1);
        JsonPath task = as("head.cchc").when().get("/api/tasks/{id}", nextMonth.get(0)).then().statusCode(200)
                .body("dueDate", is(next.atEndOfMonth().toString()))
                .body("title", is(first.getString("title")))
                .body("assigneeId", is((int) officer))
                .body("assignedBy", is("head.cchc"))
                .body("history[0].actor", is("system"))
                .extract().jsonPath();
        // the schedule names the unit and the assignee as a person's assignment does, read with its own identity
        DemoOrganisation demo = DemoOrganisation.load();
        String unitName = demo.units().stream().filter(u -> u.code().equals("CCHC")).findFirst().orElseThrow().name();
        assertThat(task.getString("history[0].detail")).startsWith("Giao cho " + unitName + ", "
                + demo.officer("officer.cchc.1").fullName() + ", hạn ");
        assertThat(Api.outboxEventIds(task.getLong("id"))).hasSize(1);
        assertThat(childTasks(CatalogueItems.REGULAR, next, "VP")).hasSize(1);

        recurring.generate(next.plusMonths(1));
        assertThat(leadTasks(CatalogueItems.REGULAR, next.plusMonths(1))).hasSize(1);
        assertThat(leadTasks(CatalogueItems.REGULAR, next)).isEqualTo(nextMonth);
    }

    @Test
    void twoGenerationsRunningAtOnceWriteOneTask() throws Exception {
        as("head.vp").body(Map.of("planItemId", CatalogueItems.MONTHLY_ON_5, "recurring", true)).when()
                .post("/api/tasks").then().statusCode(201);
        YearMonth later = YearMonth.from(TODAY).plusMonths(4);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> run = () -> recurring.generate(later);
            List<Future<Integer>> runs = pool.invokeAll(List.of(run, run));
            assertThat(runs.get(0).get() + runs.get(1).get()).isGreaterThanOrEqualTo(1);
        } finally {
            pool.shutdown();
        }
        List<Long> tasks = leadTasks(CatalogueItems.MONTHLY_ON_5, later);
        assertThat(tasks).hasSize(1);
        as("head.vp").when().get("/api/tasks/{id}", tasks.get(0)).then().statusCode(200)
                .body("dueDate", is(later.atDay(5).toString()));
    }

    @Test
    void aMonthlyItemStartsWithThisMonthsDayOrNextMonthsWhenItHasPassed() {
        LocalDate expected = TODAY.getDayOfMonth() <= 20 ? TODAY.withDayOfMonth(20)
                : YearMonth.from(TODAY).plusMonths(1).atDay(20);
        as("head.vp").body(Map.of("planItemId", CatalogueItems.MONTHLY_ON_20, "recurring", true)).when()
                .post("/api/tasks").then().statusCode(201).body("dueDate", is(expected.toString()));
    }

    @Test
    void onlyARecurringCatalogueItemRecurs() {
        as("head.cchc").body(Map.of("planItemId", CatalogueItems.DATED, "recurring", true)).when()
                .post("/api/tasks").then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", is("not-recurring"))
                .body("violations[0].field", is("recurring"));
        as("head.cchc").body(Map.of("title", "Việc định kỳ không có mục danh mục", "unitCode", "CCHC",
                "dueDate", TODAY.plusDays(5).toString(), "recurring", true)).when()
                .post("/api/tasks").then().statusCode(422).body("code", is("not-recurring"));
    }

    private static List<Long> leadTasks(long planItemId, YearMonth month) {
        return tasks(planItemId, month, null).stream().filter(t -> t.get("parentId") == null)
                .map(t -> ((Number) t.get("id")).longValue()).toList();
    }

    private static List<Map<String, Object>> childTasks(long planItemId, YearMonth month, String unit) {
        return tasks(planItemId, month, unit).stream().filter(t -> t.get("parentId") != null).toList();
    }

    private static List<Map<String, Object>> tasks(long planItemId, YearMonth month, String unit) {
        var request = as("director").queryParam("planItemId", planItemId).queryParam("size", 200)
                .queryParam("dueFrom", month.atDay(1).toString()).queryParam("dueTo", month.atEndOfMonth().toString());
        if (unit != null) {
            request.queryParam("unit", unit);
        }
        return request.when().get("/api/tasks").then().statusCode(200).extract().jsonPath().getList("items");
    }
}
