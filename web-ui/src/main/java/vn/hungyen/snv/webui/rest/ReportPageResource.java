package vn.hungyen.snv.webui.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.hungyen.snv.webui.client.PlanGateway;
import vn.hungyen.snv.webui.client.ReportGateway;
import vn.hungyen.snv.webui.client.ServiceMessage;

/**
 * "Báo cáo": the results report of a plan for a period, drawn by task-service (docs/documents.md) and downloaded as
 * a Word draft. The page is offered to leaders; task-service decides who may draw a report (the Director, deputy
 * directors, the Office's head) and its refusal is shown as it words it.
 */
@Path("/reports")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ReportPageResource {

    /** A period a report may cover: its suffix after the year ("" for the year) and its Vietnamese name. */
    public record PeriodChoice(String suffix, String label) {
    }

    static final List<PeriodChoice> PERIODS = List.of(new PeriodChoice("-Q1", "Quý I"),
            new PeriodChoice("-Q2", "Quý II"), new PeriodChoice("-H1", "6 tháng đầu năm"),
            new PeriodChoice("-Q3", "Quý III"), new PeriodChoice("-9M", "9 tháng"), new PeriodChoice("-Q4", "Quý IV"),
            new PeriodChoice("-H2", "6 tháng cuối năm"), new PeriodChoice("", "Cả năm"));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reports(List<PlanGateway.Plan> plans, List<PeriodChoice> periods,
                String error);
    }

    private final PlanGateway plans;
    private final ReportGateway reports;
    private final UserSession session;

    ReportPageResource(PlanGateway plans, ReportGateway reports, UserSession session) {
        this.plans = plans;
        this.reports = reports;
        this.session = session;
    }

    @GET
    @Operation(hidden = true)
    public Response page() {
        if (!session.isLeader()) {
            return Response.seeOther(URI.create("/")).build();
        }
        try {
            return Response.ok(Templates.reports(published(), PERIODS, null)).build();
        } catch (ServiceMessage e) {
            return Response.status(e.status()).entity(Templates.reports(List.of(), PERIODS, e.getMessage())).build();
        }
    }

    /** The report as task-service draws it; a refusal is the page again with task-service's message. */
    @GET
    @Path("/download")
    @Produces({"application/vnd.openxmlformats-officedocument.wordprocessingml.document", MediaType.TEXT_HTML})
    @Operation(hidden = true)
    public Response download(@QueryParam("plan") String plan, @QueryParam("period") String period) {
        if (!session.isLeader()) {
            return Response.seeOther(URI.create("/")).build();
        }
        try {
            List<PlanGateway.Plan> choices = published();
            PlanGateway.Plan chosen = choices.stream().filter(p -> p.code().equals(plan)).findFirst().orElse(null);
            if (chosen == null || PERIODS.stream().noneMatch(p -> p.suffix().equals(period))) {
                return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(Templates.reports(choices, PERIODS,
                        "Chọn kế hoạch và kỳ báo cáo trong danh sách.")).build();
            }
            PlanGateway.File file = reports.results(chosen.code(), chosen.year() + period);
            return Response.ok(file.content(), file.mediaType())
                    .header(HttpHeaders.CONTENT_DISPOSITION, file.disposition()).build();
        } catch (ServiceMessage e) {
            return Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE)
                    .entity(Templates.reports(List.of(), PERIODS, e.getMessage())).build();
        }
    }

    /** The organisation's published plans, the ones tasks are assigned from. */
    private List<PlanGateway.Plan> published() {
        return plans.plans().stream().filter(p -> "PUBLISHED".equals(p.status())).toList();
    }
}
