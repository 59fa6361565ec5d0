package vn.hungyen.snv.task.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.common.security.Caller;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.task.client.EvaluationGateway;
import vn.hungyen.snv.task.client.PlanGateway;
import vn.hungyen.snv.task.config.ReportConfig;
import vn.hungyen.snv.task.domain.PeriodRatings;
import vn.hungyen.snv.task.domain.ReportPeriod;
import vn.hungyen.snv.task.domain.ResultsReport;
import vn.hungyen.snv.task.repository.ReportRepository;
import vn.hungyen.snv.task.repository.Task;
import vn.hungyen.snv.task.repository.TaskRepository;
import vn.hungyen.snv.task.repository.TaskSubmission;

/**
 * Gathers what a results report on a plan and a period says (docs/documents.md): the plan and its items from
 * plan-service, the tasks from this service's database, the published ratings from evaluation-service, each read
 * within the caller's reach; {@link ResultsReport} and {@link PeriodRatings} compute every figure.
 */
@ApplicationScoped
public class ResultsReportService {

    /** Everything the document of a report is written from. */
    public record Draft(PlanGateway.Plan plan, String organisationName, ResultsReport report, PeriodRatings ratings,
            Map<String, String> unitNames, String place) {
    }

    private final PlanGateway plans;
    private final EvaluationGateway evaluations;
    private final ReportRepository tasks;
    private final TaskJournal journal;
    private final ReportConfig config;

    ResultsReportService(PlanGateway plans, EvaluationGateway evaluations, ReportRepository tasks,
            TaskJournal journal, ReportConfig config) {
        this.plans = plans;
        this.evaluations = evaluations;
        this.tasks = tasks;
        this.journal = journal;
        this.config = config;
    }

    /**
     * The report on the plan ({@code planId}: a version's id or a plan code) for the period. 403 for a caller who may
     * not draw reports, 404 for a plan not in the caller's organisation, 409 when no month of the period is published.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Draft draft(String planId, ReportPeriod period, Caller caller) {
        TaskRepository.Scope scope = reach(caller);
        PlanGateway.Plan plan = plans.plan(planId).filter(p -> caller.belongsTo(p.organisationCode()))
                .orElseThrow(() -> ProblemException.notFound("kế hoạch " + planId));
        Map<YearMonth, List<PeriodRatings.Rating>> published = evaluations.publishedMonths(period);
        if (published.isEmpty()) {
            throw new ProblemException(409, "period-not-published", "Kỳ báo cáo chưa có tháng nào được công bố",
                    "Chưa có tháng nào của " + period.label() + " được công bố kết quả đánh giá, xếp loại, nên chưa "
                            + "lập được báo cáo. Hãy chọn kỳ đã có tháng công bố, hoặc chờ Giám đốc công bố tháng.");
        }
        List<ResultsReport.Item> items = plans.items(plan.id());
        ReportPeriod next = period.next();
        ZoneId zone = journal.zone();
        List<Task> rows = tasks.tasksDue(items.stream().map(ResultsReport.Item::id).toList(), period.from(),
                next.to(), scope);
        Map<Long, List<TaskSubmission>> products = tasks.acceptedProducts(rows.stream().map(t -> t.id).toList());
        List<ResultsReport.Task> facts = rows.stream().map(t -> new ResultsReport.Task(t.id, t.planItemId, t.title,
                t.unitCode, t.dueDate, t.completedAt == null ? null : t.completedAt.atZone(zone).toLocalDate(),
                t.status, products.getOrDefault(t.id, List.of()).stream()
                        .map(s -> new ResultsReport.Product(s.documentNumber, s.issuedOn)).toList()))
                .toList();
        Predicate<String> inReach = unit -> scope.everything() || scope.units().contains(unit);
        ResultsReport report = ResultsReport.draft(period, items, facts, journal.today(), inReach);
        return new Draft(plan, plans.organisationName(plan.organisationCode()), report,
                PeriodRatings.of(period, published), plans.unitNames(), config.place());
    }

    /**
     * Who may draw reports and over which tasks: the Director and administrators, and the head of the Office (a unit
     * of {@code app.reports.office-units}), over the organisation; a deputy director over the units they supervise.
     */
    private TaskRepository.Scope reach(Caller caller) {
        boolean officeHead = caller.hasRole(Roles.HEAD) && config.officeUnits().contains(caller.unitCode());
        if (caller.seesEverything() || officeHead) {
            return new TaskRepository.Scope(caller.organisationCode(), true, Set.of(), null);
        }
        if (caller.hasRole(Roles.DEPUTY_DIRECTOR)) {
            return new TaskRepository.Scope(caller.organisationCode(), false, caller.supervisedUnits(), null);
        }
        throw new ProblemException(403, "not-report-reader", "Không có quyền lập báo cáo",
                "Báo cáo kết quả do Giám đốc, các Phó Giám đốc (các đơn vị phụ trách) và Chánh Văn phòng lập; "
                        + "tài khoản này không có quyền đó.");
    }
}
