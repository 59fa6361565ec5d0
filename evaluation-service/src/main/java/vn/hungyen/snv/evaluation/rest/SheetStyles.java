package vn.hungyen.snv.evaluation.rest;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.evaluation.domain.Level;

/**
 * What the evaluation workbooks (the month's {@link RatingWorkbook}, the period's {@link PeriodWorkbook}) write
 * alike: bold header rows with fixed column widths, scores with two decimals, levels in words.
 */
final class SheetStyles {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final CellStyle header;
    final CellStyle score;
    final CellStyle italic;

    SheetStyles(XSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        score = workbook.createCellStyle();
        score.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        Font slanted = workbook.createFont();
        slanted.setItalic(true);
        italic = workbook.createCellStyle();
        italic.setFont(slanted);
    }

    /**
     * The bold header row {@code row} of a table; {@code wide} columns are 40 characters wide, the others 16, fixed:
     * auto-sizing would need fonts the server does not have.
     */
    void headers(Sheet sheet, int row, List<String> headers, List<Integer> wide) {
        Row cells = sheet.createRow(row);
        for (int column = 0; column < headers.size(); column++) {
            cells.createCell(column).setCellValue(headers.get(column));
            cells.getCell(column).setCellStyle(header);
            sheet.setColumnWidth(column, (wide.contains(column) ? 40 : 16) * 256);
        }
        sheet.createFreezePane(0, row + 1);
    }

    /** The values in the columns from {@code first} on, two decimals shown, blank where there is no score. */
    void scores(Row cells, int first, BigDecimal... values) {
        for (int i = 0; i < values.length; i++) {
            Cell cell = cells.createCell(first + i);
            if (values[i] != null) {
                cell.setCellValue(values[i].doubleValue());
                cell.setCellStyle(score);
            }
        }
    }

    /** The evaluation workbooks are XLSX only: any other {@code format} is a 400 problem. */
    static void xlsxOnly(String format) {
        if (!"xlsx".equalsIgnoreCase(format)) {
            throw new ProblemException(400, "unsupported-format", "Định dạng không hỗ trợ",
                    "Chỉ xuất được định dạng xlsx; nhận được \"" + format + "\".");
        }
    }

    /** A cell with this text in this style. */
    static void text(Row cells, int column, String text, CellStyle style) {
        Cell cell = cells.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    static String words(Level level) {
        return level == null ? "" : level.label();
    }
}
