package vn.hungyen.snv.plan.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.testing.TestTokens;
import vn.hungyen.snv.plan.service.CatalogueFiles;

@QuarkusTest
class CatalogueImportTest {

    private static final String PLAN = "KH-SNV-2024";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String ADMIN = TestTokens.bearer("admin");

    @Test
    void anExportedCsvImportsBackUnchangedWithoutProblems() {
        byte[] csv = export("csv");
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFSTT,Lĩnh vực,Nội dung nhiệm vụ,");

        given().header("Authorization", ADMIN).contentType("text/csv").body(csv)
                .queryParam("dryRun", true)
                .when().post("/api/plans/{plan}/import", PLAN)
                .then().statusCode(200)
                .body("dryRun", is(true)).body("applied", is(false))
                .body("rowCount", is(196)).body("validRowCount", is(196)).body("problemCount", is(0))
                .body("rows", empty()).body("changes", empty());
    }

    @Test
    void anExportedXlsxUploadedAsAFormImportsBackUnchanged() {
        byte[] xlsx = given().header("Authorization", TestTokens.bearer("officer.cchc.1"))
                .queryParam("format", "xlsx")
                .when().get("/api/plans/{plan}/export", PLAN)
                .then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", endsWith(".xlsx\""))
                .extract().asByteArray();

        given().header("Authorization", ADMIN).multiPart("file", "danh-muc.xlsx", xlsx, XLSX)
                .when().post("/api/plans/{plan}/import?dryRun=true", PLAN)
                .then().statusCode(200)
                .body("rowCount", is(196)).body("problemCount", is(0)).body("changes", empty());
    }

    @Test
    void aFaultyFileGetsEveryRowsProblemsAndChangesNothing() {
        String before = catalogueSnapshot();
        byte[] faulty = edit(export("csv"), rows -> {
            rows.get(1).set(3, "PHONG-X");
            rows.get(1).set(6, "khi nào xong");
            rows.get(2).set(0, "1");
            rows.get(3).set(7, "");
            return rows;
        });

        JsonPath report = given().header("Authorization", ADMIN).contentType("text/csv").body(faulty)
                .when().post("/api/plans/{plan}/import?dryRun=true", PLAN)
                .then().statusCode(200).body("problemCount", is(4)).body("rows", hasSize(3))
                .extract().jsonPath();
        assertThat(report.getList("rows.row", Integer.class)).containsExactly(2, 3, 4);
        assertThat(report.getList("rows[0].problems.column", String.class)).containsExactly("Đơn vị chủ trì",
                "Thời hạn");
        assertThat(report.getString("rows[1].problems[0].message")).isEqualTo("STT 1 trùng với dòng 2.");
        assertThat(report.getString("rows[2].problems[0].message")).isEqualTo("Thiếu Sản phẩm.");

        given().header("Authorization", ADMIN).contentType("text/csv").body(faulty)
                .when().post("/api/plans/{plan}/import?dryRun=false", PLAN)
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", is("import-invalid")).body("report.problemCount", is(4));
        assertThat(catalogueSnapshot()).isEqualTo(before);
    }

    @Test
    void anUnreadableOrEmptyFileIsRefusedPlainly() {
        given().header("Authorization", ADMIN).contentType("text/csv").body(new byte[] {(byte) 0xC3, 0x28, 0x0A})
                .when().post("/api/plans/{plan}/import", PLAN)
                .then().statusCode(400).contentType("application/problem+json").body("code", is("unreadable-file"));
        given().header("Authorization", ADMIN).contentType("text/csv")
                .body("Tên,Ghi chú\nA,B\n".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/plans/{plan}/import", PLAN)
                .then().statusCode(200).body("rows[0].row", is(1)).body("problemCount", is(12));
        given().header("Authorization", ADMIN).contentType("text/csv").body(new byte[0])
                .when().post("/api/plans/{plan}/import", PLAN)
                .then().statusCode(400).body("code", is("file-missing"));
    }

    @Test
    void onlyAnAdministratorImports() {
        given().header("Authorization", TestTokens.bearer("director")).contentType("text/csv").body(export("csv"))
                .when().post("/api/plans/{plan}/import", PLAN)
                .then().statusCode(403);
    }

    @Test
    void amendingAPublishedPlanCreatesAVersionWithItsDocumentAndShowsTheChanges() {
        JsonPath current = given().header("Authorization", ADMIN).when().get("/api/plans/{plan}", PLAN)
                .then().statusCode(200).extract().jsonPath();
        int version = current.getInt("version");
        byte[] amended = edit(export("csv"), rows -> {
            rows.get(rows.size() - 1).set(6, "Quý IV");
            return rows;
        });

        given().header("Authorization", ADMIN).contentType("text/csv").body(amended)
                .when().post("/api/plans/{plan}/import?dryRun=false", PLAN)
                .then().statusCode(422).body("code", is("amendment-document-required"));
        given().header("Authorization", ADMIN).contentType("text/csv").body(export("csv"))
                .when().post("/api/plans/{plan}/import?dryRun=false&documentNumber=1&documentDate=2024-07-01"
                        + "&documentSigner=X", PLAN)
                .then().statusCode(422).body("code", is("no-changes"));

        String location = given().header("Authorization", ADMIN).contentType("text/csv").body(amended)
                .queryParam("dryRun", false).queryParam("documentNumber", "215/KH-SNV")
                .queryParam("documentDate", "2024-07-15").queryParam("documentSigner", "Lê Quang Hòa")
                .when().post("/api/plans/{plan}/import", PLAN)
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("applied", is(true)).body("version", is(version + 1))
                .body("changes", hasSize(1)).body("changes[0].number", is(196))
                .body("changes[0].kind", is("CHANGED"))
                .body("changes[0].columns[0].column", is("Thời hạn"))
                .body("changes[0].columns[0].after", is("Quý IV/2024"))
                .extract().header("Location");

        given().header("Authorization", ADMIN).when().get(location)
                .then().statusCode(200).body("status", is("PUBLISHED")).body("itemCount", is(196))
                .body("documentNumber", is("215/KH-SNV")).body("documentDate", is("2024-07-15"));
        given().header("Authorization", TestTokens.bearer("officer.vp.1"))
                .when().get("/api/plans/{plan}/versions", PLAN)
                .then().statusCode(200)
                .body("find { it.version == " + version + " }.status", is("ARCHIVED"))
                .body("find { it.version == " + (version + 1) + " }.status", is("PUBLISHED"));
        given().header("Authorization", TestTokens.bearer("officer.vp.1"))
                .when().get("/api/plans/{plan}/diff", PLAN)
                .then().statusCode(200)
                .body("fromVersion", is(version)).body("toVersion", is(version + 1))
                .body("changes.number", is(List.of(196)))
                .body("changes[0].columns[0].before", is("Năm 2024"));
        given().header("Authorization", TestTokens.bearer("officer.vp.1"))
                .when().get("/api/plans/{plan}/items/196", PLAN)
                .then().statusCode(200).body("deadline.dueDate", is("2024-12-31"))
                .body("deadline.kind", is("QUARTER"));
        given().header("Authorization", ADMIN).contentType("text/csv").body(amended)
                .when().post("/api/plans/{id}/import", current.getLong("id"))
                .then().statusCode(409).body("code", is("plan-archived"));
        given().header("Authorization", ADMIN).queryParam("to", 1)
                .when().get("/api/plans/{plan}/diff", PLAN)
                .then().statusCode(422).body("code", is("no-earlier-version"));
    }

    private static byte[] export(String format) {
        return given().header("Authorization", ADMIN).queryParam("format", format)
                .when().get("/api/plans/{plan}/export", PLAN)
                .then().statusCode(200).extract().asByteArray();
    }

    private static String catalogueSnapshot() {
        String plans = given().header("Authorization", ADMIN).when().get("/api/plans").then().statusCode(200)
                .extract().asString();
        return plans + new String(export("csv"), StandardCharsets.UTF_8);
    }

    /** The CSV with its rows (header first) changed. */
    private static byte[] edit(byte[] csv, UnaryOperator<List<List<String>>> change) {
        List<List<String>> rows = new ArrayList<>();
        CatalogueFiles.readCsv(csv).forEach(row -> rows.add(new ArrayList<>(row)));
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecords(change.apply(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
