package vn.hungyen.snv.task.rest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.hungyen.snv.common.document.AdministrativeDocument;
import vn.hungyen.snv.task.domain.DisplayFormats;
import vn.hungyen.snv.task.domain.PeriodRatings;
import vn.hungyen.snv.task.domain.ResultsReport;
import vn.hungyen.snv.task.domain.ResultsReport.FieldItems;
import vn.hungyen.snv.task.domain.ResultsReport.FieldResults;
import vn.hungyen.snv.task.domain.ResultsReport.ItemResults;
import vn.hungyen.snv.task.domain.ResultsReport.Shortcoming;
import vn.hungyen.snv.task.domain.ResultsReport.Tally;
import vn.hungyen.snv.task.domain.ResultsReport.TaskLine;
import vn.hungyen.snv.task.domain.Timeliness;
import vn.hungyen.snv.task.service.ResultsReportService.Draft;

/**
 * A results report as a Word document in the layout of Decree 30/2020 (docs/documents.md): results by field of work
 * (section I), shortcomings (II), the period's ratings (III), the next period's tasks (IV), and the appendix that
 * lists the task behind every figure. Every number is {@link ResultsReport}'s or {@link PeriodRatings}'; the text
 * around them is a draft the Office edits.
 */
final class ResultsReportDocument {

    static final String RESULTS = "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ";
    static final String SHORTCOMINGS = "II. TỒN TẠI, HẠN CHẾ";
    static final String RATINGS = "III. KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI HẰNG THÁNG";
    static final String NEXT = "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ ";
    static final String APPENDIX = "PHỤ LỤC: CÁC NHIỆM VỤ LÀM CĂN CỨ SỐ LIỆU";
    static final List<String> FIELD_HEADERS = List.of("STT", "Lĩnh vực", "Số mục", "Số nhiệm vụ đến hạn",
            "Hoàn thành đúng hạn", "Hoàn thành trễ hạn", "Chưa hoàn thành", "Trong đó quá hạn");
    static final List<String> RATING_HEADERS = List.of("STT", "Đơn vị", "Hoàn thành xuất sắc",
            "Hoàn thành tốt", "Hoàn thành", "Không hoàn thành", "Không xếp loại", "Tổng số lượt");
    static final List<String> APPENDIX_HEADERS = List.of("STT", "Mã nhiệm vụ", "Mục KH", "Lĩnh vực", "Đơn vị",
            "Hạn", "Ngày hoàn thành", "Kết quả");
    static final String TOTAL = "Tổng cộng";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private ResultsReportDocument() {
    }

    static byte[] write(Draft draft, LocalDate today) {
        ResultsReport report = draft.report();
        String next = report.period().next().label();
        String organisation = draft.organisationName();
        AdministrativeDocument document = AdministrativeDocument.start(new AdministrativeDocument.Heading(null,
                organisation, "BC-" + draft.plan().organisationCode(), draft.place(), "Báo cáo",
                "Kết quả thực hiện nhiệm vụ " + report.period().label() + " và phương hướng, nhiệm vụ " + next));
        document.paragraph("Thực hiện " + draft.plan().title() + ", " + organisation + " báo cáo kết quả thực hiện "
                + "nhiệm vụ " + report.period().label() + " và phương hướng, nhiệm vụ " + next + " như sau "
                + "(số liệu của hệ thống theo dõi nhiệm vụ đến ngày " + DisplayFormats.DATE.format(today) + "):");

        results(document, report, draft.unitNames());
        shortcomings(document, report, draft.unitNames());
        ratings(document, draft.ratings(), draft.unitNames());
        document.section(NEXT + next.toUpperCase(java.util.Locale.forLanguageTag("vi")));
        if (report.nextPeriod().isEmpty()) {
            document.paragraph("Kế hoạch không có nhiệm vụ đến hạn trong " + next + ".");
        }
        int field = 1;
        for (FieldItems items : report.nextPeriod()) {
            document.subsection(field++ + ". " + items.field());
            items.items().forEach(item -> document.item("Mục " + item.number() + ": " + item.content() + " ("
                    + unit(draft.unitNames(), item.leadUnit()) + (item.dueDate() == null ? ""
                            : "; hạn " + DisplayFormats.DATE.format(item.dueDate())) + ")."));
        }
        document.closing(List.of("Lãnh đạo " + organisation + ";", "Các đơn vị thuộc " + organisation + ";",
                "Lưu: VT, VP."), new AdministrativeDocument.Signature(List.of(signerTitle(organisation)), ""));
        appendix(document, report, draft.unitNames());
        return document.toBytes();
    }

    private static void results(AdministrativeDocument document, ResultsReport report, Map<String, String> units) {
        document.section(RESULTS);
        Tally total = report.total();
        long items = report.fields().stream().mapToLong(f -> f.items().size()).sum();
        document.paragraph("Trong " + report.period().label() + ", có " + total.total() + " nhiệm vụ đến hạn thuộc "
                + items + " mục của kế hoạch: hoàn thành đúng hạn " + total.onTime() + ", hoàn thành trễ hạn "
                + total.late() + ", chưa hoàn thành " + total.notYet() + " (trong đó quá hạn " + total.overdue()
                + "). Chi tiết theo lĩnh vực:");
        List<List<String>> rows = new ArrayList<>();
        int index = 1;
        for (FieldResults field : report.fields()) {
            rows.add(tallyRow(String.valueOf(index++), field.field(), field.items().size(), field.tally()));
        }
        rows.add(tallyRow("", TOTAL, items, total));
        document.table(FIELD_HEADERS, rows);

        index = 1;
        for (FieldResults field : report.fields()) {
            Tally tally = field.tally();
            document.subsection(index++ + ". " + field.field());
            document.paragraph(tally.total() + " nhiệm vụ đến hạn: hoàn thành đúng hạn " + tally.onTime()
                    + ", trễ hạn " + tally.late() + ", chưa hoàn thành " + tally.notYet() + ".");
            for (ItemResults item : field.items()) {
                Tally own = item.tally();
                document.item("Mục " + item.item().number() + ": " + item.item().content() + " ("
                        + unit(units, item.item().leadUnit()) + "): " + own.total() + " nhiệm vụ, đúng hạn "
                        + own.onTime() + ", trễ hạn " + own.late() + ", chưa hoàn thành " + own.notYet()
                        + " (Phụ lục, dòng " + lines(item.tasks()) + ").");
                for (TaskLine line : item.tasks()) {
                    for (ResultsReport.Product product : line.task().products()) {
                        document.paragraph("+ " + product(product) + " (" + unit(units, line.task().unitCode())
                                + ").");
                    }
                }
            }
        }
    }

    private static void shortcomings(AdministrativeDocument document, ResultsReport report,
            Map<String, String> units) {
        document.section(SHORTCOMINGS);
        if (report.shortcomings().isEmpty()) {
            document.paragraph("Các nhiệm vụ đến hạn trong kỳ đều hoàn thành đúng hạn.");
        }
        for (Shortcoming shortcoming : report.shortcomings()) {
            TaskLine line = shortcoming.task();
            String item = "Mục " + shortcoming.item().number() + ": " + shortcoming.item().content();
            if (line == null) {
                document.item(item + " (" + unit(units, shortcoming.item().leadUnit()) + ") — chưa giao thực hiện, "
                        + "hạn " + DisplayFormats.DATE.format(shortcoming.item().dueDate()) + ".");
                continue;
            }
            document.item(item + " (" + unit(units, line.task().unitCode()) + ") — " + outcome(line)
                    + ", hạn " + DisplayFormats.DATE.format(line.task().dueDate())
                    + (line.task().doneOn() == null ? "" : ", hoàn thành " + DisplayFormats.DATE.format(
                            line.task().doneOn())) + " (Phụ lục, dòng " + line.line() + ").");
        }
        document.paragraph("Nguyên nhân: … (Văn phòng bổ sung).");
    }

    private static void ratings(AdministrativeDocument document, PeriodRatings ratings, Map<String, String> units) {
        document.section(RATINGS);
        document.paragraph("Số lượt cán bộ, công chức được xếp loại trong các tháng đã công bố ("
                + months(ratings.published()) + ")" + (ratings.pending().isEmpty() ? ""
                        : "; các tháng " + months(ratings.pending()) + " chưa công bố") + ":");
        List<List<String>> rows = new ArrayList<>();
        int index = 1;
        for (Map.Entry<String, Map<String, Integer>> unit : ratings.units().entrySet()) {
            rows.add(ratingRow(String.valueOf(index++), unit(units, unit.getKey()), unit.getValue()));
        }
        rows.add(ratingRow("", TOTAL, ratings.total()));
        document.table(RATING_HEADERS, rows);
    }

    private static void appendix(AdministrativeDocument document, ResultsReport report, Map<String, String> units) {
        document.pageBreak().section(APPENDIX);
        document.paragraph("Các nhiệm vụ đến hạn trong " + report.period().label() + " (nhiệm vụ chính, không kể "
                + "nhiệm vụ đã hủy); số dòng được dẫn ở mục I và II.");
        List<List<String>> rows = report.appendix().stream().map(line -> List.of(String.valueOf(line.line()),
                String.valueOf(line.task().id()), String.valueOf(line.item().number()), line.item().field(),
                unit(units, line.task().unitCode()), DisplayFormats.DATE.format(line.task().dueDate()),
                line.task().doneOn() == null ? "" : DisplayFormats.DATE.format(line.task().doneOn()), outcome(line)))
                .toList();
        document.table(APPENDIX_HEADERS, rows);
    }

    /** How the appendix and section II word a task's outcome. */
    static String outcome(TaskLine line) {
        return switch (line.timeliness()) {
            case DONE_ON_TIME -> "Hoàn thành đúng hạn";
            case DONE_LATE -> "Hoàn thành trễ hạn";
            case OVERDUE -> "Chưa hoàn thành, quá hạn";
            case AWAITING_REVIEW -> "Chưa hoàn thành, chờ nghiệm thu";
            default -> "Chưa hoàn thành";
        };
    }

    private static List<String> tallyRow(String index, String name, long items, Tally tally) {
        return List.of(index, name, String.valueOf(items), String.valueOf(tally.total()),
                String.valueOf(tally.onTime()), String.valueOf(tally.late()), String.valueOf(tally.notYet()),
                String.valueOf(tally.overdue()));
    }

    private static List<String> ratingRow(String index, String name, Map<String, Integer> counts) {
        List<String> row = new ArrayList<>(List.of(index, name));
        PeriodRatings.COLUMNS.forEach(level -> row.add(String.valueOf(counts.get(level))));
        row.add(String.valueOf(counts.values().stream().mapToInt(Integer::intValue).sum()));
        return row;
    }

    private static String product(ResultsReport.Product product) {
        String number = product.documentNumber() == null || product.documentNumber().isBlank() ? "Sản phẩm"
                : "Văn bản số " + product.documentNumber();
        return product.issuedOn() == null ? number : number + " ngày " + DisplayFormats.DATE.format(
                product.issuedOn());
    }

    private static String lines(List<TaskLine> lines) {
        int first = lines.get(0).line();
        int last = lines.get(lines.size() - 1).line();
        return first == last ? String.valueOf(first) : first + "–" + last;
    }

    private static String months(List<YearMonth> months) {
        return months.isEmpty() ? "không có" : months.stream().map(MONTH::format).collect(Collectors.joining(", "));
    }

    private static String unit(Map<String, String> units, String code) {
        return code == null ? "" : units.getOrDefault(code, code);
    }

    /** The signer's title a draft proposes: a department's director, a People's Committee's chair. */
    private static String signerTitle(String organisation) {
        if (organisation.startsWith("Sở")) {
            return "Giám đốc";
        }
        if (organisation.startsWith("Ủy ban") || organisation.startsWith("UBND")) {
            return "Chủ tịch";
        }
        return "Thủ trưởng cơ quan";
    }
}
