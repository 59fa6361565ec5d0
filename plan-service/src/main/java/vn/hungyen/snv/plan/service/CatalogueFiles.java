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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.hungyen.snv.common.sheet.SpreadsheetText;
import vn.hungyen.snv.common.sheet.TextCells;
import vn.hungyen.snv.plan.domain.CatalogueColumn;
import vn.hungyen.snv.plan.domain.CatalogueItem;

/**
 * Catalogue spreadsheets on the wire: CSV (UTF-8, RFC 4180, an optional byte-order mark) and XLSX (first sheet), both
 * with the Vietnamese headers of {@link CatalogueColumn}. Reading gives the cells, row by row; the parser judges them.
 * Text that a spreadsheet program could take for a formula is written as text ({@link SpreadsheetText}) and read
 * back unchanged.
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

    /** A file with more rows of data than {@link Limits#maxRows()}; the message is for the user. */
    public static final class TooManyRowsException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyRowsException(int maxRows) {
            super("Tệp có hơn " + maxRows + " dòng dữ liệu (không kể dòng tiêu đề), quá giới hạn một lần nhập. "
                    + "Hãy bỏ các dòng thừa hoặc chia danh mục ra nhiều tệp.");
        }
    }

    /**
     * What a read takes at most: {@code maxRows} rows of data besides the header (blank rows not counted), and
     * {@code maxPartSize} bytes for one part of a workbook (a sheet, the shared strings) unpacked. POI holds the
     * unpacked parts and the sheet's XML tree in memory, so the latter bounds the memory an import takes (some 15
     * times the part size at most); the Department's catalogue of 196 items needs well under a megabyte.
     */
    public record Limits(int maxRows, long maxPartSize) {
        /** No bound on rows, the default bound on parts: for the catalogues the service ships. */
        public static final Limits TRUSTED = new Limits(Integer.MAX_VALUE, DEFAULT_MAX_PART_SIZE);
    }

    /** The name of the exported workbook's one sheet. */
    static final String SHEET_NAME = "Danh mục nhiệm vụ";
    /** The default of {@link Limits#maxPartSize()}, also that of the setting app.import.max-unpacked-part-size. */
    static final long DEFAULT_MAX_PART_SIZE = 10L * 1024 * 1024;

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private CatalogueFiles() {
    }

    /** The format of an uploaded file: XLSX when it is a ZIP package (as every .xlsx is), CSV otherwise. */
    public static Format detect(byte[] content) {
        boolean zip = content.length >= ZIP_MAGIC.length
                && Arrays.equals(Arrays.copyOf(content, ZIP_MAGIC.length), ZIP_MAGIC);
        return zip ? Format.XLSX : Format.CSV;
    }

    /**
     * The rows of the file, header first, each a list of cell texts; trailing blank rows are left out.
     *
     * @throws UnreadableFileException the file is neither CSV in UTF-8 nor a workbook, or has a formula without value
     * @throws TooManyRowsException the file has more rows than the limits allow
     */
    public static List<List<String>> read(byte[] content, Limits limits) {
        return detect(content) == Format.XLSX ? readXlsx(content, limits) : readCsv(content, limits);
    }

    /** The rows of a CSV file the service ships (or a test writes), header first. */
    public static List<List<String>> readCsv(byte[] content) {
        return readCsv(content, Limits.TRUSTED);
    }

    private static List<List<String>> readCsv(byte[] content, Limits limits) {
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
            Rows rows = new Rows(limits);
            for (CSVRecord record : parser) {
                rows.add(record.stream().map(SpreadsheetText::fromCsv).toList());
            }
            return rows.read();
        } catch (IOException | UncheckedIOException e) {
            throw new UnreadableFileException("Không đọc được tệp CSV: " + e.getMessage(), e);
        }
    }

    private static List<List<String>> readXlsx(byte[] content, Limits limits) {
        try (XSSFWorkbook workbook = open(content, limits)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Rows rows = new Rows(limits);
            for (Row row : sheet) {
                while (rows.size() < row.getRowNum()) {
                    rows.add(List.of());
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    XSSFCell cell = (XSSFCell) row.getCell(c);
                    cells.add(cell == null ? "" : text(cell, sheet.getRow(0)));
                }
                rows.add(cells);
            }
            return rows.read();
        } catch (TooManyRowsException | UnreadableFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("Không đọc được tệp XLSX (trang tính đầu tiên). Hãy mở tệp bằng Excel, "
                    + "lưu lại dạng .xlsx rồi gửi lại.", e);
        }
    }

    private static XSSFWorkbook open(byte[] content, Limits limits) throws IOException {
        // A JVM-wide setting of POI, which in plan-service serves this class only, always with the one configured
        // value. POI's other zip-bomb guards keep their defaults: a part that unpacks to more than 100 times its
        // packed size, or more than 1000 parts.
        ZipSecureFile.setMaxEntrySize(limits.maxPartSize());
        return new XSSFWorkbook(new ByteArrayInputStream(content));
    }

    /** The rows read so far; refuses the data row beyond the limit, and leaves trailing blank rows out. */
    private static final class Rows {
        private final Limits limits;
        private final List<List<String>> rows = new ArrayList<>();
        private int filled;
        private int lastFilled = -1;

        Rows(Limits limits) {
            this.limits = limits;
        }

        int size() {
            return rows.size();
        }

        void add(List<String> cells) {
            if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                // the header is the first filled row, not a data row
                if (++filled > limits.maxRows() + 1L) {
                    throw new TooManyRowsException(limits.maxRows());
                }
                lastFilled = rows.size();
            }
            rows.add(cells);
        }

        List<List<String>> read() {
            return rows.subList(0, lastFilled + 1);
        }
    }

    /**
     * A cell's value as the file stores it, not as a number format shows it: a formula gives its last computed value
     * (the value its author saw; a formula the file holds no value for is refused, naming the cell), a number (a date
     * too, as its serial number) its plain digits without trailing zeros (so a number typed as a code reads as typed,
     * also where a writer stores 1 as 1.0), a truth value true or false, an error its code.
     */
    private static String text(XSSFCell cell, Row header) {
        if (cell.getCellType() == CellType.FORMULA && cell.getRawValue() == null) {
            Cell title = header == null || cell.getRowIndex() == 0 ? null : header.getCell(cell.getColumnIndex());
            String column = title == null || title.getCellType() != CellType.STRING
                    || title.getStringCellValue().isBlank() ? ""
                    : " \"" + title.getStringCellValue().strip() + "\"";
            throw new UnreadableFileException("Ô " + cell.getAddress().formatAsString() + " (dòng "
                    + (cell.getRowIndex() + 1) + ", cột " + CellReference.convertNumToColString(cell.getColumnIndex())
                    + column + ") chứa công thức " + "=" + cell.getCellFormula() + " nhưng tệp không lưu giá trị "
                    + "của nó. Hãy mở tệp bằng Excel rồi lưu lại (Excel tính và lưu giá trị), hoặc thay công thức "
                    + "bằng giá trị, rồi gửi lại.", null);
        }
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
                printer.print(SpreadsheetText.toCsv(item.cell(column)));
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
                    TextCells.setText(row.createCell(c), item.cell(columns[c]));
                }
            }
            workbook.write(out);
        }
    }
}
