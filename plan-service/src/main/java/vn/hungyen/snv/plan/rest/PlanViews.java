package vn.hungyen.snv.plan.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.hungyen.snv.common.deadline.DeadlineKind;
import vn.hungyen.snv.plan.domain.CatalogueDiff;
import vn.hungyen.snv.plan.domain.CellProblem;
import vn.hungyen.snv.plan.domain.SourceRef;
import vn.hungyen.snv.plan.repository.Plan;
import vn.hungyen.snv.plan.repository.PlanItem;
import vn.hungyen.snv.plan.service.CatalogueImportService;

/** The plan API's response bodies. */
final class PlanViews {

    private PlanViews() {
    }

    /** A plan version. */
    record PlanView(long id, String organisationCode, String code, int version, String title, int year,
            String organization, String status, long itemCount, String documentNumber, LocalDate documentDate,
            String documentSigner) {

        static PlanView of(Plan plan, long itemCount) {
            return new PlanView(plan.id, plan.organisationCode, plan.code, plan.version, plan.title, plan.year,
                    plan.organization, plan.status.name(), itemCount, plan.documentNumber, plan.documentDate,
                    plan.documentSigner);
        }
    }

    /** A deadline: its kind (with the Vietnamese label), canonical text and due date (null when recurring). */
    record DeadlineView(DeadlineKind kind, String label, String text, LocalDate dueDate, boolean recurring) {
    }

    /** Where in the plan's text an item comes from. */
    record SourceView(String file, int firstLine, int lastLine) {
    }

    /**
     * A catalogue item with the status and year of its plan version. {@code target} is the target as written
     * ("120.000 trang"), {@code targetValue} and {@code targetUnit} its number and unit; {@code source} is
     * {@code FILE:LINE[-LINE]}, {@code sourceQuote} the words of those lines the item rests on and
     * {@code derivation} QUOTED or DERIVED (both null when the catalogue did not give them).
     */
    record ItemView(long id, long planId, String planStatus, int planYear, int number, String field, String content,
            String leadUnit, List<String> coordinatingUnits, String supervisor, DeadlineView deadline, String product,
            String target, BigDecimal targetValue, String targetUnit, String source, SourceView sourceRef,
            String sourceQuote, String derivation) {

        static ItemView of(PlanItem item, Plan plan) {
            SourceRef source = new SourceRef(item.sourceFile, item.sourceFirstLine, item.sourceLastLine);
            return new ItemView(item.id, item.planId, plan.status.name(), plan.year, item.number, item.field,
                    item.content, item.leadUnit, item.coordinatingUnitList(), item.supervisor,
                    new DeadlineView(item.deadlineKind, item.deadlineKind.label(), item.deadlineText, item.dueDate,
                            item.deadlineKind.recurring()),
                    item.product, item.targetText, plain(item.targetValue), item.targetUnit, source.text(),
                    new SourceView(source.file(), source.firstLine(), source.lastLine()), item.sourceQuote,
                    item.derivation);
        }
    }

    /** 120000 rather than 120000.000 (the column's scale) or 1.2E+5. */
    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    /** One page of items, ordered by number, and how many match in all. */
    record ItemPageView(List<ItemView> items, int page, int size, long total) {
    }

    /** One problem of a row. */
    record CellProblemView(String column, String message) {
    }

    /** Every problem of one row of the file (row 1 is the header). */
    record RowProblemsView(int row, List<CellProblemView> problems) {

        static List<RowProblemsView> of(List<CellProblem> problems) {
            Map<Integer, List<CellProblemView>> byRow = problems.stream().collect(Collectors.groupingBy(
                    CellProblem::row, TreeMap::new,
                    Collectors.mapping(p -> new CellProblemView(p.column(), p.message()), Collectors.toList())));
            return byRow.entrySet().stream().map(e -> new RowProblemsView(e.getKey(), e.getValue())).toList();
        }
    }

    /**
     * What an import found and did: the rows with their problems, and the changes the file makes (or made) to the
     * catalogue of the plan version it was imported into. {@code planId}/{@code version} name where the catalogue
     * now lives: a new version after an amendment.
     */
    record ImportReportView(long planId, String planCode, int version, boolean dryRun, boolean applied,
            int rowCount, int validRowCount, int problemCount, List<RowProblemsView> rows,
            List<CatalogueDiff.Change> changes) {

        static ImportReportView of(CatalogueImportService.Outcome outcome) {
            return new ImportReportView(outcome.plan().id, outcome.plan().code, outcome.plan().version,
                    outcome.dryRun(), outcome.applied(), outcome.rowCount(), outcome.validRowCount(),
                    outcome.problems().size(), RowProblemsView.of(outcome.problems()), outcome.changes());
        }
    }

    /** A problem body for a refused import, with every row's problems. */
    record ImportProblemView(String type, String title, int status, String code, String detail,
            ImportReportView report) {
    }
}
