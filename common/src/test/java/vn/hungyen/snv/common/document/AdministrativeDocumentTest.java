package vn.hungyen.snv.common.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

class AdministrativeDocumentTest {

    private static final AdministrativeDocument.Heading REPORT = new AdministrativeDocument.Heading(
            "UBND tỉnh Hưng Yên", "Sở Nội vụ tỉnh Hưng Yên", "BC-SNV", "Hưng Yên", "Báo cáo",
            "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2024");

    private static XWPFDocument read(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static byte[] report() {
        return AdministrativeDocument.start(REPORT)
                .section("I. KẾT QUẢ THỰC HIỆN")
                .paragraph("Trong 6 tháng đầu năm, Sở đã hoàn thành 12 nhiệm vụ.")
                .table(List.of("STT", "Nhiệm vụ"), List.of(List.of("1", "Tham mưu"), List.of("2", "Kiểm tra")))
                .closing(List.of("UBND tỉnh (để b/c);", "Lưu: VT, VP."),
                        new AdministrativeDocument.Signature(List.of("Giám đốc"), ""))
                .toBytes();
    }

    @Test
    void theHeadingHoldsTheIssuingBodyTheNumberTheMottoAndThePlaceAndDatePlaceholders() throws IOException {
        try (XWPFDocument document = read(report())) {
            XWPFTable heading = document.getTables().get(0);
            String left = heading.getRow(0).getCell(0).getText();
            String right = heading.getRow(0).getCell(1).getText();
            assertThat(left).contains("UBND TỈNH HƯNG YÊN", "SỞ NỘI VỤ TỈNH HƯNG YÊN", "Số: …/BC-SNV");
            assertThat(right).contains(AdministrativeDocument.MOTTO_COUNTRY, AdministrativeDocument.MOTTO,
                    "Hưng Yên, ngày … tháng … năm …");
        }
    }

    @Test
    void theTitleTheBodyAndTheTableFollowTheHeadingInOrder() throws IOException {
        try (XWPFDocument document = read(report())) {
            List<String> texts = document.getParagraphs().stream().map(XWPFParagraph::getText)
                    .filter(t -> !t.isBlank()).toList();
            assertThat(texts).containsSubsequence("BÁO CÁO", "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2024",
                    "I. KẾT QUẢ THỰC HIỆN", "Trong 6 tháng đầu năm, Sở đã hoàn thành 12 nhiệm vụ.");
            XWPFTable table = document.getTables().get(1);
            assertThat(table.getNumberOfRows()).isEqualTo(3);
            assertThat(table.getRow(2).getCell(1).getText()).isEqualTo("Kiểm tra");
        }
    }

    @Test
    void theRecipientsAndTheSignatureCloseTheDocument() throws IOException {
        try (XWPFDocument document = read(report())) {
            XWPFTable closing = document.getTables().get(document.getTables().size() - 1);
            assertThat(closing.getRow(0).getCell(0).getText()).startsWith(AdministrativeDocument.RECIPIENTS)
                    .contains("- UBND tỉnh (để b/c);", "- Lưu: VT, VP.");
            assertThat(closing.getRow(0).getCell(1).getText()).contains("GIÁM ĐỐC");
        }
    }

    @Test
    void theSheetIsA4WithTheDecreesMargins() throws IOException {
        try (XWPFDocument document = read(report())) {
            CTSectPr section = document.getDocument().getBody().getSectPr();
            assertThat(((BigInteger) section.getPgSz().getW()).intValue()).isEqualTo(11906);
            assertThat(((BigInteger) section.getPgSz().getH()).intValue()).isEqualTo(16838);
            assertThat(((BigInteger) section.getPgMar().getTop()).intValue()).isEqualTo(1134);
            assertThat(((BigInteger) section.getPgMar().getLeft()).intValue()).isEqualTo(1701);
            assertThat(((BigInteger) section.getPgMar().getRight()).intValue()).isEqualTo(850);
            assertThat(((BigInteger) section.getPgMar().getBottom()).intValue()).isEqualTo(1134);
        }
    }

    @Test
    void everyRunIsTimesNewRomanAndTheBodyIs14Points() throws IOException {
        try (XWPFDocument document = read(report())) {
            List<XWPFRun> body = document.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).toList();
            assertThat(body).isNotEmpty().allSatisfy(run -> assertThat(run.getFontFamily()).isEqualTo("Times New Roman"));
            XWPFRun text = body.stream().filter(r -> r.text().startsWith("Trong 6 tháng")).findFirst().orElseThrow();
            assertThat(text.getFontSizeAsDouble()).isEqualTo(14.0);
        }
    }

    @Test
    void aSecondDocumentInTheSameFileStartsOnANewPageWithItsOwnHeading() throws IOException {
        byte[] bytes = AdministrativeDocument.start(REPORT).paragraph("một")
                .nextDocument(REPORT).paragraph("hai").toBytes();
        try (XWPFDocument document = read(bytes)) {
            long mottos = document.getTables().stream()
                    .filter(t -> t.getText().contains(AdministrativeDocument.MOTTO)).count();
            assertThat(mottos).isEqualTo(2);
            assertThat(document.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> r.getCTR().toString().contains("w:br") && r.getCTR().toString().contains("page")))
                    .hasSize(1);
        }
    }
}
