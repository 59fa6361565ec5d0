package vn.hungyen.snv.common.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * A Word (DOCX) document in the layout of Vietnamese administrative documents, Decree 30/2020/NĐ-CP, Appendix I
 * (docs/documents.md): A4 with margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman, 14 pt body
 * text; the heading as a two-column block — the issuing body and the number on the left, the national motto and the
 * place and date on the right —, the kind and subject of the document centred, the body, then the recipients ("Nơi
 * nhận") on the left and the signature on the right. The number and date are left for the Office to fill in
 * ("Số: …/BC-SNV", "Hưng Yên, ngày … tháng … năm …"): a draft is numbered when it is issued.
 *
 * <p>Several documents may follow each other in one file ({@link #nextDocument}), each starting on a new page.
 * Apache POI is brought by the services that write documents; common only compiles against it.
 */
public final class AdministrativeDocument {

    /**
     * The document's heading: who issues it (under its superior body, if any), its number symbol ("BC-SNV"; null for
     * a form, which has no number), place, kind and subject.
     */
    public record Heading(String superiorBody, String issuingBody, String symbol, String place, String kind,
            String subject) {
    }

    /** One signature block: the capacity line(s) above (e.g. "GIÁM ĐỐC"), the signer's name below (may be empty). */
    public record Signature(List<String> capacity, String signer) {
    }

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String FONT = "Times New Roman";
    public static final String MOTTO_COUNTRY = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    public static final String RECIPIENTS = "Nơi nhận:";
    /** Body text size in points (the decree allows 13–14). */
    public static final int BODY_POINTS = 14;
    /** A4, in twentieths of a point. */
    public static final int A4_WIDTH = 11906;
    public static final int A4_HEIGHT = 16838;
    /** The decree's margins (20, 20, 30, 15 mm) in twentieths of a point. */
    public static final int MARGIN_TOP = 1134;
    public static final int MARGIN_BOTTOM = 1134;
    public static final int MARGIN_LEFT = 1701;
    public static final int MARGIN_RIGHT = 850;
    private static final int TEXT_WIDTH = A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final int HEADING_POINTS = 13;
    private static final int TABLE_POINTS = 12;
    private static final int RECIPIENT_POINTS = 11;
    /** First-line indent of body paragraphs, 1.27 cm. */
    private static final int INDENT = 720;

    private final XWPFDocument document = new XWPFDocument();
    private boolean empty = true;

    private AdministrativeDocument() {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
    }

    /** A new file whose first document has this heading. */
    public static AdministrativeDocument start(Heading heading) {
        return new AdministrativeDocument().nextDocument(heading);
    }

    /** Starts another document in the same file, on a new page, with its own heading. */
    public AdministrativeDocument nextDocument(Heading heading) {
        if (!empty) {
            pageBreak();
        }
        empty = false;
        XWPFTable block = borderless(2, new int[] {TEXT_WIDTH * 2 / 5, TEXT_WIDTH * 3 / 5});
        XWPFTableCell left = block.getRow(0).getCell(0);
        XWPFTableCell right = block.getRow(0).getCell(1);
        if (heading.superiorBody() != null && !heading.superiorBody().isBlank()) {
            run(centred(left, true), heading.superiorBody().toUpperCase(VIETNAMESE), HEADING_POINTS, false, false);
            appendLine(left, heading.issuingBody().toUpperCase(VIETNAMESE), true);
        } else {
            centred(left, true);
            appendLine(left, heading.issuingBody().toUpperCase(VIETNAMESE), true);
        }
        if (heading.symbol() != null) {
            run(centred(left, false), "Số: …/" + heading.symbol(), HEADING_POINTS, false, false);
        }
        run(centred(right, true), MOTTO_COUNTRY, HEADING_POINTS, true, false);
        XWPFRun motto = run(centred(right, false), MOTTO, BODY_POINTS, true, false);
        motto.setUnderline(UnderlinePatterns.SINGLE);
        run(centred(right, false), heading.place() + ", ngày … tháng … năm …", BODY_POINTS, false, true);

        XWPFParagraph kind = paragraph(ParagraphAlignment.CENTER);
        kind.setSpacingBefore(240);
        run(kind, heading.kind().toUpperCase(VIETNAMESE), BODY_POINTS, true, false);
        if (heading.subject() != null && !heading.subject().isBlank()) {
            run(paragraph(ParagraphAlignment.CENTER), heading.subject(), BODY_POINTS, true, false);
        }
        XWPFParagraph rule = paragraph(ParagraphAlignment.CENTER);
        run(rule, "—————", BODY_POINTS, false, false);
        rule.setSpacingAfter(120);
        return this;
    }

    /** A section heading in bold, e.g. "I. KẾT QUẢ THỰC HIỆN". */
    public AdministrativeDocument section(String text) {
        XWPFParagraph heading = paragraph(ParagraphAlignment.BOTH);
        heading.setSpacingBefore(120);
        heading.setIndentationFirstLine(INDENT);
        run(heading, text, BODY_POINTS, true, false);
        return this;
    }

    /** A sub-heading in bold italics, e.g. a field of work. */
    public AdministrativeDocument subsection(String text) {
        XWPFParagraph heading = paragraph(ParagraphAlignment.BOTH);
        heading.setIndentationFirstLine(INDENT);
        run(heading, text, BODY_POINTS, true, true);
        return this;
    }

    /** A justified body paragraph with a first-line indent. */
    public AdministrativeDocument paragraph(String text) {
        XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(INDENT);
        run(paragraph, text, BODY_POINTS, false, false);
        return this;
    }

    /** A body line starting with a dash, as lists are written in administrative documents. */
    public AdministrativeDocument item(String text) {
        return paragraph("- " + text);
    }

    /** A bordered table with a bold header row, in 12 pt. */
    public AdministrativeDocument table(List<String> headers, List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size() + 1, headers.size());
        table.setWidth(TEXT_WIDTH);
        table.setTableAlignment(TableRowAlign.CENTER);
        for (int column = 0; column < headers.size(); column++) {
            cellText(table.getRow(0).getCell(column), headers.get(column), true);
        }
        for (int row = 0; row < rows.size(); row++) {
            List<String> cells = rows.get(row);
            for (int column = 0; column < headers.size(); column++) {
                cellText(table.getRow(row + 1).getCell(column), column < cells.size() ? cells.get(column) : "",
                        false);
            }
        }
        paragraph(ParagraphAlignment.LEFT);
        return this;
    }

    /**
     * The closing block: the recipients on the left (none: no list) and the signature on the right.
     */
    public AdministrativeDocument closing(List<String> recipients, Signature signature) {
        XWPFTable block = borderless(2, new int[] {TEXT_WIDTH / 2, TEXT_WIDTH / 2});
        XWPFTableCell left = block.getRow(0).getCell(0);
        XWPFParagraph label = left.getParagraphs().get(0);
        if (!recipients.isEmpty()) {
            run(label, RECIPIENTS, TABLE_POINTS, true, true);
            for (String recipient : recipients) {
                run(left.addParagraph(), "- " + recipient, RECIPIENT_POINTS, false, false);
            }
        }
        signatureCell(block.getRow(0).getCell(1), signature);
        return this;
    }

    /** Signature blocks side by side (e.g. the officer and the reviewer on a form), no recipients. */
    public AdministrativeDocument signatures(List<Signature> signatures) {
        int[] widths = new int[signatures.size()];
        Arrays.fill(widths, TEXT_WIDTH / signatures.size());
        XWPFTable block = borderless(signatures.size(), widths);
        for (int i = 0; i < signatures.size(); i++) {
            signatureCell(block.getRow(0).getCell(i), signatures.get(i));
        }
        return this;
    }

    /** Starts a new page. */
    public AdministrativeDocument pageBreak() {
        paragraph(ParagraphAlignment.LEFT).createRun().addBreak(BreakType.PAGE);
        return this;
    }

    /** The file's bytes. */
    public byte[] toBytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void signatureCell(XWPFTableCell cell, Signature signature) {
        XWPFParagraph first = centred(cell, true);
        for (int i = 0; i < signature.capacity().size(); i++) {
            run(i == 0 ? first : centred(cell, false), signature.capacity().get(i).toUpperCase(VIETNAMESE),
                    BODY_POINTS, true, false);
        }
        run(centred(cell, false), "(Ký, ghi rõ họ tên)", TABLE_POINTS, false, true);
        for (int i = 0; i < 3; i++) {
            centred(cell, false);
        }
        run(centred(cell, false), signature.signer() == null ? "" : signature.signer(), BODY_POINTS, true, false);
    }

    private XWPFTable borderless(int columns, int[] widths) {
        XWPFTable table = document.createTable(1, columns);
        table.removeBorders();
        table.setWidth(TEXT_WIDTH);
        for (int i = 0; i < columns; i++) {
            table.getRow(0).getCell(i).setWidth(String.valueOf(widths[i]));
        }
        return table;
    }

    private static void cellText(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(bold ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        run(paragraph, text == null ? "" : text, TABLE_POINTS, bold, false);
    }

    private static XWPFParagraph centred(XWPFTableCell cell, boolean first) {
        XWPFParagraph paragraph = first ? cell.getParagraphs().get(0) : cell.addParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(0);
        return paragraph;
    }

    private static void appendLine(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph paragraph = cell.getParagraphs().get(cell.getParagraphs().size() - 1);
        if (!paragraph.getRuns().isEmpty()) {
            paragraph = centred(cell, false);
        }
        XWPFRun run = run(paragraph, text, HEADING_POINTS, bold, false);
        run.setUnderline(UnderlinePatterns.SINGLE);
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(60);
        return paragraph;
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, int points, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(points);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
        return run;
    }
}
