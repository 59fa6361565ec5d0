package vn.hungyen.snv.webui.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.hungyen.snv.webui.client.EvaluationGateway;
import vn.hungyen.snv.webui.client.EvaluationGateway.Exemption;
import vn.hungyen.snv.webui.client.EvaluationGateway.ProductCredit;
import vn.hungyen.snv.webui.client.EvaluationGateway.Projection;
import vn.hungyen.snv.webui.client.EvaluationGateway.Rating;
import vn.hungyen.snv.webui.client.PlanGateway;
import vn.hungyen.snv.webui.client.ServiceMessage;
import vn.hungyen.snv.webui.domain.EvaluationSchedule;
import vn.hungyen.snv.webui.domain.ScoreInput;

/**
 * "Đánh giá tháng": the month's schedule; the officer's own month with the products behind it, an exemption
 * request for each product that may get one, and the self-assessment while it is open (with the projected score as
 * they type), and for a month in progress its products not yet due and the month were they done on time; the leaders'
 * list of officers with a review form for each they may review and the exemption requests they rule on; the
 * Director's publication of the month, and once published the Director's adjustments since. What each person may do,
 * what is still to come, which adjustments one sees and the bounds of the scores are evaluation-service's answers;
 * the page only shows them.
 */
@Path("/evaluation")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class EvaluationPageResource {

    /** The self-assessment form as typed, to show it again. */
    public record SelfAssessmentForm(String groupI, String groupII, String groupIII, String remarks) {

        static SelfAssessmentForm of(Rating rating) {
            EvaluationGateway.SelfAssessment self = rating == null ? null : rating.selfAssessment();
            if (self == null) {
                return new SelfAssessmentForm("", "", "", "");
            }
            return new SelfAssessmentForm(Formats.vn(self.groupI()), Formats.vn(self.groupII()),
                    Formats.vn(self.groupIII()), Objects.toString(self.remarks(), ""));
        }

        /** The three groups, each within the limits' bound, or null with what is wrong added to {@code errors}. */
        EvaluationGateway.Groups groups(EvaluationGateway.Limits limits, List<String> errors) {
            BigDecimal first = ScoreInput.parse(groupI, "điểm nhóm I", limits.groupMax(), errors);
            BigDecimal second = ScoreInput.parse(groupII, "điểm nhóm II", limits.groupMax(), errors);
            BigDecimal third = ScoreInput.parse(groupIII, "điểm nhóm III", limits.groupMax(), errors);
            return errors.isEmpty() ? new EvaluationGateway.Groups(first, second, third) : null;
        }
    }

    /** A head's review of one officer as typed; prefilled from the stored review or the self-assessment. */
    public record ReviewForm(long officerId, String generalScore, String note, boolean disciplined, boolean degraded) {

        static ReviewForm of(Rating rating) {
            EvaluationGateway.Review review = rating.review();
            if (review != null) {
                return new ReviewForm(rating.officerId(), Formats.vn(review.generalScore()),
                        Objects.toString(review.note(), ""), review.disciplined(), review.degraded());
            }
            EvaluationGateway.SelfAssessment self = rating.selfAssessment();
            return new ReviewForm(rating.officerId(), self == null ? "" : Formats.vn(self.total()), "", false, false);
        }
    }

    /** An officer of the list and the review form shown for them. */
    public record TeamRow(Rating rating, ReviewForm form, boolean failed) {

        /** The form is shown when the signed-in person may review the officer, or to show a failed review again. */
        public boolean reviewable() {
            return rating.actions().review() || failed;
        }

        /** The row with the review typed for this officer when it failed, else the stored one. */
        static TeamRow of(Rating rating, ReviewForm typed) {
            return typed != null && typed.officerId() == rating.officerId() ? new TeamRow(rating, typed, true)
                    : new TeamRow(rating, ReviewForm.of(rating), false);
        }
    }

    /** An officer's exemption request for one of their products, as typed. */
    public record ExemptionForm(long taskId, String reason) {
    }

    /** One of the officer's products, the exemption requests on it, and the form for a new one when allowed. */
    public record ProductRow(ProductCredit product, List<Exemption> exemptions, boolean requestable, String reason,
            boolean failed, boolean notYetDue) {
    }

    /** A reviewer's ruling on an exemption request, as typed. */
    public record RulingForm(long exemptionId, String note) {
    }

    /** A pending exemption request the signed-in reviewer rules on, with the note shown in its form. */
    public record RulingRow(Rating rating, Exemption exemption, String note) {

        /** The row with the note typed for this request when its ruling failed, else an empty one. */
        static RulingRow of(Rating rating, Exemption exemption, RulingForm typed) {
            return new RulingRow(rating, exemption,
                    typed != null && typed.exemptionId() == exemption.id() ? typed.note() : "");
        }
    }

    /** The month's steps with their dates and marks, or, when evaluation-service could not tell, the note shown. */
    public record ScheduleBox(List<EvaluationSchedule.Step> steps, String unavailable) {
    }

    /**
     * The Director's adjustments after publication, shown for a published month: those evaluation-service gives the
     * signed-in person, or, when it could not tell, the note shown.
     */
    public record AdjustmentsBox(boolean shown, List<EvaluationGateway.Adjustment> items, String unavailable) {
        static final AdjustmentsBox NONE = new AdjustmentsBox(false, List.of(), null);
    }

    /** The projected K, G, S and level, or why there is none yet. */
    public record ProjectionBox(Projection projection, List<String> problems) {
        static final ProjectionBox EMPTY = new ProjectionBox(null, List.of());
    }

    /**
     * What the page shows; {@code limits} are the bounds of the scores evaluation-service gave with the schedule,
     * null when it could not tell.
     */
    public record View(YearMonth month, String unit, ScheduleBox schedule, EvaluationGateway.Limits limits,
            Rating mine, List<ProductRow> products, SelfAssessmentForm form,
            ProjectionBox projection, List<TeamRow> team, List<RulingRow> rulings, List<PlanGateway.Unit> units, boolean reviewer,
            AdjustmentsBox adjustments, String notice, List<String> errors) {

        public boolean selfAssessmentOpen() {
            return mine != null && mine.actions().selfAssess();
        }
    }

    /**
     * What the person sent that the page shows again: the self-assessment, its projection, a failed review, a
     * failed exemption request or ruling.
     */
    private record Input(SelfAssessmentForm form, ProjectionBox projection, ReviewForm review, ExemptionForm exemption,
            RulingForm ruling) {
        static final Input NONE = new Input(null, ProjectionBox.EMPTY, null, null, null);

        static Input of(SelfAssessmentForm form) {
            return of(form, ProjectionBox.EMPTY);
        }

        static Input of(SelfAssessmentForm form, ProjectionBox projection) {
            return new Input(form, projection, null, null, null);
        }

        static Input of(ReviewForm review) {
            return new Input(null, ProjectionBox.EMPTY, review, null, null);
        }

        static Input of(ExemptionForm exemption) {
            return new Input(null, ProjectionBox.EMPTY, null, exemption, null);
        }

        static Input of(RulingForm ruling) {
            return new Input(null, ProjectionBox.EMPTY, null, null, ruling);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance evaluation(View view);

        static native TemplateInstance projection(ProjectionBox box);
    }

    private static final Map<String, String> NOTICES = Map.of(
            "self-assessed", "Đã lưu bản tự đánh giá. Chờ lãnh đạo xem xét.",
            "reviewed", "Đã ghi kết quả xem xét.",
            "exemption-requested", "Đã gửi đề nghị miễn trừ.",
            "exemption-approved", "Đã chấp thuận đề nghị miễn trừ.",
            "exemption-refused", "Đã ghi ý kiến không chấp thuận đề nghị miễn trừ.",
            "published", "Đã công bố kết quả tháng; tháng đã được khóa.");

    private final EvaluationGateway evaluations;
    private final PlanGateway plans;
    private final UserSession session;
    private final Clock clock;

    EvaluationPageResource(EvaluationGateway evaluations, PlanGateway plans, UserSession session, Clock clock) {
        this.clock = clock;
        this.evaluations = evaluations;
        this.plans = plans;
        this.session = session;
    }

    @GET
    @Operation(hidden = true)
    public Response evaluation(@QueryParam("month") String month, @QueryParam("unit") String unit,
            @QueryParam("notice") String notice) {
        List<String> errors = new ArrayList<>();
        YearMonth shown = month(month, clock, errors);
        return page(errors.isEmpty() ? 200 : 400, shown, unit, Input.NONE, notice == null ? null : NOTICES.get(notice),
                errors);
    }

    @POST
    @Path("/self-assessment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response selfAssess(@FormParam("month") String month, @FormParam("groupI") String groupI,
            @FormParam("groupII") String groupII, @FormParam("groupIII") String groupIII,
            @FormParam("remarks") String remarks, @FormParam("action") String action) {
        List<String> errors = new ArrayList<>();
        YearMonth shown = month(month, clock, errors);
        SelfAssessmentForm form = new SelfAssessmentForm(trim(groupI), trim(groupII), trim(groupIII), trim(remarks));
        if (!session.isOfficer() || !errors.isEmpty()) {
            return page(400, shown, null, Input.of(form), null, errors);
        }
        try {
            EvaluationGateway.Groups groups = form.groups(evaluations.limits(shown), errors);
            if (!errors.isEmpty()) {
                return page(400, shown, null, Input.of(form), null, errors);
            }
            if ("preview".equals(action)) {
                Projection projection = evaluations.project(shown, session.getOfficerId(), groups);
                return page(200, shown, null, Input.of(form, new ProjectionBox(projection, List.of())), null,
                        List.of());
            }
            evaluations.selfAssess(shown, session.getOfficerId(), new EvaluationGateway.SelfAssessmentEntry(
                    groups.groupI(), groups.groupII(), groups.groupIII(), form.remarks().isEmpty() ? null : form.remarks()));
            return redirect(shown, null, "self-assessed");
        } catch (ServiceMessage e) {
            return page(e.status(), shown, null, Input.of(form), null, e.lines());
        }
    }

    /** The projected K, G, S and level for the groups typed so far (htmx swaps it into the form). */
    @POST
    @Path("/projection")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public TemplateInstance projection(@FormParam("month") String month, @FormParam("groupI") String groupI,
            @FormParam("groupII") String groupII, @FormParam("groupIII") String groupIII) {
        List<String> errors = new ArrayList<>();
        YearMonth shown = month(month, clock, errors);
        if (!errors.isEmpty() || !session.isOfficer()) {
            return Templates.projection(new ProjectionBox(null, errors));
        }
        try {
            EvaluationGateway.Groups groups = new SelfAssessmentForm(trim(groupI), trim(groupII), trim(groupIII), "")
                    .groups(evaluations.limits(shown), errors);
            if (!errors.isEmpty()) {
                return Templates.projection(new ProjectionBox(null, errors));
            }
            return Templates.projection(new ProjectionBox(evaluations.project(shown, session.getOfficerId(), groups),
                    List.of()));
        } catch (ServiceMessage e) {
            return Templates.projection(new ProjectionBox(null, e.lines()));
        }
    }

    @POST
    @Path("/review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response review(@FormParam("month") String month, @FormParam("unit") String unit,
            @FormParam("officerId") long officerId, @FormParam("generalScore") String generalScore,
            @FormParam("note") String note, @FormParam("disciplined") boolean disciplined,
            @FormParam("degraded") boolean degraded) {
        List<String> errors = new ArrayList<>();
        YearMonth shown = month(month, clock, errors);
        ReviewForm form = new ReviewForm(officerId, trim(generalScore), trim(note), disciplined, degraded);
        if (!errors.isEmpty()) {
            return page(400, shown, unit, Input.of(form), null, errors);
        }
        try {
            BigDecimal score = ScoreInput.parse(form.generalScore(), "điểm tiêu chí chung (G)",
                    evaluations.limits(shown).generalMax(), errors);
            if (!errors.isEmpty()) {
                return page(400, shown, unit, Input.of(form), null, errors);
            }
            // The leaders' own criteria are not on this form: send them back as they stand.
            EvaluationGateway.Review current = evaluations.officer(shown, officerId).review();
            evaluations.review(shown, officerId, new EvaluationGateway.ReviewEntry(score,
                    form.note().isEmpty() ? null : form.note(), disciplined, degraded,
                    current != null && current.corruptionInUnit(),
                    current == null ? null : current.organisingChoice(),
                    current == null ? null : current.cohesionFinding()));
            return redirect(shown, unit, "reviewed");
        } catch (ServiceMessage e) {
            return page(e.status(), shown, unit, Input.of(form), null, e.lines());
        }
    }

    @POST
    @Path("/exemptions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response requestExemption(@FormParam("month") String month, @FormParam("taskId") long taskId,
            @FormParam("reason") String reason) {
        List<String> errors = new ArrayList<>();
        YearMonth shown = month(month, clock, errors);
        ExemptionForm form = new ExemptionForm(taskId, trim(reason));
        if (form.reason().isEmpty()) {
            errors.add("Nhập lý do khách quan của đề nghị miễn trừ.");
        }
        if (!session.isOfficer() || !errors.isEmpty()) {
            return page(400, shown, null, Input.of(form), null, errors);
        }
        try {
            evaluations.requestExemption(shown, session.getOfficerId(),
                    new EvaluationGateway.ExemptionEntry(taskId, form.reason()));
            return redirect(shown, null, "exemption-requested");
        } catch (ServiceMessage e) {
            return page(e.status(), shown, null, Input.of(form), null, e.lines());
        }
    }

    /** The reviewer approves ({@code decision=approve}) or refuses ({@code decision=refuse}, with a note). */
    @POST
    @Path("/exemption-rulings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response ruleOnExemption(@FormParam("month") String month, @FormParam("unit") String unit,
            @FormParam("officerId") long officerId, @FormParam("exemptionId") long exemptionId,
            @FormParam("decision") String decision, @FormParam("note") String note) {
        List<String> errors = new ArrayList<>();
        YearMonth shown = month(month, clock, errors);
        RulingForm form = new RulingForm(exemptionId, trim(note));
        boolean approved = "approve".equals(decision);
        if (!approved && !"refuse".equals(decision)) {
            errors.add("Chọn chấp thuận hoặc không chấp thuận đề nghị miễn trừ.");
        } else if (!approved && form.note().isEmpty()) {
            errors.add("Ghi lý do khi không chấp thuận đề nghị miễn trừ.");
        }
        if (!errors.isEmpty()) {
            return page(400, shown, unit, Input.of(form), null, errors);
        }
        try {
            evaluations.ruleOnExemption(shown, officerId, exemptionId,
                    new EvaluationGateway.ExemptionRuling(approved, form.note().isEmpty() ? null : form.note()));
            return redirect(shown, unit, approved ? "exemption-approved" : "exemption-refused");
        } catch (ServiceMessage e) {
            return page(e.status(), shown, unit, Input.of(form), null, e.lines());
        }
    }

    @POST
    @Path("/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response publish(@FormParam("month") String month) {
        List<String> errors = new ArrayList<>();
        YearMonth shown = month(month, clock, errors);
        if (!errors.isEmpty()) {
            return page(400, shown, null, Input.NONE, null, errors);
        }
        try {
            evaluations.publish(shown);
            return redirect(shown, null, "published");
        } catch (ServiceMessage e) {
            return page(e.status(), shown, null, Input.NONE, null, e.lines());
        }
    }

    /** The month asked for ("YYYY-MM"), or the current one of {@code clock}; a malformed month adds a message. */
    static YearMonth month(String text, Clock clock, List<String> errors) {
        if (text == null || text.isBlank()) {
            return YearMonth.now(clock);
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeException e) {
            errors.add("Tháng \"" + text + "\" không hợp lệ; chọn tháng theo dạng năm-tháng, ví dụ 2024-06. "
                    + "Đang hiển thị tháng hiện tại.");
            return YearMonth.now(clock);
        }
    }

    private Response page(int status, YearMonth month, String unit, Input input, String notice, List<String> errors) {
        List<String> messages = new ArrayList<>(errors);
        int shownStatus = status;
        Rating mine = null;
        if (session.isOfficer()) {
            try {
                mine = evaluations.officer(month, session.getOfficerId());
            } catch (ServiceMessage e) {
                messages.addAll(e.lines());
                shownStatus = status == 200 ? e.status() : status;
            }
        }
        String shownUnit = session.getUnitCode() != null ? session.getUnitCode() : blankToNull(unit);
        List<Rating> ratings = List.of();
        List<PlanGateway.Unit> organisation = List.of();
        if (session.isLeader()) {
            try {
                ratings = evaluations.officers(month, shownUnit).stream()
                        .filter(r -> !session.isAssigneeOf(r.officerId()))
                        .toList();
                organisation = plans.units();
            } catch (ServiceMessage e) {
                messages.addAll(e.lines());
                shownStatus = shownStatus == 200 ? e.status() : shownStatus;
            }
        }
        boolean published = Stream.concat(Stream.ofNullable(mine), ratings.stream()).anyMatch(Rating::published);
        SelfAssessmentForm form = input.form() != null ? input.form() : SelfAssessmentForm.of(mine);
        List<TeamRow> team = ratings.stream().map(r -> TeamRow.of(r, input.review())).toList();
        EvaluationGateway.Schedule schedule = schedule(month);
        View view = new View(month, shownUnit, scheduleBox(schedule, published),
                schedule == null ? null : schedule.limits(), mine, products(mine, input.exemption()), form,
                input.projection(), team, rulings(ratings, input.ruling()),
                session.getUnitCode() == null ? organisation : List.of(), session.isReviewer(),
                published ? adjustments(month) : AdjustmentsBox.NONE, notice, messages);
        return Response.status(shownStatus).entity(Templates.evaluation(view)).build();
    }

    /** The month's schedule with the limits of the scores; null when evaluation-service cannot tell. */
    private EvaluationGateway.Schedule schedule(YearMonth month) {
        try {
            return evaluations.schedule(month);
        } catch (ServiceMessage e) {
            return null;
        }
    }

    /** The published month's adjustments the signed-in person may see; without them, a note. */
    private AdjustmentsBox adjustments(YearMonth month) {
        try {
            return new AdjustmentsBox(true, evaluations.adjustments(month), null);
        } catch (ServiceMessage e) {
            return new AdjustmentsBox(true, List.of(), "Tạm thời chưa xem được các điều chỉnh sau công bố; "
                    + "vui lòng tải lại trang sau ít phút.");
        }
    }

    /** The month's steps as they stand today; without them the page is still worth showing, with a note. */
    private ScheduleBox scheduleBox(EvaluationGateway.Schedule schedule, boolean published) {
        if (schedule == null) {
            return new ScheduleBox(List.of(), "Tạm thời chưa xem được lịch đánh giá tháng; "
                    + "vui lòng tải lại trang sau ít phút.");
        }
        return new ScheduleBox(EvaluationSchedule.steps(new EvaluationSchedule.Dates(schedule.selfAssessmentBy(),
                schedule.reviewBy(), schedule.unitReviewBy(), schedule.publicationBy()), LocalDate.now(clock),
                published), null);
    }

    /** The officer's products with their exemption requests, the request typed shown again on its product. */
    private static List<ProductRow> products(Rating mine, ExemptionForm typed) {
        return mine == null ? List.of() : mine.products().stream().map(p -> productRow(mine, p, typed)).toList();
    }

    /** A product gets the form of a new exemption request when evaluation-service says the officer may send one. */
    private static ProductRow productRow(Rating mine, ProductCredit product, ExemptionForm typed) {
        List<Exemption> requests = mine.exemptions().stream().filter(e -> e.taskId() == product.taskId()).toList();
        boolean failed = typed != null && typed.taskId() == product.taskId();
        return new ProductRow(product, requests, mine.actions().requestExemption().contains(product.taskId()),
                failed ? typed.reason() : "", failed, mine.notYetDue(product));
    }

    /** The exemption requests of the officers listed that evaluation-service says the signed-in person rules on. */
    private static List<RulingRow> rulings(List<Rating> ratings, RulingForm typed) {
        return ratings.stream().flatMap(rating -> rating.exemptions().stream()
                .filter(e -> rating.actions().ruleOnExemption().contains(e.id()))
                .map(e -> RulingRow.of(rating, e, typed)))
                .toList();
    }

    private static Response redirect(YearMonth month, String unit, String notice) {
        UriBuilder uri = UriBuilder.fromPath("/evaluation").queryParam("month", month).queryParam("notice", notice);
        if (blankToNull(unit) != null) {
            uri.queryParam("unit", unit);
        }
        return Response.seeOther(uri.build()).build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}
