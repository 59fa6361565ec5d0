package vn.hungyen.snv.plan.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.plan.domain.CatalogueColumn;
import vn.hungyen.snv.plan.domain.CatalogueItem;
import vn.hungyen.snv.plan.domain.CatalogueParser;

/** The XLSX side of catalogue files: what the export writes and how an upload's cells are read. Plain JUnit. */
class CatalogueFilesTest {

    private static final String UNREADABLE = "Không đọc được tệp XLSX (trang tính đầu tiên). Hãy mở tệp bằng Excel, "
            + "lưu lại dạng .xlsx rồi gửi lại.";
    private static final String SHEET_PART = "xl/worksheets/sheet1.xml";
    private static final CatalogueFiles.Limits LIMITS = new CatalogueFiles.Limits(2000,
            CatalogueFiles.DEFAULT_MAX_PART_SIZE);

    private static List<CatalogueItem> items;

    @BeforeAll
    static void readTheSeedCatalogue() throws IOException {
        try (InputStream in = Objects.requireNonNull(
                CatalogueFilesTest.class.getClassLoader().getResourceAsStream("catalogue/KH-SNV-2024.csv"))) {
            List<List<String>> rows = CatalogueFiles.readCsv(in.readAllBytes());
            CatalogueParser.Result parsed = new CatalogueParser(new CatalogueParser.Rules(2024,
                    rows.stream().skip(1).map(row -> row.get(CatalogueColumn.FIELD.ordinal()))
                            .collect(Collectors.toSet()),
                    CatalogueParser.Directory.UNCHECKED)).parse(rows);
            assertThat(parsed.problems()).isEmpty();
            items = parsed.items();
        }
    }

    @Test
    void anExportedWorkbookReadsBackAsTheSameRowsAsTheExportedCsv() {
        List<List<String>> fromXlsx = CatalogueFiles.read(CatalogueFiles.write(items, CatalogueFiles.Format.XLSX),
                LIMITS);

        assertThat(fromXlsx).hasSize(items.size() + 1)
                .isEqualTo(CatalogueFiles.read(CatalogueFiles.write(items, CatalogueFiles.Format.CSV), LIMITS));
    }

    @Test
    void theExportIsOneSheetWithBoldHeadersNumbersAsNumbersAndTheRestAsText() throws IOException {
        byte[] file = CatalogueFiles.write(items, CatalogueFiles.Format.XLSX);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = workbook.getSheet(CatalogueFiles.SHEET_NAME);
            XSSFRow header = sheet.getRow(0);
            for (CatalogueColumn column : CatalogueColumn.values()) {
                assertThat(header.getCell(column.ordinal()).getStringCellValue()).isEqualTo(column.header());
                assertThat(header.getCell(column.ordinal()).getCellStyle().getFont().getBold()).isTrue();
            }
            XSSFRow first = sheet.getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(items.get(0).number());
            assertThat(first.getCell(0).getCellStyle().getFont().getBold()).isFalse();
            assertThat(first.getCell(CatalogueColumn.CONTENT.ordinal()).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getLastRowNum()).isEqualTo(items.size());
        }
    }

    @Test
    void cellsReadAsStoredNotAsFormattedWithGapsKeptAndFormulasAsTheirValues() throws IOException {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Trang 1");
            workbook.createSheet("Trang 2").createRow(0).createCell(0).setCellValue("không đọc");
            XSSFRow header = sheet.createRow(0);
            header.createCell(0).setCellValue("STT");
            header.createCell(1).setCellValue("Thời hạn");
            XSSFRow values = sheet.createRow(2);
            values.createCell(0).setCellValue(7);
            values.createCell(1).setCellValue("007");
            XSSFCellStyle day = workbook.createCellStyle();
            day.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            values.createCell(2).setCellValue(LocalDate.of(2024, 12, 31));
            values.getCell(2).setCellStyle(day);
            values.createCell(3).setCellValue(2.50);
            values.createCell(5).setCellStyle(day);
            XSSFRow formulas = sheet.createRow(3);
            formulas.createCell(0).setCellFormula("A3+1");
            formulas.createCell(1).setCellFormula("\"Quý \"&\"II/2024\"");
            formulas.createCell(2).setCellFormula("1=1");
            formulas.createCell(3).setCellFormula("1/0");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            file = out.toByteArray();
        }

        assertThat(CatalogueFiles.detect(file)).isEqualTo(CatalogueFiles.Format.XLSX);
        assertThat(CatalogueFiles.read(file, LIMITS)).containsExactly(
                List.of("STT", "Thời hạn"),
                List.of(),
                List.of("7", "007", "45657", "2.5", "", ""),
                List.of("8", "Quý II/2024", "true", "#DIV/0!"));
    }

    @Test
    void textThatStartsLikeAFormulaIsExportedAsTextAndReadsBackUnchanged() throws IOException {
        List<String> contents = List.of("- Tổ chức hội nghị\n- Báo cáo kết quả", "=1+1", "+84 221 3863 123",
                "@SUM(A1)", "'=đã có dấu nháy");
        List<CatalogueItem> risky = new ArrayList<>();
        for (int i = 0; i < contents.size(); i++) {
            CatalogueItem item = items.get(i);
            risky.add(new CatalogueItem(item.number(), item.field(), contents.get(i), item.leadUnit(),
                    item.coordinatingUnits(), item.supervisor(), item.deadline(), item.product(), item.target(),
                    item.source(), item.sourceQuote(), item.derivation()));
        }
        int content = CatalogueColumn.CONTENT.ordinal();

        byte[] csv = CatalogueFiles.write(risky, CatalogueFiles.Format.CSV);
        assertThat(new String(csv, StandardCharsets.UTF_8))
                .contains(",\"'- Tổ chức hội nghị\n- Báo cáo kết quả\",", ",'=1+1,", ",'+84 221 3863 123,",
                        ",'@SUM(A1),", ",''=đã có dấu nháy,")
                .doesNotContain(",=1+1,");
        byte[] xlsx = CatalogueFiles.write(risky, CatalogueFiles.Format.XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            for (int r = 1; r <= 4; r++) {
                assertThat(sheet.getRow(r).getCell(content).getCellType()).isEqualTo(CellType.STRING);
                assertThat(sheet.getRow(r).getCell(content).getStringCellValue()).isEqualTo(contents.get(r - 1));
                assertThat(sheet.getRow(r).getCell(content).getCellStyle().getQuotePrefixed()).isTrue();
            }
            assertThat(sheet.getRow(5).getCell(content).getCellStyle().getQuotePrefixed()).isFalse();
        }
        for (byte[] file : List.of(csv, xlsx)) {
            assertThat(CatalogueFiles.read(file, LIMITS).stream().skip(1).map(row -> row.get(content)))
                    .containsExactlyElementsOf(contents);
        }
    }

    @Test
    void aFormulaWithoutAStoredValueIsRefusedNamingItsCell() throws IOException {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                CatalogueFiles.write(items.subList(0, 3), CatalogueFiles.Format.XLSX)));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFRow row = workbook.getSheetAt(0).getRow(2);
            row.removeCell(row.getCell(CatalogueColumn.CONTENT.ordinal()));
            row.createCell(CatalogueColumn.CONTENT.ordinal()).setCellFormula("CONCAT(\"Tổ chức \",\"hội nghị\")");
            workbook.write(out);
            file = out.toByteArray();
        }

        assertThatThrownBy(() -> CatalogueFiles.read(file, LIMITS))
                .isInstanceOf(CatalogueFiles.UnreadableFileException.class)
                .hasMessage("Ô C3 (dòng 3, cột C \"Nội dung nhiệm vụ\") chứa công thức "
                        + "=CONCAT(\"Tổ chức \",\"hội nghị\") nhưng tệp không lưu giá trị của nó. Hãy mở tệp bằng "
                        + "Excel rồi lưu lại (Excel tính và lưu giá trị), hoặc thay công thức bằng giá trị, "
                        + "rồi gửi lại.");
    }

    @Test
    void rowsOfDataBeyondTheLimitAreRefusedBlankRowsNotCounted() throws IOException {
        CatalogueFiles.Limits three = new CatalogueFiles.Limits(3, CatalogueFiles.DEFAULT_MAX_PART_SIZE);
        String header = "STT,Nội dung\n";
        byte[] threeRows = (header + "1,a\n,\n2,b\n3,c\n,\n\n").getBytes(StandardCharsets.UTF_8);
        byte[] fourRows = (header + "1,a\n2,b\n3,c\n4,d\n").getBytes(StandardCharsets.UTF_8);

        assertThat(CatalogueFiles.read(threeRows, three)).hasSize(5).last().isEqualTo(List.of("3", "c"));
        assertThatThrownBy(() -> CatalogueFiles.read(fourRows, three))
                .isInstanceOf(CatalogueFiles.TooManyRowsException.class)
                .hasMessageStartingWith("Tệp có hơn 3 dòng dữ liệu");
        byte[] workbook = CatalogueFiles.write(items.subList(0, 4), CatalogueFiles.Format.XLSX);
        assertThat(CatalogueFiles.read(workbook, new CatalogueFiles.Limits(4, CatalogueFiles.DEFAULT_MAX_PART_SIZE)))
                .hasSize(5);
        assertThatThrownBy(() -> CatalogueFiles.read(workbook, three))
                .isInstanceOf(CatalogueFiles.TooManyRowsException.class);
    }

    @Test
    void aZipThatIsNoWorkbookIsUnreadable() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("danh-muc.csv"));
            out.write("STT,Lĩnh vực\n".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> CatalogueFiles.read(zip.toByteArray(), LIMITS))
                .isInstanceOf(CatalogueFiles.UnreadableFileException.class).hasMessage(UNREADABLE);
    }

    @Test
    void aSheetThatUnpacksToMoreThanTheLimitIsUnreadable() throws IOException {
        Random random = new Random(1);
        StringBuilder cells = new StringBuilder("<sheetData><row r=\"1\">");
        for (int length = 0; length <= CatalogueFiles.DEFAULT_MAX_PART_SIZE; length += 1000) {
            cells.append("<c t=\"inlineStr\"><is><t>");
            random.ints(1000, 'a', 'z' + 1).forEach(c -> cells.append((char) c));
            cells.append("</t></is></c>");
        }
        byte[] large = withSheetData(cells.append("</row></sheetData>").toString());

        assertThatThrownBy(() -> CatalogueFiles.read(large, LIMITS))
                .isInstanceOf(CatalogueFiles.UnreadableFileException.class).hasMessage(UNREADABLE);
    }

    @Test
    void aZipBombIsUnreadable() throws IOException {
        byte[] bomb = withSheetData("<sheetData>" + "<row/>".repeat(1_000_000) + "</sheetData>");

        assertThatThrownBy(() -> CatalogueFiles.read(bomb, LIMITS))
                .isInstanceOf(CatalogueFiles.UnreadableFileException.class).hasMessage(UNREADABLE);
    }

    /** A one-item export whose first sheet holds the given sheet data instead. */
    private static byte[] withSheetData(String sheetData) throws IOException {
        ByteArrayOutputStream patched = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(
                CatalogueFiles.write(items.subList(0, 1), CatalogueFiles.Format.XLSX)));
                ZipOutputStream out = new ZipOutputStream(patched)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(SHEET_PART)) {
                    String sheet = new String(content, StandardCharsets.UTF_8);
                    content = (sheet.substring(0, sheet.indexOf("<sheetData>")) + sheetData
                            + sheet.substring(sheet.indexOf("</sheetData>") + "</sheetData>".length()))
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
            }
        }
        return patched.toByteArray();
    }
}
