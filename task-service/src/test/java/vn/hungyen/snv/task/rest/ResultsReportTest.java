package vn.hungyen.snv.task.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static vn.hungyen.snv.task.testing.Api.as;
import static vn.hungyen.snv.task.testing.Api.assign;
import static vn.hungyen.snv.task.testing.Api.officerId;
import static vn.hungyen.snv.task.testing.Api.task;
import static vn.hungyen.snv.task.testing.Api.with;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.document.AdministrativeDocument;
import vn.hungyen.snv.common.organisation.DemoOrganisation;
import vn.hungyen.snv.task.testing.EvaluationServiceFake;
import vn.hungyen.snv.task.testing.PlanServiceFake;
import vn.hungyen.snv.task.testing.ReportPlan;

/**
 * GET /api/reports/results: the Word draft of a plan's results for a period, opened with POI and checked against the
 * tasks this class writes (ReportPlan's items) and the evaluation-service fake's published months.
 */
@QuarkusTest
@WithTestResource(PlanServiceFake.class)
@WithTestResource(EvaluationServiceFake.class)
class ResultsReportTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static long onTime;
    private static long late;
    private static long overdue;
    private static long nextHalf;

    /**
     * The tasks of ReportPlan, once (the application is up only from the first test on): TCBC's two (on time, late),
     * CCHC's three (on time, overdue, due in July).
     */
    @BeforeEach
    void backfillTheFirstHalf() {
        if (nextHalf != 0) {
            return;
        }
        onTime = done(ReportPlan.STAFFING, "TCBC", "officer.tcbc.1", LocalDate.of(2024, 3, 29),
                LocalDate.of(2024, 3, 28), "12/BC-TCBC");
        late = done(ReportPlan.STAFFING, "TCBC", "officer.tcbc.2", LocalDate.of(2024, 3, 29),
                LocalDate.of(2024, 4, 2), "15/BC-TCBC");
        done(ReportPlan.CHECKS, "CCHC", "officer.cchc.1", LocalDate.of(2024, 2, 20), LocalDate.of(2024, 2, 20),
                "3/KH-CCHC");
        overdue = assign("admin", of(ReportPlan.CHECKS, "CCHC", "officer.cchc.2", LocalDate.of(2024, 6, 20)));
        nextHalf = assign("admin", of(ReportPlan.CHECKS, "CCHC", "officer.cchc.2", LocalDate.of(2024, 7, 20)));
    }

    private static Map<String, Object> of(long item, String unit, String officer, LocalDate due) {
        return with(with(with(task(unit, "Báo cáo"), "planItemId", item), "dueDate", due.toString()), "assigneeId",
                officerId(officer));
    }

    private static long done(long item, String unit, String officer, LocalDate due, LocalDate doneOn,
            String documentNumber) {
        long id = assign("admin", of(item, unit, officer, due));
        String at = doneOn.atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant().toString();
        as("admin").body(Map.of("documentNumber", documentNumber, "issuedOn", doneOn.toString(), "summary",
                "Báo cáo kết quả", "submittedAt", at)).when().post("/api/tasks/{id}/submissions", id)
                .then().statusCode(201);
        as("admin").body(Map.of("verdict", "ACCEPTED", "reviewedAt", at)).when().post("/api/tasks/{id}/reviews", id)
                .then().statusCode(200);
        return id;
    }

    private static XWPFDocument report(String username, String period) throws IOException {
        byte[] bytes = as(username).queryParam("plan", ReportPlan.CODE).queryParam("period", period)
                .when().get("/api/reports/results").then().statusCode(200)
                .contentType(AdministrativeDocument.MEDIA_TYPE)
                .header("Content-Disposition", containsString(ReportPlan.CODE + "-" + period + ".docx"))
                .extract().asByteArray();
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static XWPFTable table(XWPFDocument document, String header) {
        return document.getTables().stream().filter(t -> t.getRow(0).getTableCells().size() > 1
                && t.getRow(0).getCell(1).getText().equals(header)).findFirst().orElseThrow();
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText()).toList();
    }

    private static List<String> paragraphs(XWPFDocument document) {
        return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    @Test
    void eachFieldCountsItsTasksDueInTheHalfYearAsTheyStand() throws IOException {
        try (XWPFDocument document = report("director", "2024-H1")) {
            XWPFTable fields = table(document, "Lĩnh vực");
            assertThat(fields.getRows()).hasSize(4);
            assertThat(cells(fields.getRow(1))).containsExactly("1", ReportPlan.ORGANISING, "1", "2", "1", "1", "0",
                    "0");
            assertThat(cells(fields.getRow(2))).containsExactly("2", ReportPlan.REFORM, "1", "2", "1", "0", "1", "1");
            assertThat(cells(fields.getRow(3))).containsExactly("", "Tổng cộng", "2", "4", "2", "1", "1", "1");
            assertThat(paragraphs(document)).anySatisfy(p -> assertThat(p)
                    .startsWith("+ Văn bản số 12/BC-TCBC ngày 28/03/2024"));
        }
    }

    @Test
    void theHeadingIsTheOrganisationsAndTheDocumentClosesWithRecipientsAndTheDirectorsSignature()
            throws IOException {
        try (XWPFDocument document = report("director", "2024-H1")) {
            String heading = document.getTables().get(0).getText();
            assertThat(heading).contains("SỞ NỘI VỤ TỈNH HƯNG YÊN", "Số: …/BC-SNV", AdministrativeDocument.MOTTO,
                    "Hưng Yên, ngày … tháng … năm …");
            assertThat(paragraphs(document)).contains("BÁO CÁO",
                    "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2024 và phương hướng, nhiệm vụ 6 tháng cuối năm 2024",
                    ResultsReportDocument.RESULTS, ResultsReportDocument.SHORTCOMINGS, ResultsReportDocument.RATINGS,
                    ResultsReportDocument.APPENDIX);
            assertThat(document.getTables()).anySatisfy(t -> assertThat(t.getText())
                    .contains(AdministrativeDocument.RECIPIENTS, "GIÁM ĐỐC"));
        }
    }

    @Test
    void theShortcomingsListTheLateTheOverdueAndTheItemNobodyWasGiven() throws IOException {
        try (XWPFDocument document = report("director", "2024-H1")) {
            List<String> text = paragraphs(document);
            assertThat(text).anySatisfy(p -> assertThat(p).contains("Hoàn thành trễ hạn, hạn 29/03/2024, hoàn thành "
                    + "02/04/2024"));
            assertThat(text).anySatisfy(p -> assertThat(p).contains("Kiểm tra công tác cải cách hành chính",
                    "Chưa hoàn thành, quá hạn, hạn 20/06/2024"));
            assertThat(text).anySatisfy(p -> assertThat(p).contains(ReportPlan.INDEX_CONTENT,
                    "chưa giao thực hiện, hạn 31/05/2024"));
        }
    }

    @Test
    void theRatingsTableCountsEveryPublishedOfficerMonthByUnitAndLevel() throws IOException {
        List<DemoOrganisation.Officer> rated = DemoOrganisation.load().of(DemoOrganisation.DEPARTMENT).officers()
                .stream().filter(o -> o.unitCode() != null).toList();
        long excellent = rated.stream().filter(o -> EvaluationServiceFake.level(o.id()).equals("HTXSNV")).count();
        try (XWPFDocument document = report("director", "2024-H1")) {
            XWPFTable ratings = table(document, "Đơn vị");
            List<String> total = cells(ratings.getRow(ratings.getNumberOfRows() - 1));
            assertThat(total.get(1)).isEqualTo("Tổng cộng");
            assertThat(total.get(2)).isEqualTo(String.valueOf(excellent * 6));
            assertThat(total.get(7)).isEqualTo(String.valueOf(rated.size() * 6));
            long units = rated.stream().map(DemoOrganisation.Officer::unitCode).distinct().count();
            assertThat(ratings.getNumberOfRows()).isEqualTo(units + 2);
        }
    }

    @Test
    void theNextPeriodListsTheItemsDueInTheSecondHalf() throws IOException {
        try (XWPFDocument document = report("director", "2024-H1")) {
            List<String> text = paragraphs(document);
            int next = text.indexOf(ResultsReportDocument.NEXT + "6 THÁNG CUỐI NĂM 2024");
            assertThat(next).isPositive();
            List<String> after = text.subList(next, text.size());
            assertThat(after).anySatisfy(p -> assertThat(p).contains(ReportPlan.LATER_CONTENT, "hạn 30/11/2024"));
            assertThat(after).anySatisfy(p -> assertThat(p).contains("Kiểm tra công tác cải cách hành chính"));
        }
    }

    @Test
    void theAppendixListsEveryCountedTaskAndNoOther() throws IOException {
        try (XWPFDocument document = report("director", "2024-H1")) {
            XWPFTable appendix = table(document, "Mã nhiệm vụ");
            List<String> ids = IntStream.range(1, appendix.getNumberOfRows())
                    .mapToObj(r -> appendix.getRow(r).getCell(1).getText()).toList();
            assertThat(ids).hasSize(4).contains(String.valueOf(onTime), String.valueOf(late),
                    String.valueOf(overdue)).doesNotContain(String.valueOf(nextHalf));
        }
    }

    @Test
    void aDeputyDirectorsReportHoldsTheirUnitsOnly() throws IOException {
        try (XWPFDocument document = report("deputy2", "2024-H1")) {
            XWPFTable fields = table(document, "Lĩnh vực");
            assertThat(fields.getRows()).hasSize(3);
            assertThat(cells(fields.getRow(1)).get(1)).isEqualTo(ReportPlan.ORGANISING);
            assertThat(paragraphs(document)).noneMatch(p -> p.contains(ReportPlan.INDEX_CONTENT));
        }
    }

    @Test
    void theOfficesHeadDrawsTheOrganisationsReportAndOtherHeadsMayNot() throws IOException {
        try (XWPFDocument document = report("head.vp", "2024-Q1")) {
            assertThat(cells(table(document, "Lĩnh vực").getRow(1))).contains(ReportPlan.ORGANISING);
        }
        as("head.cchc").queryParam("plan", ReportPlan.CODE).queryParam("period", "2024-H1")
                .when().get("/api/reports/results").then().statusCode(403).body("code", is("not-report-reader"));
        as("officer.cchc.1").queryParam("plan", ReportPlan.CODE).queryParam("period", "2024-H1")
                .when().get("/api/reports/results").then().statusCode(403);
    }

    @Test
    void anUnknownPeriodFormIsA400ThatShowsTheForms() {
        as("director").queryParam("plan", ReportPlan.CODE).queryParam("period", "2024-06")
                .when().get("/api/reports/results").then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("unknown-period"))
                .body("detail", containsString("2024-H1"));
    }

    @Test
    void aPeriodWithoutAPublishedMonthIsA409() {
        as("director").queryParam("plan", ReportPlan.CODE).queryParam("period", "2024-Q3")
                .when().get("/api/reports/results").then().statusCode(409)
                .body("code", is("period-not-published"))
                .body("detail", containsString("quý III năm 2024"));
    }

    @Test
    void anotherOrganisationsPlanIsNotFound() {
        as("chairman.myhao").queryParam("plan", ReportPlan.CODE).queryParam("period", "2024-H1")
                .when().get("/api/reports/results").then().statusCode(404).body("code", is("not-found"));
    }

    @Test
    void aMissingPlanAndAnotherFormatAre400() {
        as("director").queryParam("period", "2024-H1").when().get("/api/reports/results").then().statusCode(400)
                .body("code", is("missing-plan"));
        as("director").queryParam("plan", ReportPlan.CODE).queryParam("period", "2024-H1")
                .queryParam("format", "pdf").when().get("/api/reports/results").then().statusCode(400)
                .body("code", is("unsupported-format"));
    }
}
