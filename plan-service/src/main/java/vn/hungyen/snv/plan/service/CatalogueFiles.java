package vn.hungyen.snv.plan.service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
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
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
                var sheetRows = workbook.getFirstSheet().openStream()) {
            List<List<String>> rows = new ArrayList<>();
            for (Row row : (Iterable<Row>) sheetRows::iterator) {
                while (rows.size() < row.getRowNum() - 1) {
                    rows.add(List.of());
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? "" : cell.getText());
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("Không đọc được tệp XLSX (trang tính đầu tiên). Hãy mở tệp bằng Excel, "
                    + "lưu lại dạng .xlsx rồi gửi lại.", e);
        }
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
        Workbook workbook = new Workbook(out, "plan-service", "1.0");
        Worksheet sheet = workbook.newWorksheet("Danh mục nhiệm vụ");
        CatalogueColumn[] columns = CatalogueColumn.values();
        for (int c = 0; c < columns.length; c++) {
            sheet.value(0, c, columns[c].header());
            sheet.style(0, c).bold().set();
        }
        for (int r = 0; r < items.size(); r++) {
            CatalogueItem item = items.get(r);
            sheet.value(r + 1, 0, item.number());
            for (int c = 1; c < columns.length; c++) {
                sheet.value(r + 1, c, item.cell(columns[c]));
            }
        }
        workbook.finish();
    }
}
