package vn.hungyen.snv.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.hungyen.snv.plan.domain.Rows.row;
import static vn.hungyen.snv.plan.domain.Rows.table;
import static vn.hungyen.snv.plan.domain.Rows.with;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.deadline.DeadlineKind;

class CatalogueParserTest {

    private final CatalogueParser parser = new CatalogueParser(Rows.RULES);

    @Test
    void aCompleteRowBecomesAnItemWithItsDeadlineTargetAndSource() {
        CatalogueParser.Result result = parser.parse(table(row(7, "Số hóa tài liệu lưu trữ")));

        assertThat(result.problems()).isEmpty();
        CatalogueItem item = result.items().get(0);
        assertThat(item.number()).isEqualTo(7);
        assertThat(item.coordinatingUnits()).containsExactly("VP");
        assertThat(item.deadline().kind()).isEqualTo(DeadlineKind.QUARTER);
        assertThat(item.deadline().dueDate()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(item.target().value()).isEqualByComparingTo(new BigDecimal("120000"));
        assertThat(item.target().unit()).isEqualTo("trang");
        assertThat(item.source()).isEqualTo(new SourceRef("004_38b8e90ea4ed07a7.txt", 382, 386));
        assertThat(item.sourceQuote()).isEqualTo("số hóa 120.000 trang tài liệu");
        assertThat(item.derivation()).isEqualTo(CatalogueParser.QUOTED);
    }

    @Test
    void aFileWithoutTheProvenanceColumnsStillImportsWithoutQuoteAndDerivation() {
        List<String> row = row(4, "Lập kế hoạch").subList(0, CatalogueColumn.SOURCE_QUOTE.ordinal());

        CatalogueParser.Result result = parser.parse(List.of(
                Rows.headerWithout(CatalogueColumn.SOURCE_QUOTE, CatalogueColumn.DERIVATION), row));

        assertThat(result.problems()).isEmpty();
        assertThat(result.items()).extracting(CatalogueItem::number, CatalogueItem::sourceQuote,
                CatalogueItem::derivation).containsExactly(tuple(4, null, null));
        assertThat(result.items().get(0).cell(CatalogueColumn.DERIVATION)).isEmpty();
    }

    @Test
    void emptyProvenanceCellsAreLeftUnsetAndTheDerivationIsReadInAnyCase() {
        List<String> blank = with(with(row(1, "Lập kế hoạch"), CatalogueColumn.SOURCE_QUOTE, " "),
                CatalogueColumn.DERIVATION, "");
        List<String> lower = with(row(2, "Báo cáo tháng"), CatalogueColumn.DERIVATION, " derived ");

        CatalogueParser.Result result = parser.parse(table(blank, lower));

        assertThat(result.problems()).isEmpty();
        assertThat(result.items()).extracting(CatalogueItem::sourceQuote, CatalogueItem::derivation)
                .containsExactly(tuple(null, null), tuple("số hóa 120.000 trang tài liệu", CatalogueParser.DERIVED));
    }

    @Test
    void anUnknownDerivationIsAProblemOfItsCell() {
        CatalogueParser.Result result = parser.parse(table(with(row(6, "Lập kế hoạch"), CatalogueColumn.DERIVATION,
                "SUY DIỄN")));

        assertThat(result.items()).isEmpty();
        assertThat(result.problems()).containsExactly(new CellProblem(2, "Căn cứ", "Căn cứ \"SUY DIỄN\" phải là "
                + "QUOTED (nội dung nói đúng như dòng nguồn) hoặc DERIVED (cụ thể hóa một chỉ đạo chung của dòng "
                + "nguồn)."));
    }

    @Test
    void eachFaultyCellIsReportedWithItsRowAndColumn() {
        List<String> bad = row(3, "Báo cáo công tác");
        bad = with(bad, CatalogueColumn.LEAD_UNIT, "XYZ");
        bad = with(bad, CatalogueColumn.DEADLINE, "sớm nhất có thể");
        bad = with(bad, CatalogueColumn.PRODUCT, "");
        bad = with(bad, CatalogueColumn.SUPERVISOR, "officer.vp.1");
        bad = with(bad, CatalogueColumn.FIELD, "Ngoại giao");

        CatalogueParser.Result result = parser.parse(table(row(1, "Lập kế hoạch"), bad));

        assertThat(result.items()).hasSize(1);
        assertThat(result.problems()).extracting(CellProblem::row).containsOnly(3);
        assertThat(result.problems()).extracting(CellProblem::column).containsExactly("Lĩnh vực", "Đơn vị chủ trì",
                "Lãnh đạo phụ trách", "Thời hạn", "Sản phẩm");
        assertThat(result.problems().get(1).message()).isEqualTo("Không có đơn vị mã \"XYZ\".");
        assertThat(result.problems().get(3).message()).startsWith("Không hiểu thời hạn \"sớm nhất có thể\"");
        assertThat(result.problems().get(4).message()).isEqualTo("Thiếu Sản phẩm.");
    }

    @Test
    void aRepeatedNumberOrContentPointsBackToTheFirstRow() {
        CatalogueParser.Result result = parser.parse(table(row(1, "Lập kế hoạch"), row(1, "Báo cáo tháng"),
                row(2, "LẬP KẾ HOẠCH.")));

        assertThat(result.problems()).containsExactly(
                new CellProblem(3, "STT", "STT 1 trùng với dòng 2."),
                new CellProblem(4, "Nội dung nhiệm vụ", "Nội dung trùng với dòng 2."));
    }

    @Test
    void aRepeatedNumberIsFoundEvenWhenTheFirstRowHasOtherProblems() {
        CatalogueParser.Result result = parser.parse(table(with(row(1, "Lập kế hoạch"), CatalogueColumn.LEAD_UNIT,
                "XYZ"), row(1, "Báo cáo tháng")));

        assertThat(result.items()).isEmpty();
        assertThat(result.problems()).extracting(CellProblem::row, CellProblem::column)
                .containsExactly(tuple(2, "Đơn vị chủ trì"),
                        tuple(3, "STT"));
    }

    @Test
    void coordinatingUnitsMustExistDifferFromTheLeadAndNotRepeat() {
        List<String> bad = with(row(1, "Lập kế hoạch"), CatalogueColumn.COORDINATING_UNITS, "VP; CCHC;VP;ABC");

        assertThat(parser.parse(table(bad)).problems()).extracting(CellProblem::message).containsExactly(
                "Đơn vị chủ trì CCHC không đồng thời là đơn vị phối hợp.",
                "Đơn vị phối hợp VP ghi hai lần.",
                "Không có đơn vị phối hợp mã \"ABC\".");
    }

    @Test
    void missingAndUnknownHeadersAreReportedOnRowOne() {
        List<String> header = new ArrayList<>(Rows.header());
        header.remove("Sản phẩm");
        header.add("Ghi chú");

        CatalogueParser.Result result = parser.parse(List.of(header, row(1, "Lập kế hoạch")));

        assertThat(result.items()).isEmpty();
        assertThat(result.problems()).extracting(CellProblem::row).containsOnly(1);
        assertThat(result.problems()).extracting(CellProblem::column).containsExactly("Ghi chú", "Sản phẩm");
    }

    @Test
    void columnsMayComeInAnyOrderAndBlankRowsAreSkipped() {
        List<String> header = new ArrayList<>(Rows.header());
        List<String> row = row(5, "Lập kế hoạch");
        Collections.reverse(header);
        Collections.reverse(row);

        CatalogueParser.Result result = parser.parse(List.of(header, List.of("", " "), row));

        assertThat(result.problems()).isEmpty();
        assertThat(result.rowCount()).isEqualTo(1);
        assertThat(result.items().get(0).number()).isEqualTo(5);
    }

    @Test
    void aFileWithoutRowsIsAProblem() {
        assertThat(parser.parse(table()).problems()).extracting(CellProblem::message)
                .containsExactly("Tệp không có dòng nhiệm vụ nào.");
        assertThat(parser.parse(List.of()).valid()).isFalse();
    }

    @Test
    void recurringDeadlinesHaveNoDueDate() {
        CatalogueItem item = parser.parse(table(with(row(1, "Báo cáo tháng"), CatalogueColumn.DEADLINE,
                "trước ngày 20 hàng tháng"))).items().get(0);

        assertThat(item.deadline().kind()).isEqualTo(DeadlineKind.MONTHLY_DAY);
        assertThat(item.deadline().dueDate()).isNull();
        assertThat(item.cell(CatalogueColumn.DEADLINE)).isEqualTo("Trước ngày 20 hằng tháng");
    }

    @Test
    void anItemsCellsReadBackToTheSameItem() {
        CatalogueItem item = parser.parse(table(row(9, "Lập kế hoạch"))).items().get(0);
        List<String> cells = Arrays.stream(CatalogueColumn.values()).map(item::cell).toList();

        assertThat(parser.parse(table(cells)).items()).containsExactly(item);
    }
}
