package vn.hungyen.snv.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.common.testing.TestTokens;
import vn.hungyen.snv.evaluation.testing.FakePlanService;
import vn.hungyen.snv.evaluation.testing.TaskEvents;

/**
 * The leadership's views of one June, through real events: the dashboard, the spreadsheet export and the
 * self-assessment projection. The June is of a year before every other test's, so no other task is overdue
 * in it. The demo organisation rates 72 officers (members of the nine units).
 *
 * <p>Hand computation. T1: officer.cchc.1 (49), due 10/06, done 09/06. T2: officer.cchc.2 (50), due 12/06, never
 * done. T3: officer.vp.1 (8), due 05/06, never done. 49 self-assesses 9 + 9 + 9 = 27.
 * <ul>
 *   <li>49: a = b = c = 100, K = 70, S = 97.00, band HTXSNV; the only staff candidate, x = floor(1/6) = 0, so the
 *       quota makes it HTTNV. 50 and 8: K = 0, G = 0, S = 0.00, KHTNV.</li>
 *   <li>CCHC head (47) and deputy head (48): T1 and T2, a = b = c = 50; d = 50 (50 scored 0), đ = 50 (c &lt; 80),
 *       e = 100; K = 0.7 × 350 / 6 = 40.83, S = 40.83, KHTNV. VP head and two deputy heads: T3, a = b = c = 0,
 *       d = đ = 50, e = 100, S = 0.7 × 200 / 6 = 23.33, KHTNV.</li>
 *   <li>Units: CCHC D = 0.7 × 150 / 3 = 35.00 KHTNV; VP 0.00 KHTNV.</li>
 *   <li>Levels: HTTNV 1 (49); KHTNV 7 (50, 8, 47, 48 and the three VP leaders); the other 64 officers have no
 *       products. deputy1 supervises VP (10 officers), CCHC (8) and LTLS (9, no products).</li>
 *   <li>Overdue on 1 July: T2 (CCHC) and T3 (VP); deputy1 supervises both units. Every earlier open task counts
 *       too, and a broken earlier run may leave some on the broker: the counts are compared with May's.</li>
 *   <li>Mean S of June: (97 + 0 + 40.83 × 2 + 0 + 23.33 × 3) / 8 = 248.65 / 8 = 31.08.</li>
 * </ul>
 */
@QuarkusTest
@QuarkusTestResource(FakePlanService.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardExportProjectionTest {

    private static final YearMonth JUNE = TaskEvents.unusedYearBeforeOthers().atMonth(6);
    private static final String MONTH = JUNE.toString();
    private static final long KHANH = 49;
    private static final long THAO = 50;

    @Inject
    ObjectMapper json;

    private boolean monthSent;

    @BeforeEach
    void sendTheMonthsEventsOnce() {
        if (monthSent) {
            return;
        }
        monthSent = true;
        try (TaskEvents events = new TaskEvents(json)) {
            TaskEvent t1 = TaskEvents.assigned(TaskEvents.newTaskId(), "CCHC", KHANH, JUNE.atDay(10)).build();
            TaskEvent t2 = TaskEvents.assigned(TaskEvents.newTaskId(), "CCHC", THAO, JUNE.atDay(12)).build();
            TaskEvent t3 = TaskEvents.assigned(TaskEvents.newTaskId(), "VP", 8L, JUNE.atDay(5)).build();
            events.send(t1, TaskEvents.submitted(t1, 2, JUNE.atDay(9)),
                    TaskEvents.reviewed(t1, 3, JUNE.atDay(9), "ACCEPTED", false), t2, t3);
            TaskEvents.awaitStored(t1.taskId(), 3);
            TaskEvents.awaitStored(t2.taskId(), 1);
            TaskEvents.awaitStored(t3.taskId(), 1);
        }
        given().header("Authorization", TestTokens.bearer("officer.cchc.1")).contentType(ContentType.JSON)
                .body(Map.of("groupI", 9, "groupII", 9, "groupIII", 9))
                .put("/api/evaluations/" + MONTH + "/officers/" + KHANH + "/self-assessment")
                .then().statusCode(200);
    }

    @Test
    void theDirectorSeesTheWholeDepartmentByLevelUnitAndDeputy() {
        JsonPath dashboard = dashboard("director").then().statusCode(200).extract().jsonPath();

        assertThat(dashboard.getString("month")).isEqualTo(MONTH);
        assertThat(dashboard.getBoolean("published")).isFalse();
        assertThat(dashboard.getInt("officerCount")).isEqualTo(72);
        assertThat(dashboard.getMap("levels", String.class, Integer.class))
                .isEqualTo(Map.of("HTXSNV", 0, "HTTNV", 1, "HTNV", 0, "KHTNV", 7, "NO_TASK_DATA", 64,
                        "ON_LEAVE", 0));
        JsonPath may = dashboard("director", JUNE.minusMonths(1)).then().statusCode(200).extract().jsonPath();
        assertThat(dashboard.getInt("overdueTasks") - may.getInt("overdueTasks")).isEqualTo(2);

        assertThat(dashboard.getList("units.unitCode", String.class)).hasSize(9);
        Map<String, Object> cchc = dashboard.getMap("units.find { it.unitCode == 'CCHC' }");
        assertThat(cchc).containsEntry("unitName", "Phòng Cải cách hành chính")
                .containsEntry("supervisorUsername", "deputy1").containsEntry("officerCount", 8)
                .containsEntry("total", 35.0f).containsEntry("level", "KHTNV")
                .containsEntry("levels", Map.of("HTXSNV", 0, "HTTNV", 1, "HTNV", 0, "KHTNV", 3, "NO_TASK_DATA", 4,
                        "ON_LEAVE", 0));
        Map<String, Object> vp = dashboard.getMap("units.find { it.unitCode == 'VP' }");
        assertThat(vp).containsEntry("officerCount", 10).containsEntry("total", 0.0f)
                .containsEntry("levels", Map.of("HTXSNV", 0, "HTTNV", 0, "HTNV", 0, "KHTNV", 4, "NO_TASK_DATA", 6,
                        "ON_LEAVE", 0));

        assertThat(dashboard.getList("deputies.username", String.class))
                .containsExactlyInAnyOrder("deputy1", "deputy2", "deputy3");
        Map<String, Object> deputy1 = dashboard.getMap("deputies.find { it.username == 'deputy1' }");
        assertThat(deputy1).containsEntry("fullName", "Lương Thành Cường")
                .containsEntry("unitCodes", List.of("VP", "CCHC", "LTLS"))
                .containsEntry("levels", Map.of("HTXSNV", 0, "HTTNV", 1, "HTNV", 0, "KHTNV", 7, "NO_TASK_DATA", 19,
                        "ON_LEAVE", 0));

        assertThat(dashboard.getInt("units.find { it.unitCode == 'CCHC' }.overdueTasks")
                - may.getInt("units.find { it.unitCode == 'CCHC' }.overdueTasks")).isEqualTo(1);
        assertThat(dashboard.getInt("units.find { it.unitCode == 'VP' }.overdueTasks")
                - may.getInt("units.find { it.unitCode == 'VP' }.overdueTasks")).isEqualTo(1);
        assertThat(dashboard.getInt("deputies.find { it.username == 'deputy1' }.overdueTasks")
                - may.getInt("deputies.find { it.username == 'deputy1' }.overdueTasks")).isEqualTo(2);
        assertThat(dashboard.getInt("deputies.find { it.username == 'deputy2' }.overdueTasks"))
                .isEqualTo(may.getInt("deputies.find { it.username == 'deputy2' }.overdueTasks"));

        List<String> months = dashboard.getList("trend.month", String.class);
        assertThat(months).containsExactly(JUNE.minusMonths(5).toString(), JUNE.minusMonths(4).toString(),
                JUNE.minusMonths(3).toString(), JUNE.minusMonths(2).toString(), JUNE.minusMonths(1).toString(), MONTH);
        assertThat(dashboard.getMap("trend[0].levels", String.class, Integer.class))
                .isEqualTo(Map.of("HTXSNV", 0, "HTTNV", 0, "HTNV", 0, "KHTNV", 0, "NO_TASK_DATA", 72,
                        "ON_LEAVE", 0));
        assertThat(dashboard.getString("trend[0].averageTotal")).isNull();
        assertThat(dashboard.getFloat("trend[5].averageTotal")).isEqualTo(31.08f);
        assertThat(dashboard.getBoolean("trend[5].published")).isFalse();
    }

    @Test
    void aHeadSeesTheirUnitAndAnOfficerNoDashboard() {
        JsonPath head = dashboard("head.cchc").then().statusCode(200).extract().jsonPath();
        assertThat(head.getInt("officerCount")).isEqualTo(8);
        assertThat(head.getList("units.unitCode", String.class)).containsExactly("CCHC");
        assertThat(head.getList("deputies.unitCodes", List.class)).containsExactly(List.of("CCHC"));
        assertThat(head.getInt("overdueTasks") - dashboard("head.cchc", JUNE.minusMonths(1)).then().statusCode(200)
                .extract().jsonPath().getInt("overdueTasks")).isEqualTo(1);

        dashboard("officer.cchc.1").then().statusCode(403);
    }

    @Test
    void aDeputyDirectorSeesTheSupervisedUnitsOnlyAsOnTheUnitsList() throws IOException {
        JsonPath deputy = dashboard("deputy1").then().statusCode(200).extract().jsonPath();
        JsonPath director = dashboard("director").then().statusCode(200).extract().jsonPath();

        List<String> supervised = given().header("Authorization", TestTokens.bearer("deputy1"))
                .get("/api/evaluations/" + MONTH + "/units").then().statusCode(200).extract().jsonPath()
                .getList("unitCode", String.class);
        assertThat(supervised).containsExactlyInAnyOrder("VP", "CCHC", "LTLS");
        assertThat(deputy.getList("units.unitCode", String.class)).containsExactlyInAnyOrderElementsOf(supervised);
        assertThat(deputy.getInt("officerCount")).isEqualTo(27);
        assertThat(deputy.getList("deputies.username", String.class)).containsExactly("deputy1");
        assertThat(deputy.getMap("levels")).isEqualTo(director.getMap("deputies.find { it.username == 'deputy1' }.levels"));
        assertThat(deputy.getInt("overdueTasks"))
                .isEqualTo(director.getInt("deputies.find { it.username == 'deputy1' }.overdueTasks"));
        assertThat(deputy.getMap("trend[0].levels", String.class, Integer.class))
                .containsEntry("NO_TASK_DATA", 27);

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export("deputy1", "xlsx").asByteArray()))) {
            assertThat(workbook.getSheet("Cá nhân").getLastRowNum()).isEqualTo(27);
            assertThat(workbook.getSheet("Đơn vị").getLastRowNum()).isEqualTo(3);
            assertThat(row(workbook.getSheet("Cá nhân"), "Mai Minh Khánh")).isNotNull();
        }
    }

    @Test
    void theExportHasOneRowPerOfficerAndUnitInScopeWithVietnameseHeadersAndLevels() throws IOException {
        Response response = export("director", "xlsx");
        response.then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"danh-gia-" + MONTH + ".xlsx\"");
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            Sheet officers = workbook.getSheet("Cá nhân");
            assertThat(texts(officers.getRow(0))).containsExactly("STT", "Họ và tên", "Đơn vị", "a (Số lượng)",
                    "b (Chất lượng)", "c (Tiến độ)", "K (Điểm nhiệm vụ)", "G (Điểm tiêu chí chung)", "S (Tổng điểm)",
                    "Mức xếp loại", "Trạng thái");
            assertThat(officers.getLastRowNum()).isEqualTo(72);
            Row khanh = row(officers, "Mai Minh Khánh");
            assertThat(khanh.getCell(2).getStringCellValue()).isEqualTo("Phòng Cải cách hành chính");
            assertThat(List.of(3, 4, 5, 6, 7, 8)).extracting(i -> khanh.getCell(i).getNumericCellValue())
                    .containsExactly(100.0, 100.0, 100.0, 70.0, 27.0, 97.0);
            assertThat(khanh.getCell(9).getStringCellValue()).isEqualTo("Hoàn thành tốt nhiệm vụ");
            assertThat(khanh.getCell(10).getStringCellValue()).isEqualTo("Chờ xem xét");
            Row viet = row(officers, "Đinh Hữu Việt");
            assertThat(viet.getCell(8).getStringCellValue()).as("no products, no S").isEmpty();
            assertThat(viet.getCell(9).getStringCellValue()).isEqualTo("Không có sản phẩm trong kỳ");

            Sheet units = workbook.getSheet("Đơn vị");
            assertThat(units.getLastRowNum()).isEqualTo(9);
            Row cchc = row(units, "Phòng Cải cách hành chính");
            assertThat(cchc.getCell(1).getStringCellValue()).isEqualTo("CCHC");
            assertThat(cchc.getCell(8).getNumericCellValue()).isEqualTo(35.0);
            assertThat(cchc.getCell(9).getStringCellValue()).isEqualTo("Không hoàn thành nhiệm vụ");
        }
    }

    @Test
    void theExportIsScopedAndOnlyXlsx() throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export("head.cchc", "xlsx").asByteArray()))) {
            assertThat(workbook.getSheet("Cá nhân").getLastRowNum()).isEqualTo(8);
            assertThat(workbook.getSheet("Đơn vị").getLastRowNum()).isEqualTo(1);
        }
        try (Workbook workbook = new XSSFWorkbook(
                new ByteArrayInputStream(export("officer.cchc.1", "xlsx").asByteArray()))) {
            assertThat(workbook.getSheet("Cá nhân").getLastRowNum()).isEqualTo(1);
            assertThat(workbook.getSheet("Cá nhân").getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("Mai Minh Khánh");
            assertThat(workbook.getSheet("Đơn vị").getLastRowNum()).isZero();
        }
        export("director", "csv").then().statusCode(400).contentType(containsString("problem+json"))
                .body("code", equalTo("unsupported-format")).body("detail", containsString("xlsx"));
    }

    @Test
    void theProjectionAppliesTheSameRulesAndSavesNothing() {
        // G 30: S = 30 + 70 = 100.00, band HTXSNV, still the only staff candidate: HTTNV by the quota
        JsonPath best = projection("officer.cchc.1", KHANH, 10, 10, 10).then().statusCode(200).extract().jsonPath();
        assertThat(best.getDouble("taskScore")).isEqualTo(70.0);
        assertThat(best.getDouble("generalScore")).isEqualTo(30.0);
        assertThat(best.getDouble("total")).isEqualTo(100.0);
        assertThat(best.getString("level")).isEqualTo("HTTNV");
        // G 4.5: S = 74.50, HTTNV; for officer 50 (nothing done) G 30 gives S = 30.00, KHTNV
        assertThat(projection("head.cchc", KHANH, 1.5, 1.5, 1.5).then().statusCode(200).extract().jsonPath()
                .getDouble("total")).isEqualTo(74.5);
        projection("officer.cchc.2", THAO, 10, 10, 10).then().statusCode(200)
                .body("total", equalTo(30.0f)).body("level", equalTo("KHTNV"));

        given().header("Authorization", TestTokens.bearer("officer.cchc.1"))
                .get("/api/evaluations/" + MONTH + "/officers/" + KHANH)
                .then().statusCode(200).body("generalScore", equalTo(27.0f)).body("total", equalTo(97.0f));
    }

    @Test
    void theProjectionIsBoundedAndScopedLikeTheSelfAssessment() {
        projection("officer.cchc.1", KHANH, 11, 5, 5).then().statusCode(400)
                .contentType(containsString("problem+json")).body(containsString("Điểm nhóm I từ 0 đến 10"));
        given().header("Authorization", TestTokens.bearer("officer.cchc.1")).contentType(ContentType.JSON)
                .body(Map.of("groupI", 5, "groupIII", 5))
                .post("/api/evaluations/" + MONTH + "/officers/" + KHANH + "/projection")
                .then().statusCode(400).body(containsString("Cần điểm nhóm II"));
        projection("officer.cchc.2", KHANH, 5, 5, 5).then().statusCode(404);
        projection("head.vp", KHANH, 5, 5, 5).then().statusCode(404);
        projection("director", KHANH, 5, 5, 5).then().statusCode(200);
    }

    private static Response dashboard(String username) {
        return dashboard(username, JUNE);
    }

    private static Response dashboard(String username, YearMonth month) {
        return given().header("Authorization", TestTokens.bearer(username))
                .get("/api/evaluations/" + month + "/dashboard");
    }

    private static Response export(String username, String format) {
        return given().header("Authorization", TestTokens.bearer(username))
                .get("/api/evaluations/" + MONTH + "/export?format=" + format);
    }

    private static Response projection(String username, long officerId, Object i, Object ii, Object iii) {
        return given().header("Authorization", TestTokens.bearer(username)).contentType(ContentType.JSON)
                .body(Map.of("groupI", i, "groupII", ii, "groupIII", iii))
                .post("/api/evaluations/" + MONTH + "/officers/" + officerId + "/projection");
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    /** The row whose name column (1 for officers, 2 for units) holds {@code name}. */
    private static Row row(Sheet sheet, String name) {
        for (Row row : sheet) {
            for (int column : new int[] {1, 2}) {
                var cell = row.getCell(column);
                if (cell != null && name.equals(cell.getStringCellValue())) {
                    return row;
                }
            }
        }
        throw new AssertionError(name + " not in sheet " + sheet.getSheetName());
    }
}
