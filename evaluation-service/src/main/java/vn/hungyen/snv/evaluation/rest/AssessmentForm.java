package vn.hungyen.snv.evaluation.rest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.hungyen.snv.common.document.AdministrativeDocument;
import vn.hungyen.snv.evaluation.domain.Level;
import vn.hungyen.snv.evaluation.domain.RuleWords;
import vn.hungyen.snv.evaluation.service.RatingViews.Adjustment;
import vn.hungyen.snv.evaluation.service.RatingViews.OfficerRating;
import vn.hungyen.snv.evaluation.service.RatingViews.ProductCredit;
import vn.hungyen.snv.evaluation.service.RatingViews.Review;
import vn.hungyen.snv.evaluation.service.RatingViews.SelfAssessment;

/**
 * The monthly assessment form of an officer (phiếu đánh giá, xếp loại hằng tháng) as a Word document in the layout of
 * Decree 30/2020 (docs/documents.md): the officer, the products with their credits, a/b/c and K, the general groups
 * and G, S, the level and the rules that changed it, both remarks and the signature blocks. Several officers' forms
 * make one file, one form per page. Every figure is the rating's as evaluation-service holds it.
 */
final class AssessmentForm {

    static final String KIND = "Phiếu đánh giá, xếp loại";
    static final String OFFICER = "I. THÔNG TIN CÔNG CHỨC";
    static final String TASKS = "II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ (K)";
    static final String GENERAL = "III. TIÊU CHÍ CHUNG (G)";
    static final String RESULT = "IV. TỔNG ĐIỂM VÀ XẾP LOẠI";
    static final String REMARKS = "V. NHẬN XÉT";
    static final List<String> PRODUCT_HEADERS = List.of("STT", "Nhiệm vụ, sản phẩm", "Hạn", "Ngày nghiệm thu",
            "Trọng số", "Số lượng", "Chất lượng", "Tiến độ");
    static final List<String> GENERAL_HEADERS = List.of("Nhóm", "Nội dung", "Tự đánh giá");
    /** How the form explains each rule that changed the band into the level (scoring-hy540 §4). */
    static final Map<String, String> RULE_WORDS = RuleWords.RULES;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private AssessmentForm() {
    }

    /**
     * The forms of these officers, in this order, one per page; {@code unitNames} maps unit codes to names,
     * {@code titles} officer ids to their position's title in the organisation (e.g. "Chuyên viên chính").
     */
    static byte[] write(YearMonth month, List<OfficerRating> officers, Map<String, String> unitNames,
            Map<Long, String> titles, String place) {
        AdministrativeDocument document = null;
        for (OfficerRating officer : officers) {
            String unit = unitNames.getOrDefault(officer.unitCode(), officer.unitCode());
            AdministrativeDocument.Heading heading = new AdministrativeDocument.Heading(null, unit, null, place, KIND,
                    "Kết quả thực hiện nhiệm vụ tháng " + MONTH.format(month));
            document = document == null ? AdministrativeDocument.start(heading) : document.nextDocument(heading);
            form(document, month, officer, unit, titles.getOrDefault(officer.officerId(), ""));
        }
        return document.toBytes();
    }

    private static void form(AdministrativeDocument document, YearMonth month, OfficerRating officer, String unit,
            String title) {
        document.section(OFFICER)
                .item("Họ và tên: " + officer.fullName())
                .item("Chức vụ: " + title)
                .item("Đơn vị: " + unit)
                .item("Tháng đánh giá: " + MONTH.format(month));

        document.section(TASKS);
        List<ProductCredit> products = officer.products() == null ? List.of() : officer.products();
        if (products.isEmpty()) {
            document.paragraph("Không có sản phẩm trong tháng.");
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < products.size(); i++) {
                ProductCredit product = products.get(i);
                rows.add(List.of(String.valueOf(i + 1), product.title() + (product.exempt() ? " (được miễn trừ)" : ""),
                        product.dueDate() == null ? "" : DAY.format(product.dueDate()),
                        product.acceptedOn() == null ? "Chưa nghiệm thu" : DAY.format(product.acceptedOn()),
                        number(product.weight()), number(product.quantityCredit()), number(product.qualityCredit()),
                        number(product.timelinessCredit())));
            }
            document.table(PRODUCT_HEADERS, rows);
        }
        document.paragraph("a (Số lượng) = " + number(officer.quantity()) + "; b (Chất lượng) = "
                + number(officer.quality()) + "; c (Tiến độ) = " + number(officer.timeliness()) + ".");
        if (officer.unitResults() != null) {
            document.paragraph("d (Kết quả đơn vị) = " + number(officer.unitResults()) + "; đ (Năng lực tổ chức) = "
                    + number(officer.organising()) + "; e (Đoàn kết) = " + number(officer.cohesion()) + ".");
        }
        document.paragraph("K (Điểm nhiệm vụ) = " + number(officer.taskScore()) + ".");

        document.section(GENERAL);
        SelfAssessment self = officer.selfAssessment();
        document.table(GENERAL_HEADERS, List.of(
                List.of("I", "Chính trị, tư tưởng; đạo đức, lối sống", self == null ? "" : number(self.groupI())),
                List.of("II", "Tác phong, lề lối làm việc; ý thức tổ chức kỷ luật",
                        self == null ? "" : number(self.groupII())),
                List.of("III", "Thái độ phục vụ nhân dân, tinh thần hợp tác",
                        self == null ? "" : number(self.groupIII())),
                List.of("", "Cộng", self == null ? "" : number(self.total()))));
        document.paragraph("G (Điểm tiêu chí chung, người đánh giá xác nhận) = " + number(officer.generalScore())
                + ".");

        document.section(RESULT);
        document.paragraph("S (Tổng điểm) = " + number(officer.total()) + ".");
        document.paragraph("Mức theo thang điểm: " + label(officer.bandLevel()) + ".");
        document.paragraph("Mức xếp loại: " + label(officer.level()) + ".");
        List<String> rules = officer.ruleAdjustments() == null ? List.of() : officer.ruleAdjustments();
        for (String rule : rules) {
            document.item("Điều chỉnh theo quy định: " + RULE_WORDS.getOrDefault(rule, rule) + ".");
        }
        List<Adjustment> adjustments = officer.adjustments() == null ? List.of() : officer.adjustments();
        for (Adjustment adjustment : adjustments) {
            document.item("Giám đốc điều chỉnh từ " + label(adjustment.levelBefore()) + " thành "
                    + label(adjustment.levelAfter()) + ": " + adjustment.reason() + ".");
        }

        document.section(REMARKS);
        document.paragraph("Tự nhận xét của công chức: " + text(self == null ? null : self.remarks()));
        Review review = officer.review();
        document.paragraph("Nhận xét của người đánh giá: " + text(review == null ? null : review.note()));
        document.signatures(List.of(
                new AdministrativeDocument.Signature(List.of("Người tự đánh giá"), officer.fullName()),
                new AdministrativeDocument.Signature(List.of("Người đánh giá"), "")));
    }

    /** A score with two decimals, as on the pages and in the workbook; blank when there is none. */
    static String number(BigDecimal value) {
        return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String label(Level level) {
        return level == null ? "" : level.label();
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "…" : value;
    }
}
