package vn.hungyen.snv.evaluation.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.evaluation.domain.MonthWorkflowRules.Ruling;
import vn.hungyen.snv.evaluation.service.RatingViews.Exemption;
import vn.hungyen.snv.evaluation.service.RatingViews.OfficerRating;
import vn.hungyen.snv.evaluation.service.RatingViews.UnitRating;

/** The rating workbook keeps what people typed as text, whatever its first character. Plain JUnit. */
class RatingWorkbookTest {

    @Test
    void namesAndReasonsThatStartLikeFormulasAreWrittenAsText() throws IOException {
        String name = "=HYPERLINK(\"http://example.invalid\",\"Nguyễn Văn A\")";
        String reason = "- Nghỉ ốm có giấy ra viện\n- Đã báo trưởng phòng";
        Exemption exemption = new Exemption(1, 7, 42, reason, "officer", Instant.parse("2024-06-03T02:00:00Z"),
                false, Ruling.REFUSED, "@xem lại", "+head", Instant.parse("2024-06-05T02:00:00Z"), false);
        OfficerRating officer = new OfficerRating(7, name, "CCHC", "Chuyên viên", null, null, null, null, null, null,
                null, null, null, null, null, List.of(), List.of(), "REVIEWED", null, null, List.of(exemption),
                List.of(), List.of(), null);
        UnitRating unit = new UnitRating("CCHC", "+Phòng Cải cách hành chính", null, null, null, null, null, null,
                null, null, false, "REVIEWED", 0);

        byte[] file = RatingWorkbook.write(List.of(officer), List.of(unit), Map.of("CCHC", "-Phòng CCHC"),
                ZoneId.of("Asia/Ho_Chi_Minh"));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertText(workbook.getSheet(RatingWorkbook.OFFICERS_SHEET).getRow(1).getCell(1), name);
            assertText(workbook.getSheet(RatingWorkbook.OFFICERS_SHEET).getRow(1).getCell(2), "-Phòng CCHC");
            assertText(workbook.getSheet(RatingWorkbook.UNITS_SHEET).getRow(1).getCell(2),
                    "+Phòng Cải cách hành chính");
            var exemptions = workbook.getSheet(RatingWorkbook.EXEMPTIONS_SHEET).getRow(1);
            assertText(exemptions.getCell(1), name);
            assertText(exemptions.getCell(4), reason);
            assertText(exemptions.getCell(7), "@xem lại");
            assertText(exemptions.getCell(8), "+head");
            assertThat(exemptions.getCell(6).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    private static void assertText(Cell cell, String text) {
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(text);
        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
    }
}
