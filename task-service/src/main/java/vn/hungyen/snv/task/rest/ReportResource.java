package vn.hungyen.snv.task.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hungyen.snv.common.document.AdministrativeDocument;
import vn.hungyen.snv.common.rest.Problem;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.common.security.CurrentCaller;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.task.domain.ReportPeriod;
import vn.hungyen.snv.task.service.ResultsReportService;
import vn.hungyen.snv.task.service.TaskService;

/** Drafts of the results reports the Office files (docs/documents.md). */
@Path("/api/reports")
@Tag(name = "Báo cáo", description = "Results reports drafted from the tracked tasks and the published ratings")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD})
public class ReportResource {

    private final ResultsReportService reports;
    private final TaskService tasks;
    private final CurrentCaller caller;

    ReportResource(ResultsReportService reports, TaskService tasks, CurrentCaller caller) {
        this.reports = reports;
        this.tasks = tasks;
        this.caller = caller;
    }

    @GET
    @Path("/results")
    @Produces({AdministrativeDocument.MEDIA_TYPE, Problem.MEDIA_TYPE})
    @Operation(summary = "The results report of a plan for a period as a Word draft (Decree 30/2020 layout)",
            description = "period: YYYY-Q1..Q4, YYYY-H1, YYYY-H2, YYYY-9M or YYYY. Per field of work the plan's "
                    + "tasks due in the period (done on time, late, not yet) with their products; the shortcomings; "
                    + "the published months' ratings by unit and level; the next period's items; an appendix of "
                    + "the tasks behind every figure. The Director and administrators, the Office's head "
                    + "(app.reports.office-units) over the organisation, a deputy director over the supervised "
                    + "units; 400 for an unknown period or format, 404 for a plan not of the caller's "
                    + "organisation, 409 period-not-published when no month of the period is published")
    public Response results(@QueryParam("plan") String plan, @QueryParam("period") String period,
            @QueryParam("format") @DefaultValue("docx") String format) {
        if (!"docx".equalsIgnoreCase(format)) {
            throw new ProblemException(400, "unsupported-format", "Định dạng không hỗ trợ",
                    "Báo cáo chỉ xuất được định dạng docx; nhận được \"" + format + "\".");
        }
        if (plan == null || plan.isBlank()) {
            throw new ProblemException(400, "missing-plan", "Thiếu kế hoạch",
                    "Cần chọn kế hoạch (tham số plan: mã hoặc số hiệu phiên bản kế hoạch, ví dụ KH-SNV-2024).");
        }
        ReportPeriod reportPeriod = ReportPeriod.parse(period).orElseThrow(() -> new ProblemException(400,
                "unknown-period", "Kỳ báo cáo không hợp lệ", "Kỳ báo cáo phải là quý (2024-Q1 … 2024-Q4), 6 "
                        + "tháng (2024-H1, 2024-H2), 9 tháng (2024-9M) hoặc năm (2024); nhận được \""
                        + (period == null ? "" : period) + "\"."));
        ResultsReportService.Draft draft = reports.draft(plan.strip(), reportPeriod, caller.get());
        byte[] document = ResultsReportDocument.write(draft, tasks.today());
        return Response.ok(document, AdministrativeDocument.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"bao-cao-" + draft.plan().code() + "-"
                        + reportPeriod.code() + ".docx\"")
                .build();
    }
}
