package vn.hungyen.snv.evaluation.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.hungyen.snv.common.sheet.TextCells;
import vn.hungyen.snv.evaluation.domain.MonthWorkflowRules.Ruling;
import vn.hungyen.snv.evaluation.service.RatingViews;
import vn.hungyen.snv.evaluation.service.RatingViews.Exemption;
import vn.hungyen.snv.evaluation.service.RatingViews.OfficerRating;
import vn.hungyen.snv.evaluation.service.RatingViews.Status;
import vn.hungyen.snv.evaluation.service.RatingViews.UnitRating;

/**
 * A month's ratings as an XLSX workbook: the sheets "Cá nhân" (officers), "Đơn vị" (units) and "Miễn trừ" (the
 * officers' exemption requests and their rulings). Text that people typed (names, reasons, notes) goes through
 * {@link TextCells}, so that none of it can run as a formula.
 */
final class RatingWorkbook {

    public static final String MEDIA_TYPE = SheetStyles.MEDIA_TYPE;
    static final String OFFICERS_SHEET = "Cá nhân";
    static final String UNITS_SHEET = "Đơn vị";
    static final String EXEMPTIONS_SHEET = "Miễn trừ";

    private static final List<String> OFFICER_HEADERS = List.of("STT", "Họ và tên", "Đơn vị", "a (Số lượng)",
            "b (Chất lượng)", "c (Tiến độ)", "K (Điểm nhiệm vụ)", "G (Điểm tiêu chí chung)", "S (Tổng điểm)",
            "Mức xếp loại", "Trạng thái");
    private static final List<String> UNIT_HEADERS = List.of("STT", "Mã đơn vị", "Tên đơn vị", "a (Số lượng)",
            "b (Chất lượng)", "c (Tiến độ)", "K (Điểm nhiệm vụ)", "G (Điểm tiêu chí chung)", "D (Tổng điểm)",
            "Mức xếp loại", "Trạng thái");
    private static final List<String> EXEMPTION_HEADERS = List.of("STT", "Họ và tên", "Đơn vị", "Mã nhiệm vụ",
            "Lý do đề nghị", "Ngày đề nghị", "Kết quả", "Ý kiến của người xem xét", "Người xem xét", "Ngày quyết định");
    private static final Map<Ruling, String> EXEMPTION_WORDS = Map.of(
            Ruling.PENDING, "Chờ xem xét",
            Ruling.APPROVED, "Đã chấp thuận",
            Ruling.REFUSED, "Không chấp thuận");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Map<String, String> STATUS_WORDS = Map.of(
            Status.AWAITING_SELF_ASSESSMENT, "Chờ tự đánh giá",
            Status.AWAITING_REVIEW, "Chờ xem xét",
            Status.AWAITING_ORGANISING_CHOICE, "Chờ chọn điểm năng lực tổ chức (đ)",
            Status.REVIEWED, "Đã xem xét",
            Status.PUBLISHED, "Đã công bố");

    private RatingWorkbook() {
    }

    /**
     * The officers and units given, in that order; {@code unitNames} maps unit codes to names; dates are those of
     * {@code zone}, the organisation's.
     */
    public static byte[] write(List<OfficerRating> officers, List<UnitRating> units, Map<String, String> unitNames,
            ZoneId zone) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SheetStyles styles = new SheetStyles(workbook);
            Sheet officerSheet = sheet(workbook, OFFICERS_SHEET, OFFICER_HEADERS, styles);
            int row = 1;
            for (OfficerRating officer : officers) {
                String status = STATUS_WORDS.getOrDefault(officer.status(), officer.status());
                Row cells = officerSheet.createRow(row);
                cells.createCell(0).setCellValue(row);
                TextCells.setText(cells.createCell(1), officer.fullName());
                TextCells.setText(cells.createCell(2), unitNames.getOrDefault(officer.unitCode(), officer.unitCode()));
                styles.scores(cells, 3, officer.quantity(), officer.quality(), officer.timeliness(), officer.taskScore(),
                        officer.generalScore(), officer.total());
                cells.createCell(9).setCellValue(SheetStyles.words(officer.level()));
                cells.createCell(10).setCellValue(officer.adjustments() != null && !officer.adjustments().isEmpty()
                        ? status + ", đã điều chỉnh" : status);
                row++;
            }
            Sheet unitSheet = sheet(workbook, UNITS_SHEET, UNIT_HEADERS, styles);
            row = 1;
            for (UnitRating unit : units) {
                Row cells = unitSheet.createRow(row);
                cells.createCell(0).setCellValue(row);
                TextCells.setText(cells.createCell(1), unit.unitCode());
                TextCells.setText(cells.createCell(2), unit.name());
                styles.scores(cells, 3, unit.quantity(), unit.quality(), unit.timeliness(), unit.taskScore(),
                        unit.generalScore(), unit.total());
                cells.createCell(9).setCellValue(SheetStyles.words(unit.level()));
                cells.createCell(10).setCellValue(STATUS_WORDS.getOrDefault(unit.status(), unit.status()));
                row++;
            }
            exemptions(sheet(workbook, EXEMPTIONS_SHEET, EXEMPTION_HEADERS, styles), officers, unitNames,
                    DAY.withZone(zone));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row per exemption request of the officers, in their order and then oldest first. */
    private static void exemptions(Sheet sheet, List<OfficerRating> officers, Map<String, String> unitNames,
            DateTimeFormatter day) {
        sheet.setColumnWidth(4, 60 * 256);
        sheet.setColumnWidth(7, 60 * 256);
        int row = 1;
        for (OfficerRating officer : officers) {
            for (Exemption exemption : officer.exemptions() == null ? List.<Exemption>of() : officer.exemptions()) {
                Row cells = sheet.createRow(row);
                cells.createCell(0).setCellValue(row);
                TextCells.setText(cells.createCell(1), officer.fullName());
                TextCells.setText(cells.createCell(2), unitNames.getOrDefault(officer.unitCode(), officer.unitCode()));
                cells.createCell(3).setCellValue(exemption.taskId());
                TextCells.setText(cells.createCell(4), exemption.reason());
                cells.createCell(5).setCellValue(day.format(exemption.requestedAt()));
                cells.createCell(6).setCellValue(EXEMPTION_WORDS.get(exemption.status()));
                TextCells.setText(cells.createCell(7), exemption.note() == null ? "" : exemption.note());
                TextCells.setText(cells.createCell(8), exemption.decidedBy() == null ? "" : exemption.decidedBy());
                cells.createCell(9).setCellValue(exemption.decidedAt() == null ? "" : day.format(exemption.decidedAt()));
                row++;
            }
        }
    }

    private static Sheet sheet(XSSFWorkbook workbook, String name, List<String> headers, SheetStyles styles) {
        Sheet sheet = workbook.createSheet(name);
        styles.headers(sheet, 0, headers, List.of(1, 2));
        return sheet;
    }
}
