package vn.hungyen.snv.plan.service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.hungyen.snv.plan.domain.CatalogueColumn;
import vn.hungyen.snv.plan.domain.CatalogueItem;

/**
 * Catalogue spreadsheets on the wire: CSV (UTF-8, RFC 4180, an optional byte-order mark) and XLSX (first sheet), both
 * with the Vietnamese headers of {@link CatalogueColumn}. Reading gives the cells, row by row; the parser judges them.
 */
public final class CatalogueFiles {

    /** The spreadsheet formats the catalogue is exchanged in. */
    public enum Format {
        CSV("text/csv; charset=UTF-8", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }
    }

    /** A file that is neither readable CSV in UTF-8 nor a readable XLSX workbook; the message is for the user. */
    public static final class UnreadableFileException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnreadableFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The name of the exported workbook's one sheet. */
    static final String SHEET_NAME = "Danh mục nhiệm vụ";
    /**
     * The most one part of an uploaded workbook (a sheet, the shared strings) may take unpacked. POI holds the
     * unpacked parts and the sheet's XML tree in memory, so this bounds the memory an import takes (some 150 MB at
     * most); the Department's catalogue of 196 items needs well under a megabyte.
     */
    static final long MAX_PART_SIZE = 10L * 1024 * 1024;

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    static {
        // JVM-wide settings of POI, which in plan-service serves this class only. POI's other zip-bomb guards keep
        // their defaults: a part that unpacks to more than 100 times its packed size, or more than 1000 parts.
        ZipSecureFile.setMaxEntrySize(MAX_PART_SIZE);
    }

    private CatalogueFiles() {
    }

    /** The format of an uploaded file: XLSX when it is a ZIP package (as every .xlsx is), CSV otherwise. */
    public static Format detect(byte[] content) {
        boolean zip = content.length >= ZIP_MAGIC.length
                && Arrays.equals(Arrays.copyOf(content, ZIP_MAGIC.length), ZIP_MAGIC);
        return zip ? Format.XLSX : Format.CSV;
    }

    /** The rows of the file, header first, each a list of cell texts. */
    public static List<List<String>> read(byte[] content) {
        return detect(content) == Format.XLSX ? readXlsx(content) : readCsv(content);
    }

    public static List<List<String>> readCsv(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException("Tệp CSV không phải mã UTF-8. Hãy lưu lại tệp dạng "
                    + "\"CSV UTF-8\" rồi gửi lại.", e);
        }
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
            return rows;
        } catch (IOException | UncheckedIOException e) {
            throw new UnreadableFileException("Không đọc được tệp CSV: " + e.getMessage(), e);
        }
    }

    private static List<List<String>> readXlsx(byte[] content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                XSSFRow row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    XSSFCell cell = row.getCell(c);
                    cells.add(cell == null ? "" : text(cell));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("Không đọc được tệp XLSX (trang tính đầu tiên). Hãy mở tệp bằng Excel, "
                    + "lưu lại dạng .xlsx rồi gửi lại.", e);
        }
    }

    /**
     * A cell's value as the file stores it, not as a number format shows it: a formula gives its last computed value,
     * a number (a date too, as its serial number) its plain digits without trailing zeros (so a number typed as a
     * code reads as typed, also where a writer stores 1 as 1.0), a truth value true or false, an error its code.
     */
    private static String text(XSSFCell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        String raw = Objects.requireNonNullElse(cell.getRawValue(), "");
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> raw.isEmpty() ? "" : new BigDecimal(raw).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case ERROR -> raw;
            default -> "";
        };
    }

    /** The items under the Vietnamese headers, in the order given. */
    public static byte[] write(List<CatalogueItem> items, Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (format == Format.CSV) {
                writeCsv(items, out);
            } else {
                writeXlsx(items, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeCsv(List<CatalogueItem> items, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                .setHeader(Arrays.stream(CatalogueColumn.values()).map(CatalogueColumn::header).toArray(String[]::new))
                .get());
        for (CatalogueItem item : items) {
            for (CatalogueColumn column : CatalogueColumn.values()) {
                printer.print(item.cell(column));
            }
            printer.println();
        }
        printer.flush();
    }

    private static void writeXlsx(List<CatalogueItem> items, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getProperties().getExtendedProperties().setApplication("plan-service");
            workbook.getProperties().getExtendedProperties().setAppVersion("1.0");
            XSSFSheet sheet = workbook.createSheet(SHEET_NAME);
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            XSSFCellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CatalogueColumn[] columns = CatalogueColumn.values();
            XSSFRow headerRow = sheet.createRow(0);
            for (int c = 0; c < columns.length; c++) {
                XSSFCell cell = headerRow.createCell(c);
                cell.setCellValue(columns[c].header());
                cell.setCellStyle(header);
            }
            for (int r = 0; r < items.size(); r++) {
                CatalogueItem item = items.get(r);
                XSSFRow row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue(item.number());
                for (int c = 1; c < columns.length; c++) {
                    row.createCell(c).setCellValue(item.cell(columns[c]));
                }
            }
            workbook.write(out);
        }
    }
}
