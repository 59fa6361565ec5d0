package vn.hungyen.snv.plan.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Catalogue tables for the rules' tests: the header and rows of cells in column order. */
final class Rows {

    static final Set<String> FIELDS = Set.of("Cải cách hành chính", "Văn thư, lưu trữ");
    static final CatalogueParser.Rules RULES = new CatalogueParser.Rules(2024, FIELDS,
            new CatalogueParser.Directory(Set.of("CCHC", "VP", "LTLS")::contains,
                    Set.of("deputy1", "deputy3")::contains));

    private Rows() {
    }

    static List<String> header() {
        return Arrays.stream(CatalogueColumn.values()).map(CatalogueColumn::header).toList();
    }

    /** A valid row with the given number and content. */
    static List<String> row(int number, String content) {
        return new ArrayList<>(List.of(String.valueOf(number), "Cải cách hành chính", content, "CCHC", "VP",
                "deputy1", "Quý II/2024", "Báo cáo", "120.000 trang", "004_38b8e90ea4ed07a7.txt:382-386",
                "số hóa 120.000 trang tài liệu", "QUOTED"));
    }

    /** The header without the given columns, as an older export has it. */
    static List<String> headerWithout(CatalogueColumn... columns) {
        List<String> header = new ArrayList<>(header());
        Arrays.stream(columns).forEach(column -> header.remove(column.header()));
        return header;
    }

    static List<String> with(List<String> row, CatalogueColumn column, String value) {
        List<String> copy = new ArrayList<>(row);
        copy.set(column.ordinal(), value);
        return copy;
    }

    @SafeVarargs
    static List<List<String>> table(List<String>... rows) {
        List<List<String>> table = new ArrayList<>();
        table.add(header());
        table.addAll(List.of(rows));
        return table;
    }
}
