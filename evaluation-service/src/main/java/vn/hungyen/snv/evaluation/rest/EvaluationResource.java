package vn.hungyen.snv.evaluation.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.hungyen.snv.common.input.VisibleText;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hungyen.snv.common.rest.Problem;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.common.security.Caller;
import vn.hungyen.snv.common.security.CurrentCaller;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.evaluation.domain.Level;
import vn.hungyen.snv.evaluation.domain.MonthReminders;
import vn.hungyen.snv.evaluation.domain.MonthSchedule;
import vn.hungyen.snv.evaluation.domain.ScoringSettings;
import vn.hungyen.snv.evaluation.service.Dashboard;
import vn.hungyen.snv.evaluation.service.DashboardService;
import vn.hungyen.snv.evaluation.service.EvaluationWorkflow;
import vn.hungyen.snv.evaluation.service.MonthReplay;
import vn.hungyen.snv.evaluation.service.ScoringProfileService;
import vn.hungyen.snv.evaluation.service.MonthlyRatingService;
import vn.hungyen.snv.evaluation.service.RatingViews.Adjustment;
import vn.hungyen.snv.evaluation.service.RatingViews.Exemption;
import vn.hungyen.snv.evaluation.service.RatingViews.MonthRatings;
import vn.hungyen.snv.evaluation.service.RatingViews.OfficerAnswer;
import vn.hungyen.snv.evaluation.service.RatingViews.OfficerRating;
import vn.hungyen.snv.evaluation.service.RatingViews.Projection;
import vn.hungyen.snv.evaluation.service.RatingViews.UnitRating;

/**
 * Monthly ratings under HY-540 (scoring-hy540.md), within the caller's scope: their organisation's month (another
 * organisation's officers and units are answered as if they did not exist), then the units they see in it.
 */
@Path("/api/evaluations/{month}")
@Tag(name = "Đánh giá tháng", description = "Monthly ratings of officers and units, self-assessment, review, publication")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD, Roles.OFFICER})
public class EvaluationResource {

    /** The upper bound of each group of the self-assessment form (Mẫu 01, scoring-hy540 §1). */
    static final String GROUP_MAX = "10";

    /** The three groups of the general criteria, each 0–10, and remarks. */
    public record SelfAssessmentRequest(
            @NotNull(message = "Cần điểm nhóm I") @DecimalMin(value = "0", message = "Điểm nhóm I từ 0 đến 10")
            @DecimalMax(value = GROUP_MAX, message = "Điểm nhóm I từ 0 đến 10")
            @Digits(integer = 2, fraction = 2, message = "Điểm nhóm I có tối đa 2 chữ số thập phân")
            BigDecimal groupI,
            @NotNull(message = "Cần điểm nhóm II") @DecimalMin(value = "0", message = "Điểm nhóm II từ 0 đến 10")
            @DecimalMax(value = GROUP_MAX, message = "Điểm nhóm II từ 0 đến 10")
            @Digits(integer = 2, fraction = 2, message = "Điểm nhóm II có tối đa 2 chữ số thập phân")
            BigDecimal groupII,
            @NotNull(message = "Cần điểm nhóm III") @DecimalMin(value = "0", message = "Điểm nhóm III từ 0 đến 10")
            @DecimalMax(value = GROUP_MAX, message = "Điểm nhóm III từ 0 đến 10")
            @Digits(integer = 2, fraction = 2, message = "Điểm nhóm III có tối đa 2 chữ số thập phân")
            BigDecimal groupIII,
            @Size(max = 2000, message = "Nhận xét tối đa 2000 ký tự") String remarks) {
    }

    /**
     * The head's review: G (0–{@code scale.generalMax}, checked by the workflow), a note when it differs from the
     * self-assessment, forcing flags, đ and e for leaders.
     */
    public record ReviewRequest(
            @NotNull(message = "Cần điểm tiêu chí chung")
            @Digits(integer = 2, fraction = 2, message = "Điểm chung có tối đa 2 chữ số thập phân")
            BigDecimal generalScore,
            @Size(max = 2000, message = "Ghi chú tối đa 2000 ký tự") String note,
            boolean disciplined, boolean degraded, boolean corruptionInUnit, Integer organisingChoice,
            @Size(max = 2000, message = "Kết luận tối đa 2000 ký tự") String cohesionFinding) {
    }

    /** An officer's exemption request for one of their products of the month, with the objective cause. */
    public record ExemptionRequestBody(
            @NotNull(message = "Cần mã nhiệm vụ") Long taskId,
            @VisibleText(message = "Cần ghi lý do khách quan đề nghị miễn trừ")
            @Size(max = 2000, message = "Lý do tối đa 2000 ký tự") String reason) {
    }

    /** The reviewer's ruling on an exemption request; a refusal needs a note. */
    public record ExemptionRulingBody(
            @NotNull(message = "Cần quyết định chấp thuận hay không") Boolean approved,
            @Size(max = 2000, message = "Ghi chú tối đa 2000 ký tự") String note) {
    }

    /** A unit's G_u (0–{@code scale.generalMax}, checked by the workflow). */
    public record UnitReviewRequest(
            @NotNull(message = "Cần điểm tiêu chí chung")
            @Digits(integer = 2, fraction = 2, message = "Điểm chung có tối đa 2 chữ số thập phân")
            BigDecimal generalScore,
            @Size(max = 2000, message = "Ghi chú tối đa 2000 ký tự") String note) {
    }

    /**
     * The Director's adjustment after publication: a new G (0–{@code scale.generalMax}, checked by the workflow), a
     * new level, or both, with the reason.
     */
    public record AdjustmentRequest(
            @Digits(integer = 2, fraction = 2, message = "Điểm chung có tối đa 2 chữ số thập phân")
            BigDecimal generalScore,
            Level level,
            @VisibleText(message = "Cần ghi lý do điều chỉnh")
            @Size(max = 2000, message = "Lý do tối đa 2000 ký tự") String reason) {
    }

    /**
     * The Director's publication: optionally, exceptions to the HTXSNV quota of some quota groups (§5), each with the
     * ratio used instead of {@code quota.ratio} and the reason.
     */
    public record PublishRequest(
            @Size(max = 20, message = "Tối đa 20 ngoại lệ tỷ lệ")
            List<@Valid @NotNull(message = "Ngoại lệ tỷ lệ không được rỗng") QuotaExceptionBody> quotaExceptions) {
    }

    /** An exception to the quota of one group: the group, the ratio (0–1) and the reason. */
    public record QuotaExceptionBody(
            @VisibleText(message = "Cần tên nhóm tính tỷ lệ (group)")
            @Size(max = 100, message = "Tên nhóm tối đa 100 ký tự") String group,
            @NotNull(message = "Cần tỷ lệ ngoại lệ (ratio)")
            @DecimalMin(value = "0", message = "Tỷ lệ ngoại lệ từ 0 đến 1")
            @DecimalMax(value = "1", message = "Tỷ lệ ngoại lệ từ 0 đến 1")
            @Digits(integer = 1, fraction = 4, message = "Tỷ lệ ngoại lệ có tối đa 4 chữ số thập phân")
            BigDecimal ratio,
            @VisibleText(message = "Cần ghi lý do ngoại lệ tỷ lệ")
            @Size(max = 2000, message = "Lý do tối đa 2000 ký tự") String reason) {
    }

    /** Settings to try on the month: any subset, in the JSON of a scoring profile's settings. */
    public record WhatIfRequest(@NotNull(message = "Cần các thiết lập cần thử (settings)") JsonNode settings) {
    }

    /**
     * The bounds of the scores people enter and read, in force in this service: each group of the self-assessment
     * form, G and G_u ({@code scale.generalMax}), and K ({@code scale.taskMax}).
     */
    public record Limits(BigDecimal groupMax, BigDecimal generalMax, BigDecimal taskMax) {
    }

    /** The month's step dates, flat, with the limits in force. */
    public record ScheduleAnswer(@JsonUnwrapped MonthSchedule schedule, Limits limits) {
    }

    private final MonthlyRatingService ratings;
    private final Clock clock;
    private final EvaluationWorkflow workflow;
    private final DashboardService dashboards;
    private final CurrentCaller caller;
    private final ScoringProfileService profiles;
    private final MonthReplay replay;

    EvaluationResource(MonthlyRatingService ratings, EvaluationWorkflow workflow, DashboardService dashboards,
            CurrentCaller caller, Clock clock, ScoringProfileService profiles, MonthReplay replay) {
        this.clock = clock;
        this.profiles = profiles;
        this.replay = replay;
        this.ratings = ratings;
        this.workflow = workflow;
        this.dashboards = dashboards;
        this.caller = caller;
    }

    @GET
    @Path("/officers")
    @Operation(summary = "Officers' ratings of the month within the caller's scope, optionally of one unit, each "
            + "with what the caller may do next on it")
    public List<OfficerAnswer> officers(@PathParam("month") String month, @QueryParam("unit") String unit) {
        return workflow.officers(parse(month), unit, caller.get()).stream()
                .map(OfficerAnswer::withoutProducts)
                .toList();
    }

    @GET
    @Path("/officers/{officerId}")
    @Operation(summary = "One officer's rating with every product behind it, its credits and events, and what the "
            + "caller may do next on it; 404 outside scope")
    public OfficerAnswer officer(@PathParam("month") String month, @PathParam("officerId") long officerId) {
        return workflow.officer(parse(month), officerId, caller.get())
                .orElseThrow(() -> ProblemException.notFound("kết quả tháng " + month + " của công chức " + officerId));
    }

    @GET
    @Path("/units")
    @Operation(summary = "Units' collective ratings of the month within the caller's scope")
    public List<UnitRating> units(@PathParam("month") String month) {
        Caller who = caller.get();
        return ratings.month(who.organisationCode(), parse(month)).visibleTo(who).units();
    }

    @GET
    @Path("/dashboard")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD})
    @Operation(summary = "Counts per level, per unit and per deputy director, overdue tasks, and the trend of the six "
            + "months ending with this one, over the units the caller sees: the organisation for the Director and "
            + "administrators, the supervised units for a deputy director, their own unit for a head")
    public Dashboard.View dashboard(@PathParam("month") String month) {
        return dashboards.dashboard(parse(month), caller.get());
    }

    @GET
    @Path("/schedule")
    @Operation(summary = "The due dates of the month's steps (scoring-hy540 §8), in working days of the next month; "
            + "entries after their date are accepted and marked late. With the limits of the scores in force")
    public ScheduleAnswer schedule(@PathParam("month") String month) {
        YearMonth parsed = parse(month);
        ScoringSettings settings = profiles.settings(caller.get().organisationCode(), parsed);
        return new ScheduleAnswer(workflow.schedule(parsed),
                new Limits(new BigDecimal(GROUP_MAX), settings.generalMax(), settings.taskMax()));
    }

    @GET
    @Path("/pending-steps")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD, Roles.OFFICER, Roles.SERVICE})
    @Operation(summary = "Who still has a step of the month to do (scoring-hy540 §8), as the schedule's reminders "
            + "send it", description = "Once the month is over and until it is published: each step from the working "
            + "day before its due date (remindFrom), to whoever still has it — SELF_ASSESSMENT to the officer "
            + "(officerId), REVIEW to the reviewer, UNIT_REVIEW to the supervising deputy director, PUBLICATION to the "
            + "Director (username) — with what it concerns and the message in Vietnamese. The Director, an "
            + "administrator and task-service's reminder job (role service) see the whole organisation's; anyone "
            + "else the steps addressed to them. Empty for a month still running or published.")
    public List<MonthReminders.PendingStep> pendingSteps(@PathParam("month") String month) {
        return workflow.pendingSteps(parse(month), caller.get());
    }

    @GET
    @Path("/export")
    @Produces({RatingWorkbook.MEDIA_TYPE, Problem.MEDIA_TYPE})
    @Operation(summary = "The month's ratings within the caller's scope as a spreadsheet (format=xlsx): "
            + "officers, units, and exemption requests with their rulings")
    public Response export(@PathParam("month") String month,
            @QueryParam("format") @DefaultValue("xlsx") String format) {
        SheetStyles.xlsxOnly(format);
        Caller who = caller.get();
        MonthRatings all = ratings.month(who.organisationCode(), parse(month));
        Map<String, String> unitNames = all.units().stream()
                .collect(Collectors.toMap(UnitRating::unitCode, UnitRating::name));
        MonthRatings visible = all.visibleTo(who);
        byte[] workbook = RatingWorkbook.write(visible.officers().stream().map(OfficerRating::withoutProducts).toList(),
                visible.units(), unitNames, clock.getZone());
        return Response.ok(workbook, RatingWorkbook.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"danh-gia-" + all.month() + ".xlsx\"")
                .build();
    }

    @PUT
    @Path("/officers/{officerId}/self-assessment")
    @Operation(summary = "The officer's own self-assessment of the general criteria (groups I–III, 0–10 each)")
    public OfficerAnswer selfAssess(@PathParam("month") String month, @PathParam("officerId") long officerId,
            @Valid @NotNull(message = "Cần nội dung tự đánh giá") SelfAssessmentRequest request) {
        workflow.selfAssess(parse(month), officerId, new EvaluationWorkflow.SelfAssessmentEntry(request.groupI(),
                request.groupII(), request.groupIII(), request.remarks()), caller.get());
        return officer(month, officerId);
    }

    @POST
    @Path("/officers/{officerId}/projection")
    @Operation(summary = "K, G, S and the level the officer would get with these groups I–III; nothing is saved")
    public Projection projection(@PathParam("month") String month, @PathParam("officerId") long officerId,
            @Valid @NotNull(message = "Cần điểm tự đánh giá") SelfAssessmentRequest request) {
        return workflow.project(parse(month), officerId, new EvaluationWorkflow.SelfAssessmentEntry(request.groupI(),
                request.groupII(), request.groupIII(), request.remarks()), caller.get());
    }

    @PUT
    @Path("/officers/{officerId}/review")
    @Operation(summary = "The head's (a head's: the supervising deputy director's) review of G with forcing flags")
    public OfficerAnswer review(@PathParam("month") String month, @PathParam("officerId") long officerId,
            @Valid @NotNull(message = "Cần nội dung xem xét") ReviewRequest request) {
        workflow.review(parse(month), officerId, new EvaluationWorkflow.ReviewEntry(request.generalScore(),
                request.note(), request.disciplined(), request.degraded(), request.corruptionInUnit(),
                request.organisingChoice(), request.cohesionFinding()), caller.get());
        return officer(month, officerId);
    }

    @POST
    @Path("/officers/{officerId}/exemptions")
    @Operation(summary = "The officer asks that one of their products of the month with a counted late event or "
            + "quality return not count them (objective cause); 409 once the month is published")
    public Response requestExemption(@PathParam("month") String month, @PathParam("officerId") long officerId,
            @Valid @NotNull(message = "Cần nội dung đề nghị miễn trừ") ExemptionRequestBody request) {
        Exemption made = workflow.requestExemption(parse(month), officerId,
                new EvaluationWorkflow.ExemptionEntry(request.taskId(), request.reason()), caller.get());
        return Response.created(URI.create("/api/evaluations/" + month + "/officers/" + officerId)).entity(made)
                .build();
    }

    @PUT
    @Path("/officers/{officerId}/exemptions/{exemptionId}")
    @Operation(summary = "The head (a head's: the supervising deputy director) approves or refuses an exemption "
            + "request, with a note when refusing; an approved one removes the product's late events and returns")
    public Exemption ruleOnExemption(@PathParam("month") String month, @PathParam("officerId") long officerId,
            @PathParam("exemptionId") long exemptionId,
            @Valid @NotNull(message = "Cần nội dung xem xét") ExemptionRulingBody request) {
        return workflow.ruleOnExemption(parse(month), officerId, exemptionId,
                new EvaluationWorkflow.ExemptionRuling(request.approved(), request.note()), caller.get());
    }

    @PUT
    @Path("/units/{unitCode}/review")
    @Operation(summary = "The supervising deputy director's G_u of a unit (0 to scale.generalMax)")
    public List<UnitRating> reviewUnit(@PathParam("month") String month, @PathParam("unitCode") String unitCode,
            @Valid @NotNull(message = "Cần điểm của đơn vị") UnitReviewRequest request) {
        workflow.reviewUnit(parse(month), unitCode, request.generalScore(), request.note(), caller.get());
        return units(month).stream().filter(u -> u.unitCode().equals(unitCode)).toList();
    }

    @POST
    @Path("/publish")
    @RolesAllowed(Roles.DIRECTOR)
    @Operation(summary = "Director: publish and lock the month; records the scoring profile version and the digest "
            + "of the stored facts; 409 listing every missing step, pending exemption requests included")
    public MonthRatings publish(@PathParam("month") String month) {
        return publish(parse(month), List.of());
    }

    @POST
    @Path("/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DIRECTOR)
    @Operation(summary = "Director: publish and lock the month with exceptions to the HTXSNV quota of quota groups, "
            + "recorded with the publication; otherwise as without a body")
    public MonthRatings publishWithExceptions(@PathParam("month") String month, @Valid PublishRequest request) {
        List<EvaluationWorkflow.QuotaException> exceptions = request == null || request.quotaExceptions() == null
                ? List.of() : request.quotaExceptions().stream()
                        .map(e -> new EvaluationWorkflow.QuotaException(e.group(), e.ratio(), e.reason())).toList();
        return publish(parse(month), exceptions);
    }

    private MonthRatings publish(YearMonth month, List<EvaluationWorkflow.QuotaException> exceptions) {
        MonthRatings published = workflow.publish(month, exceptions, caller.get());
        return new MonthRatings(published.month(), true, published.publishedAt(),
                published.officers().stream().map(OfficerRating::withoutProducts).toList(), published.units());
    }

    @POST
    @Path("/officers/{officerId}/adjustments")
    @RolesAllowed(Roles.DIRECTOR)
    @Operation(summary = "Director: adjust a published rating (G, level or both) with a reason; the month is computed "
            + "again with it, so the unit's member cap, the leaders' d, the head cap and the quota of the group follow; "
            + "answers the adjustment with every officer and unit whose figures changed, before and after. 409 when "
            + "the month is not published or its stored facts no longer give it as stored")
    public Response adjust(@PathParam("month") String month, @PathParam("officerId") long officerId,
            @Valid @NotNull(message = "Cần nội dung điều chỉnh") AdjustmentRequest request) {
        Adjustment made = workflow.adjust(parse(month), officerId,
                new EvaluationWorkflow.AdjustmentEntry(request.generalScore(), request.level(), request.reason()),
                caller.get());
        return Response.created(URI.create("/api/evaluations/" + month + "/officers/" + officerId)).entity(made)
                .build();
    }

    @GET
    @Path("/adjustments")
    @Operation(summary = "The Director's adjustments of the published month of the officers in the caller's scope, "
            + "oldest first, each with the officers and units in that scope whose figures it changed")
    public List<Adjustment> adjustments(@PathParam("month") String month) {
        Caller who = caller.get();
        return ratings.adjustments(who.organisationCode(), parse(month)).stream()
                .filter(a -> who.seesOfficer(a.officerId(), a.unitCode()))
                .map(a -> a.visibleTo(who))
                .toList();
    }

    @GET
    @Path("/publication")
    @Operation(summary = "What the month's publication recorded: who and when, the scoring profile version, the "
            + "Director's quota exceptions and the digest of the stored facts; 404 while not published")
    public MonthReplay.Publication publication(@PathParam("month") String month) {
        return replay.publication(caller.get().organisationCode(), parse(month))
                .orElseThrow(() -> ProblemException.notFound("công bố tháng " + month));
    }

    @GET
    @Path("/verification")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(summary = "Admin, Director: recompute the published month from the stored facts with its recorded "
            + "profile, quota exceptions and the Director's adjustments since, and compare with what is stored, per "
            + "officer and unit; 409 while not published")
    public MonthReplay.Verification verification(@PathParam("month") String month) {
        return replay.verify(caller.get().organisationCode(), parse(month));
    }

    @POST
    @Path("/what-if")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(summary = "Admin, Director: the month recomputed under other settings (any subset of a scoring "
            + "profile's settings); counts per level before and after and who moves; nothing is saved")
    public MonthReplay.WhatIf whatIf(@PathParam("month") String month,
            @Valid @NotNull(message = "Cần nội dung thử (settings)") WhatIfRequest request) {
        return replay.whatIf(caller.get().organisationCode(), parse(month), request.settings());
    }

    static YearMonth parse(String month) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new ProblemException(400, "invalid-month", "Tháng không hợp lệ",
                    "Tháng phải có dạng YYYY-MM, ví dụ 2024-03; nhận được \"" + month + "\".");
        }
    }
}
