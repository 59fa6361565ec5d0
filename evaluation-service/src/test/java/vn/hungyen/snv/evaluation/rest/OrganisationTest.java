package vn.hungyen.snv.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.hungyen.snv.evaluation.rest.MonthlyEvaluationTest.get;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Year;
import java.time.YearMonth;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.common.organisation.DemoOrganisation;
import vn.hungyen.snv.common.testing.TestTokens;
import vn.hungyen.snv.evaluation.testing.FakePlanService;
import vn.hungyen.snv.evaluation.testing.MonthSteps;
import vn.hungyen.snv.evaluation.testing.TaskEvents;

/**
 * Two organisations side by side: the Department (officers 1–76) and Mỹ Hào (officers 201–221, units MH-*). Each
 * caller sees their own organisation only, and each organisation publishes its own months.
 */
@QuarkusTest
@QuarkusTestResource(FakePlanService.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationTest {

    private static final Year YEAR = TaskEvents.unusedYear();
    private static final String MAY = YEAR.atMonth(5).toString();
    private static final String JUNE = YEAR.atMonth(6).toString();
    private static final long KHANH = 49;
    private static final long PHUONG = 208;

    @Inject
    ObjectMapper json;

    private long departmentTask;
    private long myHaoTask;

    /** In May, one task accepted on time in each organisation: Khánh's in CCHC, Phương's in MH-NV. */
    @BeforeEach
    void sendTheTasksOnce() {
        if (departmentTask != 0) {
            return;
        }
        YearMonth may = YEAR.atMonth(5);
        try (TaskEvents events = new TaskEvents(json)) {
            TaskEvent department = TaskEvents.assigned(TaskEvents.newTaskId(), "CCHC", KHANH, may.atDay(10)).build();
            TaskEvent myHao = TaskEvents.assigned(TaskEvents.newTaskId(), "MH-NV", PHUONG, may.atDay(12)).build();
            events.send(department, TaskEvents.submitted(department, 2, may.atDay(9)),
                    TaskEvents.reviewed(department, 3, may.atDay(9), "ACCEPTED", false),
                    myHao, TaskEvents.submitted(myHao, 2, may.atDay(11)),
                    TaskEvents.reviewed(myHao, 3, may.atDay(11), "ACCEPTED", false));
            TaskEvents.awaitStored(department.taskId(), 3);
            TaskEvents.awaitStored(myHao.taskId(), 3, "admin.myhao");
            departmentTask = department.taskId();
            myHaoTask = myHao.taskId();
        }
    }

    @Test
    void aMyHaoHeadSeesNothingOfTheDepartment() {
        get("head.nv.myhao", "/officers/" + KHANH, MAY).then().statusCode(404)
                .contentType(containsString("problem+json"));
        JsonPath officers = get("head.nv.myhao", "/officers", MAY).then().statusCode(200).extract().jsonPath();
        assertThat(officers.getList("officerId", Long.class)).containsExactlyInAnyOrder(207L, PHUONG, 209L);
        assertThat(get("head.nv.myhao", "/units", MAY).then().statusCode(200).extract().jsonPath()
                .getList("unitCode", String.class)).containsExactly("MH-NV");
        given().header("Authorization", TestTokens.bearer("head.nv.myhao"))
                .get("/api/facts/tasks/{taskId}", departmentTask).then().statusCode(404);
    }

    @Test
    void theChairmanOfMyHaoSeesTheWholeOfMyHaoAndNothingElse() throws IOException {
        JsonPath officers = get("chairman.myhao", "/officers", MAY).then().statusCode(200).extract().jsonPath();
        assertThat(officers.getList("officerId", Long.class)).hasSize(18).allMatch(id -> id >= 204 && id <= 221);
        JsonPath phuong = get("chairman.myhao", "/officers/" + PHUONG, MAY).then().statusCode(200).extract()
                .jsonPath();
        assertThat(phuong.getList("products.taskId", Long.class)).containsExactly(myHaoTask);
        assertThat(phuong.getString("unitCode")).isEqualTo("MH-NV");
        get("chairman.myhao", "/officers/" + KHANH, MAY).then().statusCode(404);
        assertThat(get("chairman.myhao", "/units", MAY).then().statusCode(200).extract().jsonPath()
                .getList("unitCode", String.class)).hasSize(6).allMatch(code -> code.startsWith("MH-"));

        JsonPath dashboard = get("chairman.myhao", "/dashboard", MAY).then().statusCode(200).extract().jsonPath();
        assertThat(dashboard.getInt("officerCount")).isEqualTo(18);
        assertThat(dashboard.getList("units.unitCode", String.class)).hasSize(6)
                .allMatch(code -> code.startsWith("MH-"));
        assertThat(dashboard.getList("deputies.username", String.class))
                .containsExactlyInAnyOrder("vicechair.myhao.1", "vicechair.myhao.2");

        byte[] export = get("chairman.myhao", "/export", MAY).then().statusCode(200).extract().asByteArray();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            assertThat(workbook.getSheet("Cá nhân").getLastRowNum()).isEqualTo(18);
            assertThat(workbook.getSheet("Đơn vị").getLastRowNum()).isEqualTo(6);
        }
    }

    @Test
    void aTaskIsSeenOnlyInItsOwnOrganisation() {
        given().header("Authorization", TestTokens.bearer("chairman.myhao"))
                .get("/api/facts/tasks/{taskId}", myHaoTask).then().statusCode(200)
                .body("organisationCode", equalTo(DemoOrganisation.MY_HAO));
        given().header("Authorization", TestTokens.bearer("chairman.myhao"))
                .get("/api/facts/tasks/{taskId}", departmentTask).then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("director"))
                .get("/api/facts/tasks/{taskId}", myHaoTask).then().statusCode(404);
        JsonPath department = get("director", "/officers", MAY).then().statusCode(200).extract().jsonPath();
        assertThat(department.getList("officerId", Long.class)).hasSize(72).allMatch(id -> id <= 76);
        assertThat(get("director", "/officers/" + KHANH, MAY).then().statusCode(200).extract().jsonPath()
                .getList("products.taskId", Long.class)).containsExactly(departmentTask);
    }

    @Test
    void eachOrganisationPublishesItsOwnMonth() {
        MonthSteps.completeEveryStep(JUNE, DemoOrganisation.MY_HAO);

        given().header("Authorization", TestTokens.bearer("chairman.myhao"))
                .post("/api/evaluations/" + JUNE + "/publish").then().statusCode(200).body("published", equalTo(true));

        assertThat(get("chairman.myhao", "/officers", JUNE).then().statusCode(200).extract().jsonPath()
                .getList("status", String.class)).hasSize(18).containsOnly("PUBLISHED");
        assertThat(get("director", "/officers", JUNE).then().statusCode(200).extract().jsonPath()
                .getList("status", String.class)).hasSize(72).doesNotContain("PUBLISHED");
        MonthSteps.put("officer.nv.myhao.1", JUNE, "/officers/" + PHUONG + "/self-assessment",
                Map.of("groupI", 9, "groupII", 9, "groupIII", 9)).then().statusCode(409)
                .body("code", equalTo("month-published"));
        MonthSteps.put("officer.cchc.1", JUNE, "/officers/" + KHANH + "/self-assessment",
                Map.of("groupI", 9, "groupII", 9, "groupIII", 9)).then().statusCode(200);
        given().header("Authorization", TestTokens.bearer("director")).post("/api/evaluations/" + JUNE + "/publish")
                .then().statusCode(409).body("code", equalTo("month-incomplete"));

        given().header("Authorization", TestTokens.bearer("chairman.myhao")).contentType(ContentType.JSON)
                .body(Map.of("level", "HTNV", "reason", "Khiếu nại được chấp nhận một phần"))
                .post("/api/evaluations/" + JUNE + "/officers/" + PHUONG + "/adjustments").then().statusCode(201);
        assertThat(get("chairman.myhao", "/adjustments", JUNE).then().statusCode(200).extract().jsonPath()
                .getList("officerId", Long.class)).containsExactly(PHUONG);
        assertThat(get("director", "/adjustments", JUNE).then().statusCode(200).extract().jsonPath()
                .getList("officerId")).isEmpty();

        String quarter = YEAR + "-Q2";
        assertThat(given().header("Authorization", TestTokens.bearer("chairman.myhao"))
                .get("/api/evaluations/periods/" + quarter + "/officers").then().statusCode(200).extract().jsonPath()
                .getList("officerId", Long.class)).hasSize(18).contains(PHUONG);
        assertThat(given().header("Authorization", TestTokens.bearer("director"))
                .get("/api/evaluations/periods/" + quarter + "/officers").then().statusCode(200).extract().jsonPath()
                .getList("officerId")).isEmpty();
    }
}
