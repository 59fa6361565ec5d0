package vn.hungyen.snv.evaluation.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.hungyen.snv.common.calendar.CalendarSource;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.common.security.Caller;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.evaluation.client.PlanGateway;
import vn.hungyen.snv.evaluation.repository.AssessmentRepository;
import vn.hungyen.snv.evaluation.repository.ExemptionRequest;
import vn.hungyen.snv.evaluation.repository.OfficerAssessment;
import vn.hungyen.snv.evaluation.repository.PublishedMonth;
import vn.hungyen.snv.evaluation.repository.RatingAdjustment;
import vn.hungyen.snv.evaluation.repository.UnitAssessment;
import vn.hungyen.snv.evaluation.domain.Level;
import vn.hungyen.snv.evaluation.domain.MonthInProgress;
import vn.hungyen.snv.evaluation.domain.MonthReminders;
import vn.hungyen.snv.evaluation.domain.MonthSchedule;
import vn.hungyen.snv.evaluation.domain.MonthWorkflowRules;
import vn.hungyen.snv.evaluation.domain.MonthWorkflowRules.Actor;
import vn.hungyen.snv.evaluation.domain.MonthWorkflowRules.Member;
import vn.hungyen.snv.evaluation.domain.MonthWorkflowRules.MonthState;
import vn.hungyen.snv.evaluation.domain.MonthWorkflowRules.OfficerProgress;
import vn.hungyen.snv.evaluation.domain.MonthWorkflowRules.Product;
import vn.hungyen.snv.evaluation.domain.MonthWorkflowRules.Request;
import vn.hungyen.snv.evaluation.domain.MonthWorkflowRules.ReviewContent;
import vn.hungyen.snv.evaluation.domain.MonthWorkflowRules.UnitProgress;
import vn.hungyen.snv.common.rules.RuleViolationException;
import vn.hungyen.snv.evaluation.domain.ScoringProfile;
import vn.hungyen.snv.evaluation.domain.ScoringProfileRules;
import vn.hungyen.snv.evaluation.domain.ScoringSettings;
import vn.hungyen.snv.common.rules.Violation;
import vn.hungyen.snv.evaluation.service.RatingViews.Actions;
import vn.hungyen.snv.evaluation.service.RatingViews.Adjustment;
import vn.hungyen.snv.evaluation.service.RatingViews.Exemption;
import vn.hungyen.snv.evaluation.service.RatingViews.InProgress;
import vn.hungyen.snv.evaluation.service.RatingViews.MonthRatings;
import vn.hungyen.snv.evaluation.service.RatingViews.OfficerAnswer;
import vn.hungyen.snv.evaluation.service.RatingViews.OfficerRating;
import vn.hungyen.snv.evaluation.service.RatingViews.ProductCredit;
import vn.hungyen.snv.evaluation.service.RatingViews.Projection;
import vn.hungyen.snv.evaluation.service.RatingViews.Status;
import vn.hungyen.snv.evaluation.service.RatingViews.UnitRating;
import vn.hungyen.snv.evaluation.service.RatingViews.UpcomingProduct;

/**
 * The month's workflow of scoring-hy540 §8, due by the dates of {@link MonthSchedule}: self-assessment and
 * exemption requests, the head's review and rulings on exemptions, the unit's G_u, publication by the Director,
 * which locks the month. Entries after their date but before publication are accepted and marked late. Whether a
 * step may happen is decided by {@link MonthWorkflowRules}, from the month, today's month and the caller; a refused
 * step throws {@link RuleViolationException} and writes nothing. "No such officer" (or one out of scope) stays a 404,
 * and every write asks it first: a caller learns nothing of a month (published or not) of an officer or unit they do
 * not see.
 */
@ApplicationScoped
public class EvaluationWorkflow {

    /** Decimals of G and S as stored; a request's G has at most as many (validated). */
    private static final int STORED_DECIMALS = 2;

    /** A self-assessment: the three groups of Mẫu 01, each 0–10. */
    public record SelfAssessmentEntry(BigDecimal groupI, BigDecimal groupII, BigDecimal groupIII, String remarks) {
    }

    /** A head's review of G with the forcing flags and, for a leader, đ and e. */
    public record ReviewEntry(BigDecimal generalScore, String note, boolean disciplined, boolean degraded,
            boolean corruptionInUnit, Integer organisingChoice, String cohesionFinding) {
    }

    /** An officer's exemption request for one product of the month. */
    public record ExemptionEntry(long taskId, String reason) {
    }

    /** The reviewer's ruling on an exemption request. */
    public record ExemptionRuling(boolean approved, String note) {
    }

    /**
     * The Director's exception to the HTXSNV quota of one quota group (§5): {@code ratio} replaces
     * {@code quota.ratio} for that group in the published month.
     */
    public record QuotaException(String group, BigDecimal ratio, String reason) {
    }

    /** The Director's adjustment after publication: a new G, a new level, or both, and the reason. */
    public record AdjustmentEntry(BigDecimal generalScore, Level level, String reason) {
    }

    private final ScoringProfileService profiles;
    private final PlanGateway organisation;
    private final AssessmentRepository assessments;
    private final MonthlyRatingService ratings;
    private final MonthSnapshot snapshots;
    private final ObjectMapper json;
    private final Clock clock;
    private final CalendarSource calendar;

    EvaluationWorkflow(ScoringProfileService profiles, PlanGateway organisation, AssessmentRepository assessments,
            MonthlyRatingService ratings, MonthSnapshot snapshots, Clock clock, CalendarSource calendar,
            ObjectMapper json) {
        this.clock = clock;
        this.calendar = calendar;
        this.profiles = profiles;
        this.json = json;
        this.organisation = organisation;
        this.assessments = assessments;
        this.ratings = ratings;
        this.snapshots = snapshots;
    }

    /**
     * The officers of the month the caller sees, of the unit {@code unitCode} when one is given ({@link
     * OfficerSelection#ofUnit}), each with their products and what the caller may do next on their month, decided by
     * the same rules that refuse the steps. A published month is read as it was published and offers nothing: every
     * step refuses a published month, so its directory is not read, and only the officers asked for are read of it.
     */
    @Transactional
    public List<OfficerAnswer> officers(YearMonth month, String unitCode, Caller caller) {
        return answers(month, caller, OfficerSelection.ofUnit(unitCode), false);
    }

    /**
     * One officer of the month, as {@link #officers} answers them, and while the month is not over the products
     * still to come with the month they would give done on time ({@link #inProgress}); empty outside the caller's
     * scope.
     */
    @Transactional
    public Optional<OfficerAnswer> officer(YearMonth month, long officerId, Caller caller) {
        return answers(month, caller, OfficerSelection.ofOfficer(officerId), true).stream().findFirst();
    }

    private List<OfficerAnswer> answers(YearMonth month, Caller caller, OfficerSelection which, boolean inProgress) {
        MonthState state = state(month, caller);
        if (MonthWorkflowRules.open(state).isPresent()) {
            return visible(ratings.month(caller.organisationCode(), month, which), caller)
                    .map(o -> new OfficerAnswer(o, Actions.NONE)).toList();
        }
        PlanGateway.Directory directory = organisation.directory(month);
        MonthRatings current = ratings.compute(caller.organisationCode(), month, directory);
        List<Request> requests = current.officers().stream().flatMap(o -> o.exemptions().stream())
                .map(EvaluationWorkflow::request).toList();
        Actor actor = actor(caller);
        return visible(which.of(current), caller)
                .map(o -> new OfficerAnswer(o, actions(state, member(directory.officer(o.officerId()).orElse(null),
                        directory), actor, o, requests), inProgress ? inProgress(month, o, caller, directory) : null))
                .toList();
    }

    /**
     * For a month not over today ({@link MonthInProgress}): the officer's products still to come, and the month as
     * it would stand were each done on time, computed again by the same rules (the month as it stands when none is
     * left). Null once the month is over.
     */
    private InProgress inProgress(YearMonth month, OfficerRating rating, Caller caller,
            PlanGateway.Directory directory) {
        LocalDate today = LocalDate.now(clock);
        if (!MonthInProgress.unfinished(month, today)) {
            return null;
        }
        Set<String> toCome = MonthInProgress.notYetDue(month, today, rating.products().stream()
                        .map(p -> new MonthInProgress.Product(TaskProduct.productId(p.taskId()), p.dueDate(),
                                p.completed()))
                        .toList())
                .stream().map(MonthInProgress.Product::productId).collect(Collectors.toSet());
        List<ProductCredit> upcoming = rating.products().stream()
                .filter(p -> toCome.contains(TaskProduct.productId(p.taskId()))).toList();
        OfficerRating ifDone = upcoming.isEmpty() ? rating
                : ratings.projectDoneOnTime(caller.organisationCode(), month, rating.officerId(),
                        upcoming.stream().map(ProductCredit::taskId).collect(Collectors.toSet()), directory)
                        .orElse(rating);
        return new InProgress(upcoming.stream().map(p -> new UpcomingProduct(p.taskId(), p.title(), p.dueDate()))
                .toList(), Projection.of(ifDone));
    }

    @Transactional
    public void selfAssess(YearMonth month, long officerId, SelfAssessmentEntry entry, Caller caller) {
        PlanGateway.Directory directory = organisation.directory(month);
        PlanGateway.Officer officer = visibleOfficer(officerId, caller, directory);
        MonthState state = openState(month, caller);
        OfficerAssessment assessment = assessments.officerAssessment(month, officerId);
        RuleViolationException.throwIfAny(MonthWorkflowRules.selfAssess(state, member(officer, directory),
                actor(caller), assessment.reviewed()));
        assessment.groupI = entry.groupI();
        assessment.groupII = entry.groupII();
        assessment.groupIII = entry.groupIII();
        assessment.remarks = entry.remarks();
        assessment.selfAssessedAt = clock.instant();
        assessment.selfAssessedLate = isLate(schedule(month).selfAssessmentBy());
        assessment.persist();
    }

    /**
     * What the officer's month would be with this self-assessment, by the same rules as the real rating;
     * nothing is saved. Open to whoever sees the officer, for the months self-assessment is open.
     */
    @Transactional
    public Projection project(YearMonth month, long officerId, SelfAssessmentEntry entry, Caller caller) {
        PlanGateway.Directory directory = organisation.directory(month);
        visibleOfficer(officerId, caller, directory);
        MonthState state = openState(month, caller);
        RuleViolationException.throwIfAny(MonthWorkflowRules.started(state));
        BigDecimal general = entry.groupI().add(entry.groupII()).add(entry.groupIII());
        OfficerRating projected = ratings.project(caller.organisationCode(), month, officerId, general, directory)
                .orElseThrow(() -> ProblemException.notFound("kết quả tháng " + month + " của công chức " + officerId));
        return Projection.of(projected);
    }

    @Transactional
    public void review(YearMonth month, long officerId, ReviewEntry entry, Caller caller) {
        PlanGateway.Directory directory = organisation.directory(month);
        Member officer = member(visibleOfficer(officerId, caller, directory), directory);
        MonthState state = openState(month, caller);
        OfficerAssessment assessment = assessments.officerAssessment(month, officerId);
        RuleViolationException.throwIfAny(MonthWorkflowRules.review(state, officer, actor(caller),
                assessment.selfAssessed()));
        RuleViolationException.throwIfAny(MonthWorkflowRules.reviewContent(new ReviewContent(entry.generalScore(),
                entry.note(), entry.corruptionInUnit(), entry.organisingChoice(), entry.cohesionFinding()),
                assessment.selfScore(), officer, settings(month, caller).generalMax()));
        assessment.generalScore = entry.generalScore();
        assessment.reviewNote = entry.note();
        assessment.disciplined = entry.disciplined();
        assessment.degraded = entry.degraded();
        assessment.corruptionInUnit = entry.corruptionInUnit();
        assessment.organisingChoice = entry.organisingChoice();
        assessment.cohesionFinding = entry.cohesionFinding() == null || entry.cohesionFinding().isBlank()
                ? null : entry.cohesionFinding();
        assessment.reviewedBy = caller.username();
        assessment.reviewedAt = clock.instant();
        assessment.reviewedLate = isLate(schedule(month).reviewBy());
        assessment.persist();
    }

    /**
     * The officer asks that one of their own products of the month with a counted late event or quality return
     * not count them, for an objective cause (§1, §2); due with the self-assessment, accepted later and marked late.
     */
    @Transactional
    public Exemption requestExemption(YearMonth month, long officerId, ExemptionEntry entry, Caller caller) {
        PlanGateway.Directory directory = organisation.directory(month);
        PlanGateway.Officer officer = visibleOfficer(officerId, caller, directory);
        MonthState state = state(month, caller);
        RuleViolationException.throwIfAny(MonthWorkflowRules.exemptionsOpen(state));
        assessments.lockExemptionsOf(entry.taskId());
        RuleViolationException.throwIfAny(MonthWorkflowRules.requestExemption(state, member(officer, directory),
                actor(caller), entry.taskId(), ratings.product(caller.organisationCode(), month, entry.taskId()),
                assessments.exemptions(month).stream().map(MonthlyRatingService::exemption)
                        .map(EvaluationWorkflow::request).toList()));
        ExemptionRequest request = new ExemptionRequest();
        request.month = month.toString();
        request.officerId = officerId;
        request.taskId = entry.taskId();
        request.reason = entry.reason().strip();
        request.requestedBy = caller.username();
        request.requestedAt = clock.instant();
        request.requestedLate = isLate(schedule(month).selfAssessmentBy());
        request.persist();
        return MonthlyRatingService.exemption(request);
    }

    /**
     * The head (the supervising deputy director for a head) approves or refuses an exemption request, once; a
     * refusal needs the reason. Due with the review, accepted later and marked late.
     */
    @Transactional
    public Exemption ruleOnExemption(YearMonth month, long officerId, long exemptionId, ExemptionRuling ruling,
            Caller caller) {
        PlanGateway.Directory directory = organisation.directory(month);
        PlanGateway.Officer officer = visibleOfficer(officerId, caller, directory);
        ExemptionRequest request = Optional.<ExemptionRequest>ofNullable(ExemptionRequest.findById(exemptionId))
                .filter(e -> e.month.equals(month.toString()) && e.officerId == officerId)
                .orElseThrow(() -> ProblemException.notFound("đề nghị miễn trừ " + exemptionId));
        MonthState state = state(month, caller);
        RuleViolationException.throwIfAny(MonthWorkflowRules.exemptionsOpen(state));
        RuleViolationException.throwIfAny(MonthWorkflowRules.ruleOnExemption(state, member(officer, directory),
                actor(caller), request(MonthlyRatingService.exemption(request))));
        RuleViolationException.throwIfAny(MonthWorkflowRules.ruling(ruling.approved(), ruling.note()));
        request.approved = ruling.approved();
        request.note = ruling.note() == null || ruling.note().isBlank() ? null : ruling.note().strip();
        request.decidedBy = caller.username();
        request.decidedAt = clock.instant();
        request.decidedLate = isLate(schedule(month).reviewBy());
        return MonthlyRatingService.exemption(request);
    }

    @Transactional
    public void reviewUnit(YearMonth month, String unitCode, BigDecimal generalScore, String note, Caller caller) {
        PlanGateway.Unit unit = organisation.directory(month).unit(unitCode)
                .filter(u -> caller.seesUnit(u.code()))
                .orElseThrow(() -> ProblemException.notFound("đơn vị " + unitCode));
        MonthState state = openState(month, caller);
        RuleViolationException.throwIfAny(MonthWorkflowRules.reviewUnit(state, unit.supervisorUsername(),
                actor(caller)));
        RuleViolationException.throwIfAny(MonthWorkflowRules.withinScale("generalScore", generalScore,
                settings(month, caller).generalMax()));
        UnitAssessment assessment = assessments.unitAssessment(month, unitCode);
        assessment.generalScore = generalScore;
        assessment.note = note;
        assessment.reviewedBy = caller.username();
        assessment.reviewedAt = clock.instant();
        assessment.reviewedLate = isLate(schedule(month).unitReviewBy());
        assessment.persist();
    }

    /**
     * Applies caps and quotas (already part of every computation) and locks the caller's organisation's month; the
     * officers on leave that month are not rated and have nothing to complete.
     */
    @Transactional
    public MonthRatings publish(YearMonth month, List<QuotaException> quotaExceptions, Caller caller) {
        RuleViolationException.throwIfAny(MonthWorkflowRules.publish(state(month, caller)));
        ScoringProfile profile = profiles.inForce(caller.organisationCode(), month);
        Set<String> groups = new HashSet<>();
        for (QuotaException exception : quotaExceptions) {
            RuleViolationException.throwIfAny(ScoringProfileRules.quotaException(exception.group(),
                    exception.ratio(), exception.reason(), profile.settings(), groups));
            groups.add(exception.group());
        }
        PlanGateway.Directory directory = organisation.directory(month);
        MonthRatings current = ratings.compute(caller.organisationCode(), month, directory, profile.settings(),
                ratios(quotaExceptions));
        List<Violation> missing = MonthWorkflowRules.missingSteps(
                ratedOfficers(current).map(EvaluationWorkflow::progress).toList(),
                current.units().stream().map(EvaluationWorkflow::progress).toList());
        RuleViolationException.throwIfAny(MonthWorkflowRules.complete(missing), missing);
        Instant now = clock.instant();
        MonthRatings published = asPublished(current, now);
        PublishedMonth record = new PublishedMonth();
        record.organisationCode = caller.organisationCode();
        record.month = month.toString();
        record.publishedAt = now;
        record.publishedBy = caller.username();
        record.profileVersion = profile.version();
        record.quotaExceptions = text(quotaExceptions.stream()
                .map(e -> new QuotaException(e.group(), e.ratio(), e.reason().strip())).toList());
        MonthlyRatingService.Inputs inputs = ratings.inputs(caller.organisationCode(), month, directory,
                profile.settings(), null);
        record.inputsDigest = inputs.digest();
        record.inputsReceivedBy = inputs.receivedBy();
        snapshots.write(record, published);
        return published;
    }

    /** The month computed as it stands, as published at {@code at}. */
    private static MonthRatings asPublished(MonthRatings current, Instant at) {
        return new MonthRatings(current.month(), true, at,
                current.officers().stream().map(o -> o.withStatus(Status.PUBLISHED)).toList(),
                current.units().stream().map(u -> new UnitRating(u.unitCode(), u.name(), u.quantity(), u.quality(),
                        u.timeliness(), u.taskScore(), u.generalScore(), u.total(), u.level(), u.bandLevel(),
                        u.cappedByMember(), Status.PUBLISHED, u.productCount())).toList());
    }

    /**
     * The steps of the month still to do, as {@link MonthReminders} decides them today: the whole organisation's for
     * those who see it whole (the Director, an administrator, the reminders' service identity), otherwise those
     * addressed to the caller. Empty for a month still running or published.
     */
    @Transactional
    public List<MonthReminders.PendingStep> pendingSteps(YearMonth month, Caller caller) {
        MonthState state = state(month, caller);
        if (state.published() || !state.current().isAfter(month)) {
            return List.of();
        }
        PlanGateway.Directory directory = organisation.directory(month);
        MonthRatings current = ratings.compute(caller.organisationCode(), month, directory);
        List<MonthReminders.Officer> officers = ratedOfficers(current)
                .map(o -> new MonthReminders.Officer(progress(o), directory.officer(o.officerId())
                        .map(officer -> member(officer, directory).reviewer()).orElse(null)))
                .toList();
        List<MonthReminders.Unit> units = current.units().stream()
                .map(u -> new MonthReminders.Unit(progress(u), directory.unit(u.unitCode())
                        .map(PlanGateway.Unit::supervisorUsername).orElse(null)))
                .toList();
        List<String> directors = directory.officers().stream().filter(o -> Roles.DIRECTOR.equals(o.role()))
                .map(PlanGateway.Officer::username).toList();
        return MonthReminders.pending(month, false, LocalDate.now(clock), schedule(month), calendar.current(),
                officers, units, directors).stream()
                .filter(step -> caller.seesEverything() || caller.username().equals(step.username())
                        || (step.officerId() != null && step.officerId().equals(caller.officerId())))
                .toList();
    }

    /** The month's officers who are rated (not on leave all month): those with steps to complete. */
    private static Stream<OfficerRating> ratedOfficers(MonthRatings month) {
        return month.officers().stream().filter(o -> o.level() != Level.ON_LEAVE);
    }

    private static OfficerProgress progress(OfficerRating o) {
        return new OfficerProgress(o.officerId(), o.fullName(), o.unitCode(), o.selfAssessment() != null,
                o.review() != null, Status.AWAITING_ORGANISING_CHOICE.equals(o.status()),
                o.exemptions().stream().map(EvaluationWorkflow::request).toList());
    }

    private static UnitProgress progress(UnitRating u) {
        return new UnitProgress(u.unitCode(), u.name(), !Status.AWAITING_REVIEW.equals(u.status()));
    }

    /**
     * Records the Director's adjustment of a published month (§8, complaints) as an input of the month's computation:
     * the month is computed again from what its publication recorded with every adjustment so far and this one
     * ({@link MonthlyRatingService#replay}), so that the unit's member cap, the d of the leaders above, the head cap
     * and the quota of the group follow by the same rules; the stored month takes the new figures, and the
     * adjustment records every officer and unit whose figures changed, before and after. Refused (409, nothing
     * written) when the stored facts no longer give the month as stored: the adjustment would change more than
     * what follows from it.
     */
    @Transactional
    public Adjustment adjust(YearMonth month, long officerId, AdjustmentEntry entry, Caller caller) {
        MonthRatings before = ratings.month(caller.organisationCode(), month);
        OfficerRating current = visible(before, caller)
                .filter(o -> o.officerId() == officerId)
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("kết quả tháng " + month + " của công chức " + officerId));
        MonthState state = state(month, caller);
        Optional<PublishedMonth> published = assessments.published(caller.organisationCode(), month);
        ScoringSettings settings = published.map(ratings::settingsOf).orElseGet(() -> settings(month, caller));
        RuleViolationException.throwIfAny(MonthWorkflowRules.adjust(state, entry.generalScore(), entry.level(),
                settings.generalMax()));
        RuleViolationException.throwIfAny(MonthWorkflowRules.adjustScore(state, current.fullName(),
                current.total() != null, entry.generalScore()));
        PublishedMonth publication = published.orElseThrow();
        Map<String, BigDecimal> exceptions = ratios(quotaExceptions(publication));
        PlanGateway.Directory directory = organisation.directory(month);
        List<RatingAdjustment> made = assessments.adjustments(caller.organisationCode(), month);
        MonthRatings stored = ratings.snapshot(publication);
        MonthRatings replayed = ratings.replay(publication, settings, exceptions,
                MonthSnapshot.includesAdjustments(publication) ? made : List.of(), directory);
        if (!MonthReplay.compare(stored, replayed).identical()) {
            throw ProblemException.conflict("inputs-changed", "Dữ liệu gốc của tháng " + month + " đã khác với "
                    + "khi công bố nên không tính lại được kết quả đã lưu; cần kiểm tra lại tháng (verification) "
                    + "trước khi điều chỉnh.");
        }
        RatingAdjustment record = new RatingAdjustment();
        record.organisationCode = caller.organisationCode();
        record.month = month.toString();
        record.officerId = officerId;
        record.unitCode = current.unitCode();
        record.generalGiven = entry.generalScore() == null ? null
                : entry.generalScore().setScale(STORED_DECIMALS, RoundingMode.UNNECESSARY);
        record.levelGiven = entry.level();
        List<RatingAdjustment> withIt = new ArrayList<>(made);
        withIt.add(record);
        MonthRatings after = asPublished(ratings.replay(publication, settings, exceptions, withIt, directory),
                publication.publishedAt);
        OfficerRating adjusted = after.officers().stream().filter(o -> o.officerId() == officerId).findFirst()
                .orElseThrow();
        record.generalBefore = current.generalScore();
        record.generalAfter = adjusted.generalScore();
        record.totalBefore = current.total();
        record.totalAfter = adjusted.total();
        record.levelBefore = current.level();
        record.levelAfter = adjusted.level();
        record.changes = text(MonthReplay.compare(before, after).changes());
        record.reason = entry.reason().strip();
        record.adjustedBy = caller.username();
        record.adjustedAt = clock.instant();
        record.persist();
        snapshots.rewrite(publication, after, stored);
        return ratings.adjustment(record);
    }

    /** The quota exception ratios per group, as the rules take them. */
    static Map<String, BigDecimal> ratios(List<QuotaException> exceptions) {
        return exceptions.stream().collect(Collectors.toMap(QuotaException::group, QuotaException::ratio));
    }

    /** The Director's quota exceptions recorded with a publication (none for a month published before). */
    List<QuotaException> quotaExceptions(PublishedMonth publication) {
        if (publication.quotaExceptions == null) {
            return List.of();
        }
        try {
            return List.of(json.readValue(publication.quotaExceptions, QuotaException[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("quota exceptions of " + publication.month + " cannot be read", e);
        }
    }

    /** The JSON of a list stored with a publication or an adjustment. */
    private String text(List<?> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the list cannot be stored as JSON: " + values, e);
        }
    }

    /** The settings that rate the caller's organisation's month. */
    private ScoringSettings settings(YearMonth month, Caller caller) {
        return profiles.settings(caller.organisationCode(), month);
    }

    /** The caller's organisation's month as the rules see it today: each organisation publishes its own. */
    private MonthState state(YearMonth month, Caller caller) {
        return new MonthState(month, YearMonth.now(clock),
                assessments.published(caller.organisationCode(), month).isPresent());
    }

    /** The month as the rules see it today, once they find it open (not published). */
    private MonthState openState(YearMonth month, Caller caller) {
        MonthState state = state(month, caller);
        RuleViolationException.throwIfAny(MonthWorkflowRules.open(state));
        return state;
    }

    /** The officer, when they belong to a unit and the caller sees them; 404 otherwise. */
    private static PlanGateway.Officer visibleOfficer(long officerId, Caller caller,
            PlanGateway.Directory directory) {
        return directory.officer(officerId)
                .filter(o -> o.unitCode() != null && caller.seesOfficer(o.id(), o.unitCode()))
                .orElseThrow(() -> ProblemException.notFound("công chức " + officerId));
    }

    /** The month's officers the caller sees. */
    private static Stream<OfficerRating> visible(MonthRatings month, Caller caller) {
        return month.visibleTo(caller).officers().stream();
    }

    /**
     * What the actor may do next on the officer's month. A product's late events and returns are those counted in
     * the rating: an exempt one's are 0, and it is refused for its approved request either way.
     */
    private static Actions actions(MonthState state, Member officer, Actor actor, OfficerRating rating,
            List<Request> requests) {
        return new Actions(
                MonthWorkflowRules.selfAssess(state, officer, actor, rating.review() != null).isEmpty(),
                MonthWorkflowRules.review(state, officer, actor, rating.selfAssessment() != null).isEmpty(),
                rating.products().stream()
                        .filter(p -> MonthWorkflowRules.requestExemption(state, officer, actor, p.taskId(),
                                Optional.of(new Product(p.taskId(), p.assigneeId(), p.lateEvents(),
                                        p.qualityReturns())), requests).isEmpty())
                        .map(ProductCredit::taskId).toList(),
                rating.exemptions().stream()
                        .filter(e -> MonthWorkflowRules.ruleOnExemption(state, officer, actor, request(e)).isEmpty())
                        .map(Exemption::id).toList());
    }

    private static Actor actor(Caller caller) {
        return new Actor(caller.username(), caller.officerId());
    }

    /** The officer as the rules see them, with their unit's head and supervising deputy director when it is known. */
    private static Member member(PlanGateway.Officer officer, PlanGateway.Directory directory) {
        Optional<PlanGateway.Unit> unit = directory.unit(officer.unitCode());
        return new Member(officer.id(), officer.username(), officer.fullName(), Roles.HEAD.equals(officer.role()),
                unit.map(PlanGateway.Unit::headUsername).orElse(null),
                unit.map(PlanGateway.Unit::supervisorUsername).orElse(null));
    }

    private static Request request(Exemption exemption) {
        return new Request(exemption.id(), exemption.taskId(), exemption.status(), exemption.decidedBy());
    }

    /** The due dates of the month's steps (§8). */
    public MonthSchedule schedule(YearMonth month) {
        return MonthSchedule.of(month, calendar.current());
    }

    /** Today, in the organisation's zone, is after {@code due}. */
    private boolean isLate(LocalDate due) {
        return LocalDate.now(clock).isAfter(due);
    }
}
