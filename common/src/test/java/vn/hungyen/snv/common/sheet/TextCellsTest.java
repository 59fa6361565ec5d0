package vn.hungyen.snv.common.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TextCellsTest {

    @Test
    void textThatStartsLikeAFormulaIsAQuotePrefixedStringCellWithItsValueUnchanged() throws IOException {
        byte[] file;
        int styles;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row row = workbook.createSheet("Trang 1").createRow(0);
            TextCells.setText(row.createCell(0), "=HYPERLINK(\"http://x\",\"Bấm\")");
            TextCells.setText(row.createCell(1), "- Tổ chức hội nghị");
            TextCells.setText(row.createCell(2), "@SUM(A1)");
            TextCells.setText(row.createCell(3), "Tổ chức hội nghị");
            TextCells.setText(row.createCell(4), null);
            styles = workbook.getNumCellStyles();
            workbook.write(out);
            file = out.toByteArray();
        }

        assertThat(styles).as("one quote-prefix style shared by the cells, beside the default").isEqualTo(2);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Row row = workbook.getSheetAt(0).getRow(0);
            for (int c = 0; c < 3; c++) {
                Cell cell = row.getCell(c);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
            }
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"Bấm\")");
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("- Tổ chức hội nghị");
            assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(3).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.BLANK);
        }
    }
}
