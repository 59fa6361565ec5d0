package vn.hungyen.snv.webui.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.hungyen.snv.webui.client.EvaluationGateway;
import vn.hungyen.snv.webui.client.EvaluationGateway.Dashboard;
import vn.hungyen.snv.webui.client.ServiceMessage;
import vn.hungyen.snv.webui.domain.RatingLabels;

/**
 * "Bảng điều hành": the month at a glance for the Director and deputy directors (a head sees their
 * own unit, as evaluation-service scopes it): levels, units side by side, the trend, overdue work,
 * and the month's results as a spreadsheet.
 */
@Path("/dashboard")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class DashboardPageResource {

    /** A unit with its officers' count per level, in {@link RatingLabels#LEVELS} order. */
    public record UnitRow(EvaluationGateway.UnitSummary unit, List<Integer> counts) {
    }

    /** A deputy director with the count per level of the units they supervise. */
    public record DeputyRow(EvaluationGateway.DeputySummary deputy, List<Integer> counts) {
    }

    /** One month of the trend. */
    public record TrendRow(YearMonth month, boolean published, List<Integer> counts, BigDecimal averageTotal) {
    }

    /** What the page shows; {@code charts} is the charts' data as JSON, read by /js/dashboard.js. */
    public record View(YearMonth month, Dashboard dashboard, List<Integer> counts, List<UnitRow> units,
            List<DeputyRow> deputies, List<TrendRow> trend, String charts, List<String> errors) {

        public List<RatingLabels.Level> levels() {
            return RatingLabels.LEVELS;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(View view);
    }

    private final EvaluationGateway evaluations;
    private final UserSession session;
    private final ObjectMapper json;
    private final Clock clock;

    DashboardPageResource(EvaluationGateway evaluations, UserSession session, ObjectMapper json, Clock clock) {
        this.clock = clock;
        this.evaluations = evaluations;
        this.session = session;
        this.json = json;
    }

    @GET
    @Operation(hidden = true)
    public Response dashboard(@QueryParam("month") String month) {
        if (!session.isLeader()) {
            return Response.seeOther(URI.create("/")).build();
        }
        List<String> errors = new ArrayList<>();
        YearMonth shown = EvaluationPageResource.month(month, clock, errors);
        return page(errors.isEmpty() ? 200 : 400, shown, errors);
    }

    /** The month's results as the XLSX workbook evaluation-service makes, as a download. */
    @GET
    @Path("/export")
    @Produces({ EvaluationGateway.XLSX, MediaType.TEXT_HTML })
    @Operation(hidden = true)
    public Response export(@QueryParam("month") String month) {
        List<String> errors = new ArrayList<>();
        YearMonth shown = EvaluationPageResource.month(month, clock, errors);
        if (!session.isLeader() || !errors.isEmpty()) {
            return page(400, shown, errors);
        }
        try {
            return Response.ok(evaluations.export(shown), EvaluationGateway.XLSX)
                    .header("Content-Disposition", "attachment; filename=\"ket-qua-danh-gia-" + shown + ".xlsx\"")
                    .build();
        } catch (ServiceMessage e) {
            return page(e.status(), shown, e.lines());
        }
    }

    private Response page(int status, YearMonth month, List<String> errors) {
        try {
            Dashboard dashboard = evaluations.dashboard(month);
            List<Integer> counts = RatingLabels.counts(dashboard.levels());
            List<UnitRow> units = dashboard.units().stream()
                    .map(u -> new UnitRow(u, RatingLabels.counts(u.levels()))).toList();
            List<DeputyRow> deputies = dashboard.deputies().stream()
                    .map(d -> new DeputyRow(d, RatingLabels.counts(d.levels()))).toList();
            List<TrendRow> trend = dashboard.trend().stream().map(t -> new TrendRow(YearMonth.parse(t.month()),
                    t.published(), RatingLabels.counts(t.levels()), t.averageTotal())).toList();
            View view = new View(month, dashboard, counts, units, deputies, trend, charts(counts, units, trend),
                    errors);
            return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Templates.dashboard(view)).build();
        } catch (ServiceMessage e) {
            List<String> all = new ArrayList<>(errors);
            all.addAll(e.lines());
            View empty = new View(month, null, List.of(), List.of(), List.of(), List.of(), "{}", all);
            return Response.status(status == 200 ? e.status() : status).type(MediaType.TEXT_HTML_TYPE)
                    .entity(Templates.dashboard(empty)).build();
        }
    }

    /** The same numbers as the tables, shaped for Chart.js: one series per level. */
    private String charts(List<Integer> counts, List<UnitRow> units, List<TrendRow> trend) {
        Map<String, Object> charts = Map.of(
                "levels", RatingLabels.LEVELS.stream().map(RatingLabels.Level::label).toList(),
                "codes", RatingLabels.LEVELS.stream().map(RatingLabels.Level::code).toList(),
                "month", counts,
                "units", Map.of("names", units.stream().map(u -> u.unit().unitCode()).toList(),
                        "counts", units.stream().map(UnitRow::counts).toList()),
                "trend", Map.of("months", trend.stream().map(t -> Formats.vn(t.month())).toList(),
                        "counts", trend.stream().map(TrendRow::counts).toList()));
        try {
            return json.writeValueAsString(charts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the charts' data are plain lists and maps", e);
        }
    }
}
