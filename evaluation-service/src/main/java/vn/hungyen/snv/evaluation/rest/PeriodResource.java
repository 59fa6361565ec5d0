package vn.hungyen.snv.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hungyen.snv.common.rest.Problem;
import vn.hungyen.snv.common.security.Caller;
import vn.hungyen.snv.common.security.CurrentCaller;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.evaluation.client.PlanGateway;
import vn.hungyen.snv.evaluation.service.PeriodRatingService;
import vn.hungyen.snv.evaluation.service.RatingViews.PeriodRating;

/** Quarter and year ratings (scoring-hy540 §9) within the caller's scope. */
@Path("/api/evaluations/periods/{period}")
@Tag(name = "Đánh giá quý, năm", description = "Quarter and year ratings from the published months")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD, Roles.OFFICER})
public class PeriodResource {

    private final PeriodRatingService periods;
    private final CurrentCaller caller;
    private final PlanGateway organisation;
    private final String place;

    PeriodResource(PeriodRatingService periods, CurrentCaller caller, PlanGateway organisation,
            @ConfigProperty(name = "app.documents.place", defaultValue = "Hưng Yên") String place) {
        this.periods = periods;
        this.caller = caller;
        this.organisation = organisation;
        this.place = place;
    }

    @GET
    @Path("/officers")
    @Operation(summary = "Officers' quarter (YYYY-Qn) or year (YYYY) ratings: the mean of the published monthly S "
            + "(with the Director's adjustments) over the months evaluated, banded, then the head cap by the unit's "
            + "period level and the HTXSNV quota applied again; within the caller's scope, optionally of one unit")
    public List<PeriodRating> officers(@PathParam("period") String period, @QueryParam("unit") String unit) {
        Caller who = caller.get();
        return periods.officers(who.organisationCode(), period).stream()
                .filter(o -> who.seesOfficer(o.officerId(), o.unitCode()))
                .filter(o -> unit == null || unit.isBlank() || unit.equals(o.unitCode()))
                .toList();
    }

    @GET
    @Path("/export")
    @Produces({SheetStyles.MEDIA_TYPE, Problem.MEDIA_TYPE})
    @Operation(summary = "The officers' quarter or year ratings of /officers as a spreadsheet (format=xlsx): the "
            + "organisation, the title and the period on top, position, band, level and why they differ, signatures")
    public Response export(@PathParam("period") String period, @QueryParam("unit") String unit,
            @QueryParam("format") @DefaultValue("xlsx") String format) {
        SheetStyles.xlsxOnly(format);
        List<PeriodRating> officers = officers(period, unit);
        byte[] workbook = PeriodWorkbook.write(organisation.organisationName(caller.get().organisationCode()),
                period, officers, place);
        return Response.ok(workbook, SheetStyles.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"danh-gia-" + period + ".xlsx\"").build();
    }
}
