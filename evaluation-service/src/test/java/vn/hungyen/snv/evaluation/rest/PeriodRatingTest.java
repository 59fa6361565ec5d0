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
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
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
import vn.hungyen.snv.evaluation.testing.MonthSteps;
import vn.hungyen.snv.evaluation.testing.TaskEvents;

/**
 * E15 of scoring-hy540 §11 through published months: officer.cchc.1 (49) has one product done on time in each
 * of January, February and March and G = 26, so S = 96.00 as published; the Director then adjusts G to 22.50,
 * 18.00 and 1.00, so the months read 92.50, 88.00 and 71.00, and the quarter is 251.50/3 = 83.83, HTTNV.
 * April has a product done too (S would be 70.00 with G = 0) but is not published, so it does not enter. The head
 * cap and the quota are applied again to the quarter.
 */
@QuarkusTest
@QuarkusTestResource(FakePlanService.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeriodRatingTest {

    private static final Year YEAR = TaskEvents.unusedYear();
    private static final long KHANH = 49;
    private static final long THAO = 50;
    private static final Map<Integer, BigDecimal> ADJUSTED_G = Map.of(1, new BigDecimal("22.50"), 2,
            new BigDecimal("18.00"), 3, new BigDecimal("1.00"));

    @Inject
    ObjectMapper json;

    private boolean published;

    @BeforeEach
    void publishTheQuarterOnce() {
        if (published) {
            return;
        }
        published = true;
        try (TaskEvents events = new TaskEvents(json)) {
            for (int m = 1; m <= 4; m++) {
                YearMonth month = YEAR.atMonth(m);
                TaskEvent task = TaskEvents.assigned(TaskEvents.newTaskId(), "CCHC", KHANH, month.atDay(10)).build();
                events.send(task, TaskEvents.submitted(task, 2, month.atDay(9)),
                        TaskEvents.reviewed(task, 3, month.atDay(9), "ACCEPTED", false));
                TaskEvents.awaitStored(task.taskId(), 3);
            }
        }
        for (int m = 1; m <= 3; m++) {
            String month = YEAR.atMonth(m).toString();
            MonthSteps.completeEveryStep(month);
            given().header("Authorization", TestTokens.bearer("director"))
                    .post("/api/evaluations/" + month + "/publish").then().statusCode(200);
            given().header("Authorization", TestTokens.bearer("director")).contentType(ContentType.JSON)
                    .body(Map.of("generalScore", ADJUSTED_G.get(m), "reason", "Khiếu nại: chấm lại tiêu chí chung"))
                    .post("/api/evaluations/" + month + "/officers/" + KHANH + "/adjustments")
                    .then().statusCode(201);
        }
    }

    @Test
    void theQuarterIsTheMeanOfThePublishedMonthsWithTheDirectorsAdjustments() {
        JsonPath quarter = periodOfficers("director", YEAR + "-Q1").then().statusCode(200).extract().jsonPath();
        Map<String, Object> khanh = quarter.getMap("find { it.officerId == 49 }");
        assertThat(khanh.get("period")).isEqualTo(YEAR + "-Q1");
        assertThat(khanh.get("unitCode")).isEqualTo("CCHC");
        assertThat(khanh.get("monthsEvaluated")).isEqualTo(3);
        assertThat(khanh.get("total")).isEqualTo(83.83f);
        assertThat(khanh.get("level")).isEqualTo("HTTNV");
        assertThat(khanh.get("bandLevel")).isEqualTo("HTTNV");
        assertThat(khanh.get("ruleAdjustments")).isEqualTo(List.of());

        // the CCHC leaders (47 the head, 48 the deputy) are the only leaders rated in these months and score 90 or
        // more (96.00 alone; đ is lower while other tests leave CCHC tasks overdue): the leaders' quota allows no
        // HTXSNV without HTTNV leaders beside them, in the quarter as in each month
        for (long leader : List.of(47L, 48L)) {
            Map<String, Object> rated = quarter.getMap("find { it.officerId == " + leader + " }");
            assertThat((Float) rated.get("total")).isGreaterThanOrEqualTo(90f);
            assertThat(rated.get("bandLevel")).isEqualTo("HTXSNV");
            assertThat(rated.get("level")).isEqualTo("HTTNV");
            assertThat(rated.get("ruleAdjustments")).isEqualTo(List.of("QUOTA"));
        }
        assertThat(quarter.getList("find { it.officerId == 49 }.months.month", String.class))
                .containsExactly(YEAR + "-01", YEAR + "-02", YEAR + "-03");
        assertThat(quarter.getList("find { it.officerId == 49 }.months.total", Float.class))
                .containsExactly(92.5f, 88f, 71f);

        // no product in any month: nothing evaluated
        Map<String, Object> thao = quarter.getMap("find { it.officerId == 50 }");
        assertThat(thao.get("monthsEvaluated")).isEqualTo(0);
        assertThat(thao).doesNotContainKey("total");
        assertThat(thao.get("level")).isEqualTo("NO_TASK_DATA");
    }

    @Test
    void theYearTakesThePublishedMonthsOnly() {
        JsonPath year = periodOfficers("officer.cchc.1", YEAR.toString()).then().statusCode(200).extract().jsonPath();
        assertThat(year.getList("officerId", Long.class)).containsExactly(KHANH);
        assertThat(year.getInt("[0].monthsEvaluated")).isEqualTo(3);
        assertThat(year.getFloat("[0].total")).isEqualTo(83.83f);
        assertThat(year.getList("[0].months.month", String.class)).doesNotContain(YEAR + "-04");

        assertThat(periodOfficers("director", (YEAR.getValue() + 1) + "-Q2").then().statusCode(200).extract()
                .jsonPath().getList("$")).isEmpty();
    }

    @Test
    void theScopeIsThatOfTheMonthlyList() {
        assertThat(periodOfficers("head.cchc", YEAR + "-Q1").then().statusCode(200).extract().jsonPath()
                .getList("unitCode", String.class)).containsOnly("CCHC").hasSize(8);
        assertThat(periodOfficers("head.vp", YEAR + "-Q1").then().statusCode(200).extract().jsonPath()
                .getList("officerId", Long.class)).doesNotContain(KHANH, THAO);
        assertThat(given().header("Authorization", TestTokens.bearer("director"))
                .get("/api/evaluations/periods/" + YEAR + "-Q1/officers?unit=VP").then().statusCode(200).extract()
                .jsonPath().getList("unitCode", String.class)).containsOnly("VP").hasSize(10);
    }

    @Test
    void anUnknownPeriodIsA400InVietnamese() {
        for (String period : List.of(YEAR + "-Q5", YEAR + "-03", "Q1-" + YEAR, "năm")) {
            periodOfficers("director", period).then().statusCode(400)
                    .contentType(containsString("problem+json"))
                    .body("code", equalTo("invalid-period"))
                    .body("detail", containsString("Kỳ phải là một năm"));
        }
    }

    @Test
    void theExportHoldsTheRowsOfTheJsonAnswerUnderTheHeadingAndAboveTheSignatures() throws IOException {
        JsonPath answer = periodOfficers("head.cchc", YEAR + "-Q1").then().statusCode(200).extract().jsonPath();
        Response export = given().header("Authorization", TestTokens.bearer("head.cchc"))
                .get("/api/evaluations/periods/{period}/export?format=xlsx", YEAR + "-Q1");
        export.then().statusCode(200)
                .contentType(containsString("spreadsheetml"))
                .header("Content-Disposition", containsString("danh-gia-" + YEAR + "-Q1.xlsx"));
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.asByteArray()))) {
            Sheet sheet = workbook.getSheet("Kết quả đánh giá");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("SỞ NỘI VỤ TỈNH HƯNG YÊN");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Kết quả đánh giá, xếp loại quý I năm " + YEAR);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).contains(YEAR + "-Q1");
            assertThat(sheet.getRow(4).getCell(3).getStringCellValue()).isEqualTo("Chức vụ");
            // the same officers as the JSON answer (the head's unit only), in its order
            List<String> names = answer.getList("fullName", String.class);
            for (int i = 0; i < names.size(); i++) {
                assertThat(sheet.getRow(5 + i).getCell(1).getStringCellValue()).isEqualTo(names.get(i));
            }
            assertThat(sheet.getRow(5 + names.size())).isNull();
            Row khanh = sheet.getRow(5 + answer.getList("officerId", Long.class).indexOf(KHANH));
            Map<String, Object> json = answer.getMap("find { it.officerId == 49 }");
            assertThat(khanh.getCell(2).getStringCellValue()).isEqualTo(json.get("unitName"));
            assertThat(khanh.getCell(3).getStringCellValue()).isEqualTo(json.get("position")).isNotBlank();
            assertThat(khanh.getCell(4).getNumericCellValue()).isEqualTo(3);
            assertThat(khanh.getCell(5).getNumericCellValue()).isEqualTo(83.83);
            assertThat(khanh.getCell(6).getStringCellValue()).isEqualTo("Hoàn thành tốt nhiệm vụ");
            assertThat(khanh.getCell(7).getStringCellValue()).isEqualTo("Hoàn thành tốt nhiệm vụ");
            assertThat(khanh.getCell(8).getStringCellValue()).isEmpty();
            // a leader lowered by the quota: the band, the level and the rule in words
            Row head = sheet.getRow(5 + answer.getList("officerId", Long.class).indexOf(47L));
            assertThat(head.getCell(6).getStringCellValue()).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
            assertThat(head.getCell(7).getStringCellValue()).isEqualTo("Hoàn thành tốt nhiệm vụ");
            assertThat(head.getCell(8).getStringCellValue()).contains("tỷ lệ Hoàn thành xuất sắc nhiệm vụ")
                    .isEqualTo(answer.getString("find { it.officerId == 47 }.reason"));
            assertThat(sheet.getRow(5 + names.size() + 2).getCell(7).getStringCellValue())
                    .isEqualTo("THỦ TRƯỞNG CƠ QUAN");
        }
    }

    @Test
    void theYearExportIsTitledWithTheYear() throws IOException {
        Response export = given().header("Authorization", TestTokens.bearer("director"))
                .get("/api/evaluations/periods/{period}/export", YEAR.toString());
        export.then().statusCode(200);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.asByteArray()))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Kết quả đánh giá, xếp loại năm " + YEAR);
        }
    }

    @Test
    void anExportInAnotherFormatOrOfABadPeriodIsA400() {
        given().header("Authorization", TestTokens.bearer("director"))
                .get("/api/evaluations/periods/{period}/export?format=pdf", YEAR + "-Q1")
                .then().statusCode(400).contentType(containsString("problem+json"))
                .body("code", equalTo("unsupported-format"))
                .body("detail", containsString("xlsx"));
        given().header("Authorization", TestTokens.bearer("director"))
                .get("/api/evaluations/periods/{period}/export?format=xlsx", YEAR + "-Q5")
                .then().statusCode(400).contentType(containsString("problem+json"))
                .body("code", equalTo("invalid-period"));
    }

    private static Response periodOfficers(String username, String period) {
        return given().header("Authorization", TestTokens.bearer(username))
                .get("/api/evaluations/periods/{period}/officers", period);
    }
}
