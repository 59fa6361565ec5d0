package vn.hungyen.snv.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.snv.system.RunningSystem.EVALUATION;
import static vn.hungyen.snv.system.RunningSystem.PLAN;
import static vn.hungyen.snv.system.RunningSystem.TASKS;
import static vn.hungyen.snv.system.RunningSystem.cachedToken;

import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/**
 * The documents drawn from the demo's first half of 2024 (docs/documents.md), opened with POI and checked against the
 * databases and the published months: the half-year report's counts per field equal a SQL count of the tasks, every
 * overdue task is listed, the ratings table equals the published months; the monthly forms hold the month's figures.
 */
class DocumentsIT {

    private static final String PLAN_CODE = "KH-SNV-2024";
    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate TO = LocalDate.of(2024, 6, 30);
    private static final List<String> MONTHS = List.of("2024-01", "2024-02", "2024-03", "2024-04", "2024-05",
            "2024-06");
    private static final List<String> LEVELS = List.of("HTXSNV", "HTTNV", "HTNV", "KHTNV");
    private static final Map<String, String> LEVEL_LABELS = Map.of("HTXSNV", "Hoàn thành xuất sắc nhiệm vụ",
            "HTTNV", "Hoàn thành tốt nhiệm vụ", "HTNV", "Hoàn thành nhiệm vụ", "KHTNV", "Không hoàn thành nhiệm vụ");
    private static final String OVERDUE = "Chưa hoàn thành, quá hạn";

    /** A task as the database holds it. */
    private record Row(long id, String field, String unit, String status, LocalDate due, LocalDate doneOn) {
    }

    /** Top-level, non-cancelled tasks of the plan's items due in the first half, of these units (all: null). */
    private static List<Row> tasks(Set<String> units) throws SQLException {
        Map<Long, String> fields = new HashMap<>();
        try (Connection plan = connect("plan"); PreparedStatement items = plan.prepareStatement(
                "select i.id, i.field from plan_item i join plan p on p.id = i.plan_id where p.code = ? and "
                        + "p.version = (select max(version) from plan where code = ?)")) {
            items.setString(1, PLAN_CODE);
            items.setString(2, PLAN_CODE);
            try (ResultSet rows = items.executeQuery()) {
                while (rows.next()) {
                    fields.put(rows.getLong(1), rows.getString(2));
                }
            }
        }
        List<Row> tasks = new ArrayList<>();
        try (Connection task = connect("task"); PreparedStatement query = task.prepareStatement(
                "select id, plan_item_id, unit_code, status, due_date, "
                        + "(completed_at at time zone 'Asia/Ho_Chi_Minh')::date from task where parent_id is null "
                        + "and status <> 'CANCELLED' and due_date between ? and ? and plan_item_id = any(?)")) {
            query.setDate(1, Date.valueOf(FROM));
            query.setDate(2, Date.valueOf(TO));
            query.setArray(3, task.createArrayOf("bigint", fields.keySet().toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (units == null || units.contains(rows.getString(3))) {
                        tasks.add(new Row(rows.getLong(1), fields.get(rows.getLong(2)), rows.getString(3),
                                rows.getString(4), rows.getDate(5).toLocalDate(),
                                rows.getDate(6) == null ? null : rows.getDate(6).toLocalDate()));
                    }
                }
            }
        }
        return tasks;
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(DatabaseCounts.URL + database + DatabaseCounts.SUFFIX, database, database);
    }

    /** Per field: tasks due, done on time, done late, not done; as ResultsReport counts them. */
    private static Map<String, List<Integer>> countsPerField(List<Row> tasks) {
        Map<String, List<Integer>> counts = new TreeMap<>();
        for (Row task : tasks) {
            List<Integer> row = counts.computeIfAbsent(task.field(), f -> new ArrayList<>(List.of(0, 0, 0, 0)));
            row.set(0, row.get(0) + 1);
            int column = task.doneOn() == null ? 3 : task.doneOn().isAfter(task.due()) ? 2 : 1;
            row.set(column, row.get(column) + 1);
        }
        return counts;
    }

    private static XWPFDocument download(String username, String url) throws IOException {
        byte[] bytes = given().auth().oauth2(cachedToken(username)).get(url).then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .extract().asByteArray();
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static XWPFDocument report(String username) throws IOException {
        return download(username, TASKS + "/api/reports/results?plan=" + PLAN_CODE + "&period=2024-H1&format=docx");
    }

    private static XWPFTable table(XWPFDocument document, String secondHeader) {
        return document.getTables().stream().filter(t -> t.getRow(0).getTableCells().size() > 1
                && t.getRow(0).getCell(1).getText().equals(secondHeader)).findFirst().orElseThrow();
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    /** Per field in the report's field table: due, on time, late, not done. */
    private static Map<String, List<Integer>> fieldTable(XWPFDocument document) {
        XWPFTable fields = table(document, "Lĩnh vực");
        Map<String, List<Integer>> counts = new TreeMap<>();
        for (int r = 1; r < fields.getNumberOfRows() - 1; r++) {
            List<String> row = cells(fields.getRow(r));
            counts.put(row.get(1), row.subList(3, 7).stream().map(Integer::valueOf).toList());
        }
        return counts;
    }

    @Test
    void theHalfYearReportCountsPerFieldWhatTheTaskDatabaseHolds() throws Exception {
        List<Row> tasks = tasks(null);
        assertThat(tasks).hasSizeGreaterThan(500);
        try (XWPFDocument document = report("director")) {
            assertThat(fieldTable(document)).isEqualTo(countsPerField(tasks));
            XWPFTable fields = table(document, "Lĩnh vực");
            assertThat(cells(fields.getRow(fields.getNumberOfRows() - 1)).get(3))
                    .isEqualTo(String.valueOf(tasks.size()));
            assertThat(table(document, "Mã nhiệm vụ").getNumberOfRows()).isEqualTo(tasks.size() + 1);
        }
    }

    @Test
    void everyOverdueTaskIsListedWithItsUnitInTheShortcomingsAndTheAppendix() throws Exception {
        List<Row> overdue = tasks(null).stream()
                .filter(t -> t.status().equals("ASSIGNED") || t.status().equals("RETURNED")).toList();
        try (XWPFDocument document = report("director")) {
            XWPFTable appendix = table(document, "Mã nhiệm vụ");
            Map<String, List<String>> byTask = new HashMap<>();
            for (int r = 1; r < appendix.getNumberOfRows(); r++) {
                List<String> row = cells(appendix.getRow(r));
                byTask.put(row.get(1), row);
            }
            Map<String, String> unitNames = unitNames();
            for (Row task : overdue) {
                List<String> row = byTask.get(String.valueOf(task.id()));
                assertThat(row).as("task " + task.id()).isNotNull();
                assertThat(row.get(7)).isEqualTo(OVERDUE);
                assertThat(row.get(4)).isEqualTo(unitNames.get(task.unit()));
            }
            long listed = document.getParagraphs().stream().map(XWPFParagraph::getText)
                    .filter(p -> p.startsWith("- Mục ") && p.contains("— " + OVERDUE)).count();
            assertThat(listed).isEqualTo(overdue.size());
        }
    }

    @Test
    void theRatingsTableEqualsThePublishedMonths() throws IOException {
        Map<String, String> unitNames = unitNames();
        Map<String, List<Integer>> expected = new TreeMap<>();
        for (String month : MONTHS) {
            JsonPath officers = given().auth().oauth2(cachedToken("director"))
                    .get(EVALUATION + "/api/evaluations/" + month + "/officers").then().statusCode(200).extract()
                    .jsonPath();
            List<String> units = officers.getList("unitCode", String.class);
            List<String> levels = officers.getList("level", String.class);
            assertThat(officers.getList("status", String.class)).containsOnly("PUBLISHED");
            for (int i = 0; i < units.size(); i++) {
                String unit = units.get(i) == null ? "" : unitNames.getOrDefault(units.get(i), units.get(i));
                List<Integer> row = expected.computeIfAbsent(unit,
                        u -> new ArrayList<>(List.of(0, 0, 0, 0, 0)));
                int column = LEVELS.contains(levels.get(i)) ? LEVELS.indexOf(levels.get(i)) : 4;
                row.set(column, row.get(column) + 1);
            }
        }
        try (XWPFDocument document = report("director")) {
            XWPFTable ratings = table(document, "Đơn vị");
            Map<String, List<Integer>> actual = new TreeMap<>();
            for (int r = 1; r < ratings.getNumberOfRows() - 1; r++) {
                List<String> row = cells(ratings.getRow(r));
                actual.put(row.get(1), row.subList(2, 7).stream().map(Integer::valueOf).toList());
            }
            assertThat(actual).isEqualTo(expected);
        }
    }

    @Test
    void aDeputyDirectorsReportCountsTheSupervisedUnitsTasksOnly() throws Exception {
        try (XWPFDocument document = report("deputy1")) {
            assertThat(fieldTable(document)).isEqualTo(countsPerField(tasks(Set.of("VP", "CCHC", "LTLS"))));
        }
    }

    @Test
    void theMonthlyFormHoldsTheOfficersPublishedFigures() throws IOException {
        long officerId = RunningSystem.officerId("officer.cchc.1");
        JsonPath rating = given().auth().oauth2(cachedToken("officer.cchc.1"))
                .get(EVALUATION + "/api/evaluations/2024-03/officers/" + officerId).then().statusCode(200).extract()
                .jsonPath();
        try (XWPFDocument form = download("officer.cchc.1", EVALUATION + "/api/evaluations/2024-03/officers/"
                + officerId + "/form?format=docx")) {
            List<String> text = form.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(text).contains("S (Tổng điểm) = " + two(rating.getString("total")) + ".",
                    "K (Điểm nhiệm vụ) = " + two(rating.getString("taskScore")) + ".",
                    "Mức xếp loại: " + LEVEL_LABELS.get(rating.getString("level")) + ".");
            assertThat(form.getTables().get(1).getNumberOfRows()).isEqualTo(rating.getList("products").size() + 1);
        }
        int cchc = given().auth().oauth2(cachedToken("head.cchc"))
                .get(EVALUATION + "/api/evaluations/2024-03/officers?unit=CCHC").then().statusCode(200).extract()
                .jsonPath().getList("officerId").size();
        try (XWPFDocument forms = download("head.cchc", EVALUATION + "/api/evaluations/2024-03/units/CCHC/forms")) {
            assertThat(forms.getTables()).filteredOn(t -> t.getText().contains("Độc lập - Tự do - Hạnh phúc"))
                    .hasSize(cchc);
        }
    }

    private static String two(String number) {
        return new BigDecimal(number).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static Map<String, String> unitNames() {
        JsonPath units = given().auth().oauth2(cachedToken("director")).get(PLAN + "/api/units").then()
                .statusCode(200).extract().jsonPath();
        Map<String, String> names = new HashMap<>();
        List<String> codes = units.getList("code", String.class);
        List<String> labels = units.getList("name", String.class);
        for (int i = 0; i < codes.size(); i++) {
            names.put(codes.get(i), labels.get(i));
        }
        return names;
    }
}
