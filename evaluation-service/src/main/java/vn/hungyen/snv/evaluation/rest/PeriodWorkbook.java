package vn.hungyen.snv.evaluation.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.hungyen.snv.common.sheet.TextCells;
import vn.hungyen.snv.evaluation.service.RatingViews.PeriodRating;

/**
 * A quarter's or year's officer ratings as an XLSX workbook of one sheet: the organisation, the title and the period
 * on top, one row per officer (position, the band of the mean S, the final level and the rules that lowered it), and
 * the signature block below. Text that people typed goes through {@link TextCells}.
 */
final class PeriodWorkbook {

    static final String SHEET = "Kết quả đánh giá";
    /** The row of the table's headers, below the organisation, the title and the period. */
    static final int HEADER_ROW = 4;
    static final List<String> HEADERS = List.of("STT", "Họ và tên", "Đơn vị", "Chức vụ", "Số tháng được đánh giá",
            "Điểm bình quân (S)", "Mức theo điểm", "Mức xếp loại", "Lý do khác mức theo điểm");
    private static final List<String> ROMAN = List.of("I", "II", "III", "IV");

    private PeriodWorkbook() {
    }

    /** The ratings of {@code period} ({@code YYYY} or {@code YYYY-Qn}, already checked), in this order. */
    static byte[] write(String organisationName, String period, List<PeriodRating> officers, String place) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SheetStyles styles = new SheetStyles(workbook);
            Sheet sheet = workbook.createSheet(SHEET);
            SheetStyles.text(sheet.createRow(0), 0, organisationName.toUpperCase(Locale.forLanguageTag("vi")),
                    styles.header);
            SheetStyles.text(sheet.createRow(1), 0, title(period), styles.header);
            SheetStyles.text(sheet.createRow(2), 0, "Kỳ đánh giá: " + period
                    + " (bình quân điểm các tháng đã công bố)", styles.italic);
            styles.headers(sheet, HEADER_ROW, HEADERS, List.of(1, 2, 3, 8));
            int row = HEADER_ROW + 1;
            for (PeriodRating officer : officers) {
                Row cells = sheet.createRow(row);
                cells.createCell(0).setCellValue(row - HEADER_ROW);
                TextCells.setText(cells.createCell(1), officer.fullName());
                TextCells.setText(cells.createCell(2), officer.unitName() == null ? "" : officer.unitName());
                TextCells.setText(cells.createCell(3), officer.position() == null ? "" : officer.position());
                cells.createCell(4).setCellValue(officer.monthsEvaluated());
                styles.scores(cells, 5, officer.total());
                cells.createCell(6).setCellValue(SheetStyles.words(officer.bandLevel()));
                cells.createCell(7).setCellValue(SheetStyles.words(officer.level()));
                cells.createCell(8).setCellValue(officer.reason());
                row++;
            }
            signatures(sheet, row + 1, place, styles);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Kết quả đánh giá, xếp loại quý I năm 2024" or "… năm 2024". */
    static String title(String period) {
        String year = period.substring(0, 4);
        return "Kết quả đánh giá, xếp loại " + (period.length() == 4 ? ""
                : "quý " + ROMAN.get(period.charAt(6) - '1') + " ") + "năm " + year;
    }

    /** The place and date to fill in, then who drew the sheet on the left and the head of the body on the right. */
    private static void signatures(Sheet sheet, int row, String place, SheetStyles styles) {
        SheetStyles.text(sheet.createRow(row), 7, place + ", ngày … tháng … năm …", styles.italic);
        Row capacity = sheet.createRow(row + 1);
        SheetStyles.text(capacity, 1, "NGƯỜI LẬP BIỂU", styles.header);
        SheetStyles.text(capacity, 7, "THỦ TRƯỞNG CƠ QUAN", styles.header);
        Row sign = sheet.createRow(row + 2);
        SheetStyles.text(sign, 1, "(Ký, ghi rõ họ tên)", styles.italic);
        SheetStyles.text(sign, 7, "(Ký tên, đóng dấu)", styles.italic);
    }
}
