package vn.hungyen.snv.plan.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.hungyen.snv.common.deadline.Deadline;
import vn.hungyen.snv.common.organisation.UnitCodes;

/**
 * Reads the rows of a catalogue file (CSV or XLSX, already split into cells) into catalogue items, or into every
 * problem of every cell. The first row is the header; rows are numbered as a spreadsheet shows them (header = 1).
 */
public final class CatalogueParser {

    /** The expected products (sản phẩm) of a task. */
    public static final List<String> PRODUCTS = List.of("Kế hoạch", "Báo cáo", "Quyết định", "Tờ trình", "Đề án",
            "Hướng dẫn", "Công văn", "Thông báo", "Văn bản QPPL", "Kết luận thanh tra", "Hồ sơ", "Cơ sở dữ liệu");

    /** The item says what its cited lines say. */
    public static final String QUOTED = "QUOTED";
    /** The item makes a concrete task of a general directive of its cited lines. */
    public static final String DERIVED = "DERIVED";
    /** The values of the derivation (căn cứ) column. */
    public static final List<String> DERIVATIONS = List.of(QUOTED, DERIVED);

    private static final int MAX_CONTENT = 2000;
    private static final int MAX_TARGET = 100;
    private static final int MAX_COORDINATING = 200;

    /** Who exists in the organisation, as far as the catalogue refers to it: unit codes and leaders' usernames. */
    public record Directory(Predicate<String> unitExists, Predicate<String> supervisorExists) {
        /** Takes every unit and supervisor as written, for where no organisation is known. */
        public static final Directory UNCHECKED = new Directory(code -> true, username -> true);
    }

    /** What a catalogue of one plan may refer to: its year (for deadlines without one), its fields and directory. */
    public record Rules(int year, Set<String> fields, Directory directory) {
        public Rules {
            fields = Set.copyOf(fields);
        }
    }

    /** The items of the rows without problems, and the problems of the others. */
    public record Result(List<CatalogueItem> items, List<CellProblem> problems, int rowCount) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private final Rules rules;

    public CatalogueParser(Rules rules) {
        this.rules = rules;
    }

    public Result parse(List<List<String>> table) {
        if (table.isEmpty()) {
            return new Result(List.of(), List.of(new CellProblem(1, "", "Tệp trống: cần dòng tiêu đề "
                    + headers() + " và các dòng nhiệm vụ.")), 0);
        }
        List<CellProblem> problems = new ArrayList<>();
        Map<CatalogueColumn, Integer> positions = header(table.get(0), problems);
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems, 0);
        }
        List<CatalogueItem> items = new ArrayList<>();
        Map<Integer, Integer> rowOfNumber = new HashMap<>();
        Map<String, Integer> rowOfContent = new HashMap<>();
        int rowCount = 0;
        for (int i = 1; i < table.size(); i++) {
            List<String> cells = table.get(i);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            rowCount++;
            int row = i + 1;
            Map<CatalogueColumn, String> values = new EnumMap<>(CatalogueColumn.class);
            for (CatalogueColumn column : CatalogueColumn.values()) {
                Integer position = positions.get(column);
                values.put(column, clean(position != null && position < cells.size() ? cells.get(position) : null));
            }
            List<CellProblem> rowProblems = new ArrayList<>();
            RowReader reader = new RowReader(row, values, rowProblems);
            CatalogueItem item = reader.read();
            if (reader.number != null) {
                Integer earlier = rowOfNumber.putIfAbsent(reader.number, row);
                if (earlier != null) {
                    rowProblems.add(CellProblem.of(row, CatalogueColumn.NUMBER, "STT " + reader.number
                            + " trùng với dòng " + earlier + "."));
                }
            }
            if (reader.content != null) {
                Integer sameContent = rowOfContent.putIfAbsent(SearchText.fold(reader.content), row);
                if (sameContent != null) {
                    rowProblems.add(CellProblem.of(row, CatalogueColumn.CONTENT, "Nội dung trùng với dòng "
                            + sameContent + "."));
                }
            }
            if (rowProblems.isEmpty()) {
                items.add(item);
            }
            problems.addAll(rowProblems);
        }
        if (rowCount == 0) {
            problems.add(new CellProblem(1, "", "Tệp không có dòng nhiệm vụ nào."));
        }
        return new Result(List.copyOf(items), List.copyOf(problems), rowCount);
    }

    private static Map<CatalogueColumn, Integer> header(List<String> cells, List<CellProblem> problems) {
        Map<CatalogueColumn, Integer> positions = new EnumMap<>(CatalogueColumn.class);
        for (int i = 0; i < cells.size(); i++) {
            String text = clean(cells.get(i));
            if (text.isEmpty()) {
                continue;
            }
            CatalogueColumn column = CatalogueColumn.byHeader(text);
            if (column == null) {
                problems.add(new CellProblem(1, text, "Cột \"" + text + "\" không thuộc danh mục; các cột là: "
                        + headers() + "."));
            } else if (positions.putIfAbsent(column, i) != null) {
                problems.add(new CellProblem(1, column.header(), "Cột \"" + column.header() + "\" xuất hiện hai lần."));
            }
        }
        for (CatalogueColumn column : CatalogueColumn.values()) {
            if (column.required() && !positions.containsKey(column)) {
                problems.add(new CellProblem(1, column.header(), "Thiếu cột \"" + column.header() + "\"."));
            }
        }
        return positions;
    }

    private static String headers() {
        return String.join(", ", Arrays.stream(CatalogueColumn.values()).map(CatalogueColumn::header).toList());
    }

    private static String clean(String cell) {
        return cell == null ? "" : Normalizer.normalize(cell, Normalizer.Form.NFC).strip();
    }

    /**
     * Reads one row, collecting a problem per faulty cell. Readers of a cell signal a fault with an
     * IllegalArgumentException whose message is for the user (as Deadline, Target and SourceRef do).
     */
    private final class RowReader {
        private final int row;
        private final Map<CatalogueColumn, String> values;
        private final List<CellProblem> problems;
        /** The row's number and content once read, also when other cells have problems (to find repeats). */
        private Integer number;
        private String content;

        RowReader(int row, Map<CatalogueColumn, String> values, List<CellProblem> problems) {
            this.row = row;
            this.values = values;
            this.problems = problems;
        }

        CatalogueItem read() {
            number = required(CatalogueColumn.NUMBER, this::number);
            String field = required(CatalogueColumn.FIELD, this::field);
            content = required(CatalogueColumn.CONTENT, this::content);
            String lead = required(CatalogueColumn.LEAD_UNIT, this::unit);
            List<String> coordinating = coordinating(lead);
            String supervisor = required(CatalogueColumn.SUPERVISOR, this::supervisor);
            Deadline deadline = required(CatalogueColumn.DEADLINE, text -> Deadline.parse(text, rules.year()));
            String product = required(CatalogueColumn.PRODUCT, this::product);
            String targetText = values.get(CatalogueColumn.TARGET);
            Target target = targetText.isEmpty() ? null : check(CatalogueColumn.TARGET, targetText, this::target);
            SourceRef source = required(CatalogueColumn.SOURCE, SourceRef::parse);
            String sourceQuote = optional(CatalogueColumn.SOURCE_QUOTE, this::sourceQuote);
            String derivation = optional(CatalogueColumn.DERIVATION, this::derivation);
            if (!problems.isEmpty()) {
                return null;
            }
            return new CatalogueItem(number, field, content, lead, coordinating, supervisor, deadline, product,
                    target, source, sourceQuote, derivation);
        }

        private <T> T required(CatalogueColumn column, Function<String, T> reader) {
            String text = values.get(column);
            if (text.isEmpty()) {
                problems.add(CellProblem.of(row, column, "Thiếu " + column.header() + "."));
                return null;
            }
            return check(column, text, reader);
        }

        /** The cell read, or null when it is empty or its column is not in the file. */
        private <T> T optional(CatalogueColumn column, Function<String, T> reader) {
            String text = values.get(column);
            return text.isEmpty() ? null : check(column, text, reader);
        }

        private <T> T check(CatalogueColumn column, String text, Function<String, T> reader) {
            try {
                return reader.apply(text);
            } catch (IllegalArgumentException e) {
                problems.add(CellProblem.of(row, column, e.getMessage()));
            }
            return null;
        }

        private Integer number(String text) {
            if (!text.matches("\\d{1,6}") || Integer.parseInt(text) < 1) {
                throw new IllegalArgumentException("STT \"" + text + "\" phải là số nguyên dương.");
            }
            return Integer.parseInt(text);
        }

        private String field(String text) {
            if (!rules.fields().contains(text)) {
                throw new IllegalArgumentException("Lĩnh vực \"" + text + "\" không có trong danh sách lĩnh vực: "
                        + String.join("; ", rules.fields().stream().sorted().toList()) + ".");
            }
            return text;
        }

        private String content(String text) {
            if (text.length() > MAX_CONTENT) {
                throw new IllegalArgumentException("Nội dung dài " + text.length() + " ký tự, tối đa " + MAX_CONTENT
                        + ".");
            }
            return text;
        }

        private String sourceQuote(String text) {
            if (text.length() > MAX_CONTENT) {
                throw new IllegalArgumentException("Trích dẫn nguồn dài " + text.length() + " ký tự, tối đa "
                        + MAX_CONTENT + ".");
            }
            return text;
        }

        private String derivation(String text) {
            return DERIVATIONS.stream().filter(d -> d.equalsIgnoreCase(text)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Căn cứ \"" + text + "\" phải là " + QUOTED
                            + " (nội dung nói đúng như dòng nguồn) hoặc " + DERIVED
                            + " (cụ thể hóa một chỉ đạo chung của dòng nguồn)."));
        }

        private String unit(String code) {
            if (!rules.directory().unitExists().test(code)) {
                throw new IllegalArgumentException("Không có đơn vị mã \"" + code + "\".");
            }
            return code;
        }

        private List<String> coordinating(String lead) {
            String text = values.get(CatalogueColumn.COORDINATING_UNITS);
            if (text.isEmpty()) {
                return List.of();
            }
            if (text.length() > MAX_COORDINATING) {
                problems.add(CellProblem.of(row, CatalogueColumn.COORDINATING_UNITS, "Đơn vị phối hợp dài quá "
                        + MAX_COORDINATING + " ký tự."));
                return List.of();
            }
            Set<String> codes = new LinkedHashSet<>();
            for (String part : text.split(UnitCodes.SEPARATOR, -1)) {
                String code = part.strip();
                String problem = code.isEmpty() ? "Đơn vị phối hợp có mã trống giữa hai dấu \";\"."
                        : !rules.directory().unitExists().test(code) ? "Không có đơn vị phối hợp mã \"" + code + "\"."
                        : code.equals(lead) ? "Đơn vị chủ trì " + code + " không đồng thời là đơn vị phối hợp."
                        : !codes.add(code) ? "Đơn vị phối hợp " + code + " ghi hai lần." : null;
                if (problem != null) {
                    problems.add(CellProblem.of(row, CatalogueColumn.COORDINATING_UNITS, problem));
                }
            }
            return List.copyOf(codes);
        }

        private String supervisor(String username) {
            if (!rules.directory().supervisorExists().test(username)) {
                throw new IllegalArgumentException("\"" + username + "\" không phải tài khoản của một Phó Giám đốc "
                        + "hoặc Giám đốc.");
            }
            return username;
        }

        private String product(String text) {
            return PRODUCTS.stream().filter(p -> p.equalsIgnoreCase(text)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Sản phẩm \"" + text + "\" không thuộc các loại: "
                            + String.join(", ", PRODUCTS) + "."));
        }

        private Target target(String text) {
            if (text.length() > MAX_TARGET) {
                throw new IllegalArgumentException("Chỉ tiêu dài quá " + MAX_TARGET + " ký tự.");
            }
            return Target.parse(text);
        }
    }
}
