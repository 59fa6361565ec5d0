package vn.hungyen.snv.plan.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.testing.TestTokens;
import vn.hungyen.snv.plan.domain.CatalogueColumn;
import vn.hungyen.snv.plan.service.CatalogueFiles;

/**
 * What the catalogue import does with files that are hostile or broken: text that looks like a formula, formulas,
 * files and sheets beyond the limits, bodies that are not multipart. Nothing is ever written from such a file.
 */
@QuarkusTest
class CatalogueImportSafetyTest {

    private static final String PLAN = "KH-SNV-2024";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PROBLEM = "application/problem+json";
    private static final String ADMIN = TestTokens.bearer("admin");
    private static final int CONTENT = CatalogueColumn.CONTENT.ordinal();
    /** Contents a spreadsheet program could take for formulas, the first a Vietnamese bullet list. */
    private static final List<String> RISKY = List.of("- Tổ chức hội nghị tổng kết\n- Báo cáo kết quả thực hiện",
            "=HYPERLINK(\"http://example.invalid\",\"Bấm vào đây\")", "+84 221 3863 123 đường dây nóng",
            "@SUM(A1:A9) không phải công thức", "-1 là số âm, vẫn là chữ");

    @Test
    void formulaLikeTextIsKeptExportedAsTextAndComesBackUnchanged() throws IOException {
        String draft = "KH-SNV-2024-CT";
        admin().contentType("application/json").body("{\"code\": \"" + draft + "\", \"title\": \"Thử công thức\", "
                        + "\"year\": 2024, \"organisation\": \"SNV\"}")
                .when().post("/api/plans").then().statusCode(201);
        byte[] typed = edit(export(PLAN, "csv"), rows -> {
            for (int i = 0; i < RISKY.size(); i++) {
                rows.get(i + 1).set(CONTENT, RISKY.get(i));
            }
        });

        admin().contentType("text/csv").body(typed).queryParam("dryRun", false)
                .when().post("/api/plans/{plan}/import", draft)
                .then().statusCode(201).body("applied", is(true)).body("problemCount", is(0));
        for (int i = 0; i < RISKY.size(); i++) {
            admin().when().get("/api/plans/{plan}/items/{number}", draft, i + 1)
                    .then().statusCode(200).body("content", is(RISKY.get(i)));
        }

        byte[] csv = export(draft, "csv");
        assertThat(new String(csv, StandardCharsets.UTF_8))
                .contains(",\"'- Tổ chức hội nghị tổng kết\n- Báo cáo kết quả thực hiện\",",
                        ",\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"Bấm vào đây\"\")\",",
                        ",'+84 221 3863 123 đường dây nóng,", ",'@SUM(A1:A9) không phải công thức,",
                        ",\"'-1 là số âm, vẫn là chữ\",")
                .doesNotContain(",=HYPERLINK");
        byte[] xlsx = export(draft, "xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (int i = 0; i < RISKY.size(); i++) {
                XSSFCell cell = workbook.getSheetAt(0).getRow(i + 1).getCell(CONTENT);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(RISKY.get(i));
                assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
            }
        }

        admin().contentType("text/csv").body(csv).when().post("/api/plans/{plan}/import", draft)
                .then().statusCode(200).body("problemCount", is(0)).body("changes", empty());
        admin().multiPart("file", "danh-muc.xlsx", xlsx, XLSX).when().post("/api/plans/{plan}/import", draft)
                .then().statusCode(200).body("problemCount", is(0)).body("changes", empty());
        byte[] edited = edit(csv, rows -> rows.get(2).set(CatalogueColumn.DEADLINE.ordinal(), "Quý IV"));
        admin().contentType("text/csv").body(edited).when().post("/api/plans/{plan}/import", draft)
                .then().statusCode(200).body("changes.number", is(List.of(2)))
                .body("changes[0].columns.column", is(List.of("Thời hạn")));
    }

    @Test
    void aFormulaTheWorkbookHoldsNoValueForIsRefusedNamingItsCellAndNothingIsWritten() throws IOException {
        String before = snapshot();
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(PLAN, "xlsx")));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFRow row = workbook.getSheetAt(0).getRow(4);
            row.removeCell(row.getCell(CONTENT));
            row.createCell(CONTENT).setCellFormula("HYPERLINK(\"http://example.invalid\",\"Bấm\")");
            workbook.write(out);
            file = out.toByteArray();
        }

        admin().multiPart("file", "danh-muc.xlsx", file, XLSX)
                .queryParam("dryRun", false).queryParam("documentNumber", "9/KH-SNV")
                .queryParam("documentDate", "2024-08-01").queryParam("documentSigner", "Lê Quang Hòa")
                .when().post("/api/plans/{plan}/import", PLAN)
                .then().statusCode(400).contentType(PROBLEM).body("code", is("unreadable-file"))
                .body("detail", startsWith("Ô C5 (dòng 5, cột C \"Nội dung nhiệm vụ\") chứa công thức "
                        + "=HYPERLINK("));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void filesBeyondTheLimitsAreRefusedWith413() {
        String header = String.join(",", Arrays.stream(CatalogueColumn.values()).map(CatalogueColumn::header)
                .toList()) + "\n";
        byte[] rows2000 = (header + "1,x\n".repeat(2000) + ",\n".repeat(50)).getBytes(StandardCharsets.UTF_8);
        byte[] rows2001 = (header + "1,x\n".repeat(2001)).getBytes(StandardCharsets.UTF_8);
        admin().contentType("text/csv").body(rows2000).when().post("/api/plans/{plan}/import", PLAN)
                .then().statusCode(200).body("rowCount", is(2000));
        admin().contentType("text/csv").body(rows2001).when().post("/api/plans/{plan}/import", PLAN)
                .then().statusCode(413).contentType(PROBLEM).body("code", is("too-many-rows"))
                .body("detail", startsWith("Tệp có hơn 2000 dòng dữ liệu (không kể dòng tiêu đề)"));

        byte[] large = new byte[5 * 1024 * 1024 + 1];
        Arrays.fill(large, (byte) 'a');
        admin().contentType("text/csv").body(large).when().post("/api/plans/{plan}/import", PLAN)
                .then().statusCode(413).contentType(PROBLEM).body("code", is("file-too-large"))
                .body("detail", is("Tệp nặng 5,0 MB, quá giới hạn 5,0 MB cho một lần nhập danh mục. Hãy bỏ các "
                        + "trang tính, hình ảnh và dòng thừa, hoặc gửi tệp CSV."));
        admin().multiPart("file", "lon.csv", large, "text/csv").when().post("/api/plans/{plan}/import", PLAN)
                .then().statusCode(413).contentType(PROBLEM).body("code", is("file-too-large"));
        byte[] beyondHttp = new byte[10 * 1024 * 1024 + 1];
        admin().contentType("text/csv").body(beyondHttp).when().post("/api/plans/{plan}/import", PLAN)
                .then().statusCode(413).contentType(PROBLEM).body("code", is("file-too-large"))
                .body("detail", startsWith("Tệp nặng 10,0 MB, quá giới hạn 5,0 MB"));
    }

    @Test
    void aBrokenMultipartBodyIsABadRequestAndNothingIsWritten() {
        String before = snapshot();
        given().header("Authorization", ADMIN).contentType("multipart/form-data; boundary=x")
                .body("đây không phải multipart".getBytes(StandardCharsets.UTF_8))
                .queryParam("dryRun", false).when().post("/api/plans/{plan}/import", PLAN)
                .then().statusCode(400).contentType(PROBLEM).body("code", is("malformed-multipart"))
                .body("detail", containsString("multipart/form-data"));
        given().header("Authorization", ADMIN).contentType("multipart/form-data; boundary=x")
                .body("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nSTT,".getBytes(
                        StandardCharsets.UTF_8))
                .queryParam("dryRun", false).when().post("/api/plans/{plan}/import", PLAN)
                .then().statusCode(400).contentType(PROBLEM).body("code", is("malformed-multipart"));
        admin().multiPart("ghiChu", "không có tệp").queryParam("dryRun", false)
                .when().post("/api/plans/{plan}/import", PLAN)
                .then().statusCode(400).contentType(PROBLEM).body("code", is("file-missing"))
                .body("detail", containsString("\"file\""));
        admin().multiPart("file", "anh.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0},
                        "image/png")
                .queryParam("dryRun", false).when().post("/api/plans/{plan}/import", PLAN)
                .then().statusCode(400).contentType(PROBLEM).body("code", is("unreadable-file"));
        assertThat(snapshot()).isEqualTo(before);
    }

    private static RequestSpecification admin() {
        return given().header("Authorization", ADMIN);
    }

    private static byte[] export(String plan, String format) {
        return admin().queryParam("format", format).when().get("/api/plans/{plan}/export", plan)
                .then().statusCode(200).extract().asByteArray();
    }

    private static String snapshot() {
        return admin().when().get("/api/plans").then().statusCode(200).extract().asString()
                + new String(export(PLAN, "csv"), StandardCharsets.UTF_8);
    }

    /** The CSV with its rows (header first) changed, written as a person's spreadsheet program would. */
    private static byte[] edit(byte[] csv, java.util.function.Consumer<List<List<String>>> change) {
        List<List<String>> rows = new ArrayList<>();
        CatalogueFiles.readCsv(csv).forEach(row -> rows.add(new ArrayList<>(row)));
        change.accept(rows);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecords(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
