package vn.hungyen.snv.common.sheet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellPropertyType;
import org.apache.poi.ss.util.CellUtil;

/**
 * Text into workbook cells (Apache POI, which the services that write workbooks bring; common only compiles
 * against it). Every text a service writes into a workbook goes through {@link #setText}; no cell is ever made a
 * formula from text.
 */
public final class TextCells {

    private TextCells() {
    }

    /**
     * The text as a string cell. One that {@linkplain SpreadsheetText#startsLikeFormula starts like a formula} also
     * gets the quote-prefix style (a style shared by such cells, not one per cell), so that Excel shows it as text
     * and keeps it text when the cell is edited; the stored value is the text unchanged. {@code null} leaves the cell
     * blank.
     */
    public static void setText(Cell cell, String text) {
        cell.setCellValue(text);
        if (SpreadsheetText.startsLikeFormula(text)) {
            CellUtil.setCellStyleProperty(cell, CellPropertyType.QUOTE_PREFIXED, true);
        }
    }
}
