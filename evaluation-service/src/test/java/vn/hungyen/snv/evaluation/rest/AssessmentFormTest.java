package vn.hungyen.snv.evaluation.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.document.AdministrativeDocument;
import vn.hungyen.snv.evaluation.domain.Level;
import vn.hungyen.snv.evaluation.service.RatingViews.OfficerRating;
import vn.hungyen.snv.evaluation.service.RatingViews.ProductCredit;
import vn.hungyen.snv.evaluation.service.RatingViews.Review;
import vn.hungyen.snv.evaluation.service.RatingViews.SelfAssessment;

/** The monthly assessment form holds the rating's figures, as evaluation-service holds them. Plain JUnit. */
class AssessmentFormTest {

    private static final YearMonth MARCH = YearMonth.of(2024, 3);
    private static final Map<String, String> UNITS = Map.of("CCHC", "Phòng Cải cách hành chính");
    private static final Map<Long, String> TITLES = Map.of(49L, "Chuyên viên chính");

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private static OfficerRating khanh() {
        ProductCredit report = new ProductCredit(41, "Báo cáo kiểm tra cải cách hành chính quý I", "CCHC", 49L,
                LocalDate.of(2024, 3, 20), n("1"), true, LocalDate.of(2024, 3, 19), 0, 0, false, n("100"), n("100"),
                n("100"), List.of());
        ProductCredit late = new ProductCredit(42, "Tổng hợp thủ tục hành chính", "CCHC", 49L,
                LocalDate.of(2024, 3, 8), n("1"), true, LocalDate.of(2024, 3, 12), 1, 1, false, n("100"), n("75"),
                n("50"), List.of());
        return new OfficerRating(49, "Nguyễn Văn Khánh", "CCHC", "Chuyên viên", n("100"), n("87.5"), n("75"), null,
                null, null, n("64.38"), n("28"), n("92.38"), Level.HTTNV, Level.HTXSNV, List.of("QUOTA"), List.of(),
                "PUBLISHED", new SelfAssessment(n("10"), n("9"), n("9"), n("28"), "Hoàn thành đủ sản phẩm",
                        Instant.parse("2024-04-02T02:00:00Z"), false),
                new Review(n("28"), "Đồng ý", false, false, false, null, null, "head.cchc",
                        Instant.parse("2024-04-04T02:00:00Z"), false),
                List.of(), List.of(report, late), List.of(), null);
    }

    private static XWPFDocument read(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static List<String> paragraphs(XWPFDocument document) {
        return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    @Test
    void theFormHoldsTheOfficerTheProductsWithTheirCreditsAndEveryScore() throws IOException {
        try (XWPFDocument document = read(AssessmentForm.write(MARCH, List.of(khanh()), UNITS, TITLES, "Hưng Yên"))) {
            assertThat(document.getTables().get(0).getText()).contains("PHÒNG CẢI CÁCH HÀNH CHÍNH",
                    AdministrativeDocument.MOTTO).doesNotContain("Số:");
            List<String> text = paragraphs(document);
            assertThat(text).contains("PHIẾU ĐÁNH GIÁ, XẾP LOẠI", "Kết quả thực hiện nhiệm vụ tháng 03/2024",
                    "- Họ và tên: Nguyễn Văn Khánh", "- Chức vụ: Chuyên viên chính", "- Đơn vị: Phòng Cải cách hành chính",
                    "a (Số lượng) = 100.00; b (Chất lượng) = 87.50; c (Tiến độ) = 75.00.",
                    "K (Điểm nhiệm vụ) = 64.38.", "S (Tổng điểm) = 92.38.");
            XWPFTable products = document.getTables().get(1);
            assertThat(products.getNumberOfRows()).isEqualTo(3);
            assertThat(products.getRow(2).getTableCells()).extracting(c -> c.getText()).containsExactly("2",
                    "Tổng hợp thủ tục hành chính", "08/03/2024", "12/03/2024", "1.00", "100.00", "75.00", "50.00");
            XWPFTable general = document.getTables().get(2);
            assertThat(general.getRow(4).getCell(2).getText()).isEqualTo("28.00");
        }
    }

    @Test
    void theLevelShowsTheBandAndTheRuleThatLoweredIt() throws IOException {
        try (XWPFDocument document = read(AssessmentForm.write(MARCH, List.of(khanh()), UNITS, TITLES, "Hưng Yên"))) {
            assertThat(paragraphs(document)).contains("Mức theo thang điểm: Hoàn thành xuất sắc nhiệm vụ.",
                    "Mức xếp loại: Hoàn thành tốt nhiệm vụ.",
                    "- Điều chỉnh theo quy định: " + AssessmentForm.RULE_WORDS.get("QUOTA") + ".",
                    "Tự nhận xét của công chức: Hoàn thành đủ sản phẩm", "Nhận xét của người đánh giá: Đồng ý");
            assertThat(document.getTables().get(document.getTables().size() - 1).getText())
                    .contains("NGƯỜI TỰ ĐÁNH GIÁ", "NGƯỜI ĐÁNH GIÁ", "Nguyễn Văn Khánh");
        }
    }

    @Test
    void aUnitsFormsAreOneFileWithOneFormPerOfficer() throws IOException {
        OfficerRating other = new OfficerRating(50, "Trần Thị Lan", "CCHC", "Chuyên viên", null, null, null, null,
                null, null, null, null, null, Level.NO_TASK_DATA, Level.NO_TASK_DATA, List.of(), List.of(),
                "AWAITING_SELF_ASSESSMENT", null, null, List.of(), List.of(), List.of(), null);
        try (XWPFDocument document = read(AssessmentForm.write(MARCH, List.of(khanh(), other), UNITS, TITLES, "Hưng Yên"))) {
            assertThat(document.getTables()).filteredOn(t -> t.getText().contains(AdministrativeDocument.MOTTO))
                    .hasSize(2);
            assertThat(paragraphs(document)).contains("- Họ và tên: Trần Thị Lan", "Không có sản phẩm trong tháng.",
                    "Mức xếp loại: Không có sản phẩm trong kỳ.", "Tự nhận xét của công chức: …");
        }
    }
}
