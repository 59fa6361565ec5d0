package vn.hungyen.snv.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.snv.plan.domain.Rows.row;
import static vn.hungyen.snv.plan.domain.Rows.table;
import static vn.hungyen.snv.plan.domain.Rows.with;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueDiffTest {

    private final CatalogueParser parser = new CatalogueParser(Rows.RULES);

    @Test
    void anAmendmentShowsAddedRemovedAndChangedItemsWithTheirChangedCells() {
        List<CatalogueItem> before = parser.parse(table(row(1, "Lập kế hoạch"), row(2, "Báo cáo quý"),
                row(3, "Số hóa tài liệu"))).items();
        List<CatalogueItem> after = parser.parse(table(row(1, "Lập kế hoạch"),
                with(row(3, "Số hóa tài liệu"), CatalogueColumn.DEADLINE, "Quý IV"), row(4, "Kiểm tra văn thư")))
                .items();

        assertThat(CatalogueDiff.between(before, after)).containsExactly(
                new CatalogueDiff.Change(2, CatalogueDiff.Kind.REMOVED, "Báo cáo quý", List.of()),
                new CatalogueDiff.Change(3, CatalogueDiff.Kind.CHANGED, "Số hóa tài liệu",
                        List.of(new CatalogueDiff.ColumnChange("Thời hạn", "Quý II/2024", "Quý IV/2024"))),
                new CatalogueDiff.Change(4, CatalogueDiff.Kind.ADDED, "Kiểm tra văn thư", List.of()));
    }

    @Test
    void theSameCatalogueHasNoChanges() {
        List<CatalogueItem> items = parser.parse(table(row(1, "Lập kế hoạch"))).items();

        assertThat(CatalogueDiff.between(items, items)).isEmpty();
    }
}
