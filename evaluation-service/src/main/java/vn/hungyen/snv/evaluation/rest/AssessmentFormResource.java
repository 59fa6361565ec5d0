package vn.hungyen.snv.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hungyen.snv.common.document.AdministrativeDocument;
import vn.hungyen.snv.common.rest.Problem;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.common.security.Caller;
import vn.hungyen.snv.common.security.CurrentCaller;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.evaluation.client.PlanGateway;
import vn.hungyen.snv.evaluation.service.EvaluationWorkflow;
import vn.hungyen.snv.evaluation.service.MonthlyRatingService;
import vn.hungyen.snv.evaluation.service.RatingViews.OfficerAnswer;
import vn.hungyen.snv.evaluation.service.RatingViews.OfficerRating;
import vn.hungyen.snv.evaluation.service.RatingViews.UnitRating;

/**
 * The monthly assessment forms as Word documents (docs/documents.md), in the scope of the month's other views: an
 * officer's form for whoever sees the officer, a unit's forms in one file for whoever sees the unit.
 */
@Path("/api/evaluations/{month}")
@Tag(name = "Đánh giá hằng tháng")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD, Roles.OFFICER})
public class AssessmentFormResource {

    private final EvaluationWorkflow workflow;
    private final MonthlyRatingService ratings;
    private final PlanGateway organisation;
    private final CurrentCaller caller;
    private final String place;

    AssessmentFormResource(EvaluationWorkflow workflow, MonthlyRatingService ratings, PlanGateway organisation,
            CurrentCaller caller, @ConfigProperty(name = "app.documents.place", defaultValue = "Hưng Yên") String place) {
        this.workflow = workflow;
        this.ratings = ratings;
        this.organisation = organisation;
        this.caller = caller;
        this.place = place;
    }

    @GET
    @Path("/officers/{officerId}/form")
    @Produces({AdministrativeDocument.MEDIA_TYPE, Problem.MEDIA_TYPE})
    @Operation(summary = "The officer's monthly assessment form (format=docx): products with their credits, a/b/c, "
            + "K, the general groups and G, S, the level and the rules that changed it, remarks, signatures; 404 "
            + "outside scope")
    public Response officerForm(@PathParam("month") String month, @PathParam("officerId") long officerId,
            @QueryParam("format") @DefaultValue("docx") String format) {
        docxOnly(format);
        YearMonth when = EvaluationResource.parse(month);
        Caller who = caller.get();
        OfficerRating officer = workflow.officer(when, officerId, who).map(OfficerAnswer::rating)
                .orElseThrow(() -> ProblemException.notFound("kết quả tháng " + month + " của công chức "
                        + officerId));
        return forms(when, who, List.of(officer), String.valueOf(officerId));
    }

    @GET
    @Path("/units/{unitCode}/forms")
    @Produces({AdministrativeDocument.MEDIA_TYPE, Problem.MEDIA_TYPE})
    @Operation(summary = "Every monthly assessment form of the unit's officers in one file (format=docx), one per "
            + "page, for whoever sees the whole unit (its head, its deputy director, the Director, administrators); "
            + "404 outside scope")
    public Response unitForms(@PathParam("month") String month, @PathParam("unitCode") String unitCode,
            @QueryParam("format") @DefaultValue("docx") String format) {
        docxOnly(format);
        YearMonth when = EvaluationResource.parse(month);
        Caller who = caller.get();
        if (!who.seesUnit(unitCode)) {
            throw ProblemException.notFound("đơn vị " + unitCode);
        }
        List<OfficerRating> officers = workflow.officers(when, unitCode, who).stream().map(OfficerAnswer::rating)
                .toList();
        if (officers.isEmpty()) {
            throw ProblemException.notFound("đơn vị " + unitCode + " trong tháng " + month);
        }
        return forms(when, who, officers, unitCode);
    }

    /** The officers' forms in one file named after the month and {@code whose} (an officer's id or a unit code). */
    private Response forms(YearMonth month, Caller who, List<OfficerRating> officers, String whose) {
        byte[] document = AssessmentForm.write(month, officers, unitNames(month, who), titles(month), place);
        return Response.ok(document, AdministrativeDocument.MEDIA_TYPE).header("Content-Disposition",
                "attachment; filename=\"phieu-danh-gia-" + month + "-" + whose + ".docx\"").build();
    }

    private Map<String, String> unitNames(YearMonth month, Caller who) {
        return ratings.month(who.organisationCode(), month).units().stream()
                .collect(Collectors.toMap(UnitRating::unitCode, UnitRating::name, (a, b) -> a));
    }

    /** The officers' position titles as plan-service held them on the month's last day. */
    private Map<Long, String> titles(YearMonth month) {
        return organisation.directory(month).officers().stream().filter(o -> o.position() != null)
                .collect(Collectors.toMap(PlanGateway.Officer::id, PlanGateway.Officer::position, (a, b) -> a));
    }

    private static void docxOnly(String format) {
        if (!"docx".equalsIgnoreCase(format)) {
            throw new ProblemException(400, "unsupported-format", "Định dạng không hỗ trợ",
                    "Phiếu đánh giá chỉ xuất được định dạng docx; nhận được \"" + format + "\".");
        }
    }
}
