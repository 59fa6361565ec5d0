package vn.hungyen.snv.plan.service;

import vn.hungyen.snv.common.deadline.Deadline;
import vn.hungyen.snv.common.organisation.UnitCodes;
import vn.hungyen.snv.plan.domain.CatalogueItem;
import vn.hungyen.snv.plan.domain.SearchText;
import vn.hungyen.snv.plan.domain.SourceRef;
import vn.hungyen.snv.plan.domain.Target;
import vn.hungyen.snv.plan.repository.PlanItem;

/** Converts between the catalogue item of the rules and its stored row. */
final class PlanItems {

    private PlanItems() {
    }

    static PlanItem toEntity(CatalogueItem item) {
        PlanItem row = new PlanItem();
        row.number = item.number();
        row.field = item.field();
        row.content = item.content();
        row.searchText = SearchText.fold(item.content());
        row.leadUnit = item.leadUnit();
        row.coordinatingUnits = UnitCodes.join(item.coordinatingUnits());
        row.supervisor = item.supervisor();
        row.deadlineKind = item.deadline().kind();
        row.deadlineText = item.deadline().text();
        row.dueDate = item.deadline().dueDate();
        row.product = item.product();
        if (item.target() != null) {
            row.targetText = item.target().text();
            row.targetValue = item.target().value();
            row.targetUnit = item.target().unit();
        }
        row.sourceFile = item.source().file();
        row.sourceFirstLine = item.source().firstLine();
        row.sourceLastLine = item.source().lastLine();
        row.sourceQuote = item.sourceQuote();
        row.derivation = item.derivation();
        return row;
    }

    /** The item a stored row holds; {@code year} is its plan's year (stored deadline texts always carry one). */
    static CatalogueItem toDomain(PlanItem row, int year) {
        return new CatalogueItem(row.number, row.field, row.content, row.leadUnit, row.coordinatingUnitList(),
                row.supervisor, Deadline.parse(row.deadlineText, year), row.product,
                row.targetText == null ? null : Target.parse(row.targetText),
                new SourceRef(row.sourceFile, row.sourceFirstLine, row.sourceLastLine), row.sourceQuote,
                row.derivation);
    }
}
