package vn.hungyen.snv.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.common.security.Caller;
import vn.hungyen.snv.common.security.CurrentCaller;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.evaluation.service.EvaluationWorkflow;
import vn.hungyen.snv.evaluation.service.MonthlyRatingService;
import vn.hungyen.snv.evaluation.service.RatingViews.MonthRatings;
import vn.hungyen.snv.evaluation.service.RatingViews.OfficerRating;
import vn.hungyen.snv.evaluation.service.RatingViews.UnitRating;

/** Monthly ratings under HY-540 (scoring-hy540.md), within the caller's scope. */
@Path("/api/evaluations/{month}")
@Tag(name = "Đánh giá tháng", description = "Monthly ratings of officers and units, self-assessment, review, publication")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD, Roles.OFFICER})
public class EvaluationResource {

    /** The three groups of the general criteria, each 0–10, and remarks. */
    public record SelfAssessmentRequest(
            @NotNull(message = "Cần điểm nhóm I") @DecimalMin(value = "0", message = "Điểm nhóm I từ 0 đến 10")
            @DecimalMax(value = "10", message = "Điểm nhóm I từ 0 đến 10") BigDecimal groupI,
            @NotNull(message = "Cần điểm nhóm II") @DecimalMin(value = "0", message = "Điểm nhóm II từ 0 đến 10")
            @DecimalMax(value = "10", message = "Điểm nhóm II từ 0 đến 10") BigDecimal groupII,
            @NotNull(message = "Cần điểm nhóm III") @DecimalMin(value = "0", message = "Điểm nhóm III từ 0 đến 10")
            @DecimalMax(value = "10", message = "Điểm nhóm III từ 0 đến 10") BigDecimal groupIII,
            @Size(max = 2000, message = "Nhận xét tối đa 2000 ký tự") String remarks) {
    }

    /** The head's review: G 0–30, a note when it differs from the self-assessment, forcing flags, đ and e for leaders. */
    public record ReviewRequest(
            @NotNull(message = "Cần điểm tiêu chí chung") @DecimalMin(value = "0", message = "Điểm chung từ 0 đến 30")
            @DecimalMax(value = "30", message = "Điểm chung từ 0 đến 30") BigDecimal generalScore,
            @Size(max = 2000, message = "Ghi chú tối đa 2000 ký tự") String note,
            boolean disciplined, boolean degraded, boolean corruptionInUnit, Integer organisingChoice,
            @Size(max = 2000, message = "Kết luận tối đa 2000 ký tự") String cohesionFinding) {
    }

    /** A unit's G_u, 0–30. */
    public record UnitReviewRequest(
            @NotNull(message = "Cần điểm tiêu chí chung") @DecimalMin(value = "0", message = "Điểm chung từ 0 đến 30")
            @DecimalMax(value = "30", message = "Điểm chung từ 0 đến 30") BigDecimal generalScore,
            @Size(max = 2000, message = "Ghi chú tối đa 2000 ký tự") String note) {
    }

    private final MonthlyRatingService ratings;
    private final EvaluationWorkflow workflow;
    private final CurrentCaller caller;

    EvaluationResource(MonthlyRatingService ratings, EvaluationWorkflow workflow, CurrentCaller caller) {
        this.ratings = ratings;
        this.workflow = workflow;
        this.caller = caller;
    }

    @GET
    @Path("/officers")
    @Operation(summary = "Officers' ratings of the month within the caller's scope, optionally of one unit")
    public List<OfficerRating> officers(@PathParam("month") String month, @QueryParam("unit") String unit) {
        Caller who = caller.get();
        return ratings.month(parse(month)).officers().stream()
                .filter(o -> who.seesOfficer(o.officerId(), o.unitCode()))
                .filter(o -> unit == null || unit.isBlank() || unit.equals(o.unitCode()))
                .map(OfficerRating::withoutProducts)
                .toList();
    }

    @GET
    @Path("/officers/{officerId}")
    @Operation(summary = "One officer's rating with every product behind it, its credits and events; 404 outside scope")
    public OfficerRating officer(@PathParam("month") String month, @PathParam("officerId") long officerId) {
        Caller who = caller.get();
        return ratings.month(parse(month)).officers().stream()
                .filter(o -> o.officerId() == officerId && who.seesOfficer(o.officerId(), o.unitCode()))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("kết quả tháng " + month + " của công chức " + officerId));
    }

    @GET
    @Path("/units")
    @Operation(summary = "Units' collective ratings of the month within the caller's scope")
    public List<UnitRating> units(@PathParam("month") String month) {
        Caller who = caller.get();
        return ratings.month(parse(month)).units().stream().filter(u -> who.seesUnit(u.unitCode())).toList();
    }

    @PUT
    @Path("/officers/{officerId}/self-assessment")
    @Operation(summary = "The officer's own self-assessment of the general criteria (groups I–III, 0–10 each)")
    public OfficerRating selfAssess(@PathParam("month") String month, @PathParam("officerId") long officerId,
            @Valid @NotNull(message = "Cần nội dung tự đánh giá") SelfAssessmentRequest request) {
        workflow.selfAssess(parse(month), officerId, new EvaluationWorkflow.SelfAssessmentEntry(request.groupI(),
                request.groupII(), request.groupIII(), request.remarks()), caller.get());
        return officer(month, officerId);
    }

    @PUT
    @Path("/officers/{officerId}/review")
    @Operation(summary = "The head's (a head's: the supervising deputy director's) review of G with forcing flags")
    public OfficerRating review(@PathParam("month") String month, @PathParam("officerId") long officerId,
            @Valid @NotNull(message = "Cần nội dung xem xét") ReviewRequest request) {
        workflow.review(parse(month), officerId, new EvaluationWorkflow.ReviewEntry(request.generalScore(),
                request.note(), request.disciplined(), request.degraded(), request.corruptionInUnit(),
                request.organisingChoice(), request.cohesionFinding()), caller.get());
        return officer(month, officerId);
    }

    @PUT
    @Path("/units/{unitCode}/review")
    @Operation(summary = "The supervising deputy director's G_u of a unit (0–30)")
    public List<UnitRating> reviewUnit(@PathParam("month") String month, @PathParam("unitCode") String unitCode,
            @Valid @NotNull(message = "Cần điểm của đơn vị") UnitReviewRequest request) {
        workflow.reviewUnit(parse(month), unitCode, request.generalScore(), request.note(), caller.get());
        return units(month).stream().filter(u -> u.unitCode().equals(unitCode)).toList();
    }

    @POST
    @Path("/publish")
    @RolesAllowed(Roles.DIRECTOR)
    @Operation(summary = "Director: publish and lock the month; 409 listing every missing step")
    public MonthRatings publish(@PathParam("month") String month) {
        MonthRatings published = workflow.publish(parse(month), caller.get());
        return new MonthRatings(published.month(), true, published.publishedAt(),
                published.officers().stream().map(OfficerRating::withoutProducts).toList(), published.units());
    }

    private static YearMonth parse(String month) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new ProblemException(400, "invalid-month", "Tháng không hợp lệ",
                    "Tháng phải có dạng YYYY-MM, ví dụ 2024-03; nhận được \"" + month + "\".");
        }
    }
}
