package vn.hungyen.snv.evaluation.service;

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
import java.util.Objects;
import java.util.Optional;
import vn.hungyen.snv.common.calendar.WorkingDayCalendar;
import vn.hungyen.snv.common.rest.Problem;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.common.security.Caller;
import vn.hungyen.snv.evaluation.client.Organisation;
import vn.hungyen.snv.evaluation.repository.AssessmentRepository;
import vn.hungyen.snv.evaluation.repository.ExemptionRequest;
import vn.hungyen.snv.evaluation.repository.OfficerAssessment;
import vn.hungyen.snv.evaluation.repository.PublishedMonth;
import vn.hungyen.snv.evaluation.repository.RatingAdjustment;
import vn.hungyen.snv.evaluation.repository.UnitAssessment;
import vn.hungyen.snv.evaluation.rules.Attribution;
import vn.hungyen.snv.evaluation.rules.Level;
import vn.hungyen.snv.evaluation.rules.MonthSchedule;
import vn.hungyen.snv.evaluation.rules.OrganisingAssessment;
import vn.hungyen.snv.evaluation.rules.PublishedAdjustment;
import vn.hungyen.snv.evaluation.rules.ScoringSettings;
import vn.hungyen.snv.evaluation.service.RatingViews.Adjustment;
import vn.hungyen.snv.evaluation.service.RatingViews.Exemption;
import vn.hungyen.snv.evaluation.service.RatingViews.ExemptionStatus;
import vn.hungyen.snv.evaluation.service.RatingViews.MonthRatings;
import vn.hungyen.snv.evaluation.service.RatingViews.OfficerRating;
import vn.hungyen.snv.evaluation.service.RatingViews.Projection;
import vn.hungyen.snv.evaluation.service.RatingViews.Status;
import vn.hungyen.snv.evaluation.service.RatingViews.UnitRating;

/**
 * The month's workflow of scoring-hy540 §8, due by the dates of {@link MonthSchedule}: self-assessment and
 * exemption requests, the head's review and rulings on exemptions, the unit's G_u, publication by the Director,
 * which locks the month. Entries after their date but before publication are accepted and marked late.
 */
@ApplicationScoped
public class EvaluationWorkflow {

    private static final String EXEMPTIONS_CLOSED =
            "miễn trừ sau khi công bố được giải quyết bằng điều chỉnh của Giám đốc.";
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

    /** The Director's adjustment after publication: a new G, a new level, or both, and the reason. */
    public record AdjustmentEntry(BigDecimal generalScore, Level level, String reason) {
    }

    /** Publication refused: what is still missing, one line per gap. */
    public static final class MissingStepsException extends ProblemException {
        private static final long serialVersionUID = 1L;
        private final List<Problem.Violation> missing;

        MissingStepsException(List<Problem.Violation> missing) {
            super(409, "month-incomplete", "Chưa thể công bố",
                    "Còn " + missing.size() + " việc phải hoàn thành trước khi công bố kết quả tháng.");
            this.missing = List.copyOf(missing);
        }

        @Override
        public Problem problem() {
            Problem base = super.problem();
            return new Problem(base.type(), base.title(), base.status(), base.code(), base.detail(), missing);
        }
    }

    private final ScoringSettings settings;
    private final Organisation organisation;
    private final AssessmentRepository assessments;
    private final MonthlyRatingService ratings;
    private final MonthSnapshot snapshots;
    private final PublishedAdjustment adjustment;
    private final Clock clock;

    EvaluationWorkflow(ScoringSettings settings, Organisation organisation, AssessmentRepository assessments,
            MonthlyRatingService ratings, MonthSnapshot snapshots, Clock clock) {
        this.clock = clock;
        this.settings = settings;
        this.organisation = organisation;
        this.assessments = assessments;
        this.ratings = ratings;
        this.snapshots = snapshots;
        this.adjustment = new PublishedAdjustment(settings);
    }

    @Transactional
    public void selfAssess(YearMonth month, long officerId, SelfAssessmentEntry entry, Caller caller) {
        Organisation.Officer officer = visibleOfficer(month, officerId, caller);
        if (!Long.valueOf(officer.id()).equals(caller.officerId())) {
            throw ProblemException.forbidden("not-self", "Chỉ chính công chức được tự đánh giá tháng của mình.");
        }
        requireStarted(month);
        OfficerAssessment assessment = assessments.officerAssessment(month, officerId);
        if (assessment.reviewed()) {
            throw ProblemException.conflict("already-reviewed",
                    "Lãnh đạo đã xem xét điểm tháng " + month + "; không thể sửa bản tự đánh giá.");
        }
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
        Organisation.Directory directory = organisation.directory();
        visibleOfficer(month, officerId, caller, directory);
        requireStarted(month);
        BigDecimal general = entry.groupI().add(entry.groupII()).add(entry.groupIII());
        OfficerRating projected = ratings.project(month, officerId, general, directory)
                .orElseThrow(() -> ProblemException.notFound("kết quả tháng " + month + " của công chức " + officerId));
        return new Projection(projected.taskScore(), projected.generalScore(), projected.total(), projected.level());
    }

    @Transactional
    public void review(YearMonth month, long officerId, ReviewEntry entry, Caller caller) {
        Organisation.Directory directory = organisation.directory();
        Organisation.Officer officer = visibleOfficer(month, officerId, caller, directory);
        requireReviewer(officer, directory, caller, "Điểm");
        requireWithinScale(entry.generalScore(), "generalScore");
        OfficerAssessment assessment = assessments.officerAssessment(month, officerId);
        if (!assessment.selfAssessed()) {
            throw ProblemException.conflict("no-self-assessment",
                    "Công chức chưa tự đánh giá tháng " + month + "; cần có bản tự đánh giá trước khi xem xét.");
        }
        boolean changed = entry.generalScore().compareTo(assessment.selfScore()) != 0;
        if (changed && (entry.note() == null || entry.note().isBlank())) {
            throw invalid("note-required", "Điểm xem xét (" + entry.generalScore().toPlainString()
                    + ") khác điểm tự đánh giá (" + assessment.selfScore().toPlainString() + "): cần ghi lý do.");
        }
        boolean leader = "head".equals(officer.role());
        if (!leader && (entry.corruptionInUnit() || entry.organisingChoice() != null || entry.cohesionFinding() != null)) {
            throw invalid("leader-only", "Tham nhũng trong đơn vị, điểm tổ chức (đ) và đoàn kết (e) chỉ áp dụng cho lãnh đạo.");
        }
        if (entry.organisingChoice() != null
                && !OrganisingAssessment.APPROVER_VALUES.contains(entry.organisingChoice())) {
            throw invalid("organising-choice", "Điểm năng lực tổ chức (đ) chỉ nhận 50, 75 hoặc 100.");
        }
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
        requireOpen(month, EXEMPTIONS_CLOSED);
        Organisation.Officer officer = visibleOfficer(month, officerId, caller);
        if (!Long.valueOf(officer.id()).equals(caller.officerId())) {
            throw ProblemException.forbidden("not-self",
                    "Chỉ chính công chức được đề nghị miễn trừ cho sản phẩm của mình.");
        }
        requireStarted(month);
        Attribution product = ratings.ownProduct(month, officerId, entry.taskId())
                .orElseThrow(() -> ProblemException.unprocessable("not-own-product", "Nhiệm vụ " + entry.taskId()
                        + " không phải sản phẩm của " + officer.fullName() + " trong tháng " + month + "."));
        if (product.lateEvents() == 0 && product.qualityReturns() == 0) {
            throw ProblemException.unprocessable("nothing-to-exempt", "Sản phẩm của nhiệm vụ " + entry.taskId()
                    + " không có lần trễ hạn hay lần bị trả lại nào được tính; không có gì để miễn trừ.");
        }
        assessments.lockExemptionsOf(entry.taskId());
        if (assessments.exemptions(month).stream()
                .anyMatch(e -> e.taskId == entry.taskId() && !Boolean.FALSE.equals(e.approved))) {
            throw ProblemException.conflict("exemption-exists", "Sản phẩm của nhiệm vụ " + entry.taskId()
                    + " đã có đề nghị miễn trừ đang chờ xem xét hoặc đã được chấp thuận.");
        }
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
        requireOpen(month, EXEMPTIONS_CLOSED);
        Organisation.Directory directory = organisation.directory();
        Organisation.Officer officer = visibleOfficer(month, officerId, caller, directory);
        ExemptionRequest request = Optional.<ExemptionRequest>ofNullable(ExemptionRequest.findById(exemptionId))
                .filter(e -> e.month.equals(month.toString()) && e.officerId == officerId)
                .orElseThrow(() -> ProblemException.notFound("đề nghị miễn trừ " + exemptionId));
        requireReviewer(officer, directory, caller, "Đề nghị miễn trừ");
        if (!request.pending()) {
            throw ProblemException.conflict("exemption-decided", "Đề nghị miễn trừ " + exemptionId + " đã được "
                    + request.decidedBy + " xem xét; không thể xem xét lại.");
        }
        if (!ruling.approved() && (ruling.note() == null || ruling.note().isBlank())) {
            throw invalid("note-required", "Không chấp thuận đề nghị miễn trừ: cần ghi lý do.");
        }
        request.approved = ruling.approved();
        request.note = ruling.note() == null || ruling.note().isBlank() ? null : ruling.note().strip();
        request.decidedBy = caller.username();
        request.decidedAt = clock.instant();
        request.decidedLate = isLate(schedule(month).reviewBy());
        return MonthlyRatingService.exemption(request);
    }

    @Transactional
    public void reviewUnit(YearMonth month, String unitCode, BigDecimal generalScore, String note, Caller caller) {
        requireOpen(month);
        Organisation.Unit unit = organisation.directory().unit(unitCode)
                .filter(u -> caller.seesUnit(u.code()))
                .orElseThrow(() -> ProblemException.notFound("đơn vị " + unitCode));
        if (!caller.username().equals(unit.supervisorUsername())) {
            throw ProblemException.forbidden("not-supervisor", "Điểm G của đơn vị do Phó Giám đốc phụ trách chấm.");
        }
        requireStarted(month);
        requireWithinScale(generalScore, "generalScore");
        UnitAssessment assessment = assessments.unitAssessment(month, unitCode);
        assessment.generalScore = generalScore;
        assessment.note = note;
        assessment.reviewedBy = caller.username();
        assessment.reviewedAt = clock.instant();
        assessment.reviewedLate = isLate(schedule(month).unitReviewBy());
        assessment.persist();
    }

    /** Applies caps and quotas (already part of every computation) and locks the month. */
    @Transactional
    public MonthRatings publish(YearMonth month, Caller caller) {
        requireOpen(month);
        if (!YearMonth.now(clock).isAfter(month)) {
            throw ProblemException.conflict("month-not-over", "Tháng " + month + " chưa kết thúc; chưa thể công bố.");
        }
        MonthRatings current = ratings.compute(month, organisation.directory());
        List<Problem.Violation> missing = new ArrayList<>();
        for (OfficerRating officer : current.officers()) {
            String field = "officers/" + officer.officerId();
            switch (officer.status()) {
                case Status.AWAITING_SELF_ASSESSMENT -> missing.add(new Problem.Violation(field,
                        officer.fullName() + " (" + officer.unitCode() + ") chưa tự đánh giá."));
                case Status.AWAITING_REVIEW -> missing.add(new Problem.Violation(field,
                        officer.fullName() + " (" + officer.unitCode() + ") chưa được lãnh đạo xem xét."));
                case Status.AWAITING_ORGANISING_CHOICE -> missing.add(new Problem.Violation(field,
                        officer.fullName() + " (" + officer.unitCode() + ") cần người duyệt chọn điểm tổ chức (đ)."));
                default -> {
                    // reviewed: nothing missing
                }
            }
            officer.exemptions().stream()
                    .filter(e -> e.status() == ExemptionStatus.PENDING)
                    .forEach(e -> missing.add(new Problem.Violation("exemptions/" + e.id(), officer.fullName() + " ("
                            + officer.unitCode() + ") có đề nghị miễn trừ cho nhiệm vụ " + e.taskId()
                            + " chưa được xem xét.")));
        }
        for (UnitRating unit : current.units()) {
            if (Status.AWAITING_REVIEW.equals(unit.status())) {
                missing.add(new Problem.Violation("units/" + unit.unitCode(),
                        unit.name() + " chưa có điểm G của đơn vị."));
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingStepsException(missing);
        }
        Instant now = clock.instant();
        MonthRatings published = new MonthRatings(current.month(), true, now,
                current.officers().stream().map(o -> o.withStatus(Status.PUBLISHED)).toList(),
                current.units().stream().map(u -> new UnitRating(u.unitCode(), u.name(), u.quantity(), u.quality(),
                        u.timeliness(), u.taskScore(), u.generalScore(), u.total(), u.level(), u.bandLevel(),
                        u.cappedByMember(), Status.PUBLISHED, u.productCount())).toList());
        PublishedMonth record = new PublishedMonth();
        record.month = month.toString();
        record.publishedAt = now;
        record.publishedBy = caller.username();
        snapshots.write(record, published);
        record.persist();
        return published;
    }

    /**
     * Records the Director's adjustment of a published month (§8, complaints). The published snapshot stays as
     * it was; the adjustment keeps the figures before and after, so both stay reproducible.
     */
    @Transactional
    public Adjustment adjust(YearMonth month, long officerId, AdjustmentEntry entry, Caller caller) {
        if (assessments.published(month).isEmpty()) {
            throw ProblemException.conflict("month-not-published", "Kết quả tháng " + month
                    + " chưa công bố; trước khi công bố, điểm được sửa qua bước tự đánh giá và xem xét.");
        }
        if (entry.generalScore() == null && entry.level() == null) {
            throw invalid("nothing-to-adjust", "Cần điểm tiêu chí chung mới, mức xếp loại mới, hoặc cả hai.");
        }
        if (entry.level() == Level.NO_TASK_DATA) {
            throw invalid("level", "Mức xếp loại điều chỉnh phải là một trong HTXSNV, HTTNV, HTNV, KHTNV.");
        }
        if (entry.generalScore() != null) {
            requireWithinScale(entry.generalScore(), "generalScore");
        }
        OfficerRating current = ratings.month(month).officers().stream()
                .filter(o -> o.officerId() == officerId && caller.seesOfficer(o.officerId(), o.unitCode()))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("kết quả tháng " + month + " của công chức " + officerId));
        if (entry.generalScore() != null && current.total() == null) {
            throw ProblemException.conflict("no-score", current.fullName()
                    + " không có sản phẩm trong tháng " + month + "; chỉ có thể điều chỉnh mức xếp loại.");
        }
        PublishedAdjustment.Figures before = new PublishedAdjustment.Figures(current.generalScore(),
                Optional.ofNullable(current.total()), current.level());
        PublishedAdjustment.Figures after = adjustment.apply(before, Optional.ofNullable(entry.generalScore()),
                Optional.ofNullable(entry.level()));
        RatingAdjustment record = new RatingAdjustment();
        record.month = month.toString();
        record.officerId = officerId;
        record.unitCode = current.unitCode();
        record.generalBefore = before.general();
        record.generalAfter = after.general().setScale(STORED_DECIMALS, RoundingMode.UNNECESSARY);
        record.totalBefore = before.total().orElse(null);
        record.totalAfter = after.total().orElse(null);
        record.levelBefore = before.level();
        record.levelAfter = after.level();
        record.reason = entry.reason().strip();
        record.adjustedBy = caller.username();
        record.adjustedAt = clock.instant();
        record.persist();
        return MonthlyRatingService.adjustment(record);
    }

    private Organisation.Officer visibleOfficer(YearMonth month, long officerId, Caller caller) {
        return visibleOfficer(month, officerId, caller, organisation.directory());
    }

    private Organisation.Officer visibleOfficer(YearMonth month, long officerId, Caller caller,
            Organisation.Directory directory) {
        requireOpen(month);
        return directory.officer(officerId)
                .filter(o -> o.unitCode() != null && caller.seesOfficer(o.id(), o.unitCode()))
                .orElseThrow(() -> ProblemException.notFound("công chức " + officerId));
    }

    private void requireOpen(YearMonth month) {
        requireOpen(month, "không thể sửa.");
    }

    private void requireOpen(YearMonth month, String consequence) {
        assessments.published(month).ifPresent(p -> {
            throw ProblemException.conflict("month-published",
                    "Kết quả tháng " + month + " đã công bố và khóa; " + consequence);
        });
    }

    /**
     * Only the officer's reviewer may act: the head of the unit, or for the head the supervising deputy director.
     * {@code subject} names what is reviewed, e.g. "Điểm".
     */
    private static void requireReviewer(Organisation.Officer officer, Organisation.Directory directory, Caller caller,
            String subject) {
        Organisation.Unit unit = directory.unit(officer.unitCode()).orElseThrow();
        boolean head = officer.username().equals(unit.headUsername());
        String reviewer = head ? unit.supervisorUsername() : unit.headUsername();
        if (!caller.username().equals(reviewer)) {
            throw ProblemException.forbidden("not-reviewer", head
                    ? subject + " của trưởng đơn vị do Phó Giám đốc phụ trách đơn vị xem xét."
                    : subject + " của công chức do trưởng đơn vị xem xét.");
        }
    }

    private void requireStarted(YearMonth month) {
        if (month.isAfter(YearMonth.now(clock))) {
            throw ProblemException.unprocessable("month-not-started", "Tháng " + month + " chưa bắt đầu.");
        }
    }

    private void requireWithinScale(BigDecimal score, String field) {
        Objects.requireNonNull(score, field);
        if (score.signum() < 0 || score.compareTo(settings.generalMax()) > 0) {
            throw invalid("out-of-range", "Điểm " + field + " phải từ 0 đến "
                    + settings.generalMax().toPlainString() + ".");
        }
    }

    /** The due dates of the month's steps (§8). */
    public MonthSchedule schedule(YearMonth month) {
        return MonthSchedule.of(month, WorkingDayCalendar.vietnam());
    }

    /** Today, in the organisation's zone, is after {@code due}. */
    private boolean isLate(LocalDate due) {
        return LocalDate.now(clock).isAfter(due);
    }

    private static ProblemException invalid(String code, String detail) {
        return new ProblemException(400, code, "Dữ liệu không hợp lệ", detail);
    }
}
