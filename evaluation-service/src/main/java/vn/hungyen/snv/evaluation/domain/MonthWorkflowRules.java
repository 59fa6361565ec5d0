package vn.hungyen.snv.evaluation.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.hungyen.snv.common.rules.Violation.Kind;
import vn.hungyen.snv.common.rules.Violation;

/**
 * The month's workflow of scoring-hy540 §8: who may self-assess, review, ask for an exemption and rule on one,
 * score a unit's G_u, publish the month and adjust it afterwards, and when. Each method decides one step from plain
 * values and returns what stands in its way, the first thing found, or nothing when the step may go ahead. The
 * service refuses a step for these answers and, with the same methods, tells a caller what they may do next.
 */
public final class MonthWorkflowRules {

    private MonthWorkflowRules() {
    }

    /**
     * The month acted on: which month, the organisation's current month (the month of today in its zone), and
     * whether the month is published, which locks it.
     */
    public record MonthState(YearMonth month, YearMonth current, boolean published) {
    }

    /** Who acts: their account and their officer record (null for an account without one). */
    public record Actor(String username, Long officerId) {

        boolean is(Member officer) {
            return officerId != null && officerId == officer.id();
        }
    }

    /**
     * A rated officer: their id, account and name, whether they lead (the role head: heads and deputy heads), and
     * the accounts of their unit's head and supervising deputy director.
     */
    public record Member(long id, String username, String fullName, boolean leader, String unitHead,
            String unitSupervisor) {

        boolean headsUnit() {
            return username.equals(unitHead);
        }

        /** Who reviews their month: the unit's head, or for the head the supervising deputy director. */
        public String reviewer() {
            return headsUnit() ? unitSupervisor : unitHead;
        }
    }

    /**
     * A product of the month as the rules count it without any exemption: its task, the officer it is assigned to
     * (null for the unit's own), and its counted late events and quality returns.
     */
    public record Product(long taskId, Long assigneeId, int lateEvents, int qualityReturns) {
    }

    /** Where an exemption request stands. */
    public enum Ruling { PENDING, APPROVED, REFUSED }

    /** An exemption request of the month: the task it is for, its ruling and who made that (null while pending). */
    public record Request(long id, long taskId, Ruling ruling, String decidedBy) {
    }

    /** A review as entered: G, the note, and the entries for leaders only (§6, §8). */
    public record ReviewContent(BigDecimal generalScore, String note, boolean corruptionInUnit,
            Integer organisingChoice, String cohesionFinding) {
    }

    /**
     * Where a rated officer's month stands before publication: self-assessed, reviewed, whether đ still awaits the
     * approver's choice (§6), and the officer's exemption requests.
     */
    public record OfficerProgress(long officerId, String fullName, String unitCode, boolean selfAssessed,
            boolean reviewed, boolean awaitingOrganisingChoice, List<Request> requests) {
    }

    /** Whether a unit's G_u is recorded (§7). */
    public record UnitProgress(String unitCode, String name, boolean reviewed) {
    }

    /** Whether the month may still change: it is not published. */
    public static Optional<Violation> open(MonthState month) {
        return unpublished(month, "không thể sửa.");
    }

    /** Whether exemption requests and rulings are still taken: the month is not published. */
    public static Optional<Violation> exemptionsOpen(MonthState month) {
        return unpublished(month, "miễn trừ sau khi công bố được giải quyết bằng điều chỉnh của Giám đốc.");
    }

    /** Whether the month has begun: nothing is entered for a month to come. */
    public static Optional<Violation> started(MonthState month) {
        return month.month().isAfter(month.current())
                ? refused(null, "month-not-started", Kind.UNPROCESSABLE, "Tháng " + month.month() + " chưa bắt đầu.")
                : Optional.empty();
    }

    /**
     * Whether the actor may (re)do the officer's self-assessment: the month is open and has begun, they are the
     * officer themself, and the reviewer has not reviewed it yet.
     */
    public static Optional<Violation> selfAssess(MonthState month, Member officer, Actor actor, boolean reviewed) {
        return open(month)
                .or(() -> actor.is(officer) ? Optional.empty() : refused(null, "not-self", Kind.FORBIDDEN,
                        "Chỉ chính công chức được tự đánh giá tháng của mình."))
                .or(() -> started(month))
                .or(() -> reviewed ? refused(null, "already-reviewed", Kind.CONFLICT, "Lãnh đạo đã xem xét điểm tháng "
                        + month.month() + "; không thể sửa bản tự đánh giá.") : Optional.empty());
    }

    /**
     * Whether the actor may review the officer's month: it is open, they are the officer's reviewer, and the officer
     * has self-assessed. A review may be redone until publication. {@link #reviewContent} then checks what is entered.
     */
    public static Optional<Violation> review(MonthState month, Member officer, Actor actor, boolean selfAssessed) {
        return open(month)
                .or(() -> reviewer(officer, actor, "Điểm"))
                .or(() -> selfAssessed ? Optional.empty() : refused(null, "no-self-assessment", Kind.CONFLICT,
                        "Công chức chưa tự đánh giá tháng " + month.month()
                                + "; cần có bản tự đánh giá trước khi xem xét."));
    }

    /**
     * Whether the review may be recorded as entered: G within the scale, a note whenever G differs from the
     * self-assessed sum, forcing flags and criteria of leaders only for a leader, and đ one of 50, 75 or 100.
     *
     * @param selfScore  the officer's self-assessed sum
     * @param generalMax the upper bound of G ({@code scale.generalMax})
     */
    public static Optional<Violation> reviewContent(ReviewContent review, BigDecimal selfScore, Member officer,
            BigDecimal generalMax) {
        BigDecimal general = review.generalScore();
        boolean leaderEntries = review.corruptionInUnit() || review.organisingChoice() != null
                || review.cohesionFinding() != null;
        return withinScale("generalScore", general, generalMax)
                .or(() -> general.compareTo(selfScore) != 0 && blank(review.note())
                        ? refused("note", "note-required", Kind.INPUT, "Điểm xem xét (" + general.toPlainString()
                                + ") khác điểm tự đánh giá (" + selfScore.toPlainString() + "): cần ghi lý do.")
                        : Optional.empty())
                .or(() -> !officer.leader() && leaderEntries ? refused(null, "leader-only", Kind.INPUT,
                        "Tham nhũng trong đơn vị, điểm tổ chức (đ) và đoàn kết (e) chỉ áp dụng cho lãnh đạo.")
                        : Optional.empty())
                .or(() -> review.organisingChoice() != null
                        && !OrganisingAssessment.APPROVER_VALUES.contains(review.organisingChoice())
                        ? refused("organisingChoice", "organising-choice", Kind.INPUT,
                                "Điểm năng lực tổ chức (đ) chỉ nhận 50, 75 hoặc 100.")
                        : Optional.empty());
    }

    /**
     * Whether the actor may ask for an exemption for the product of the month of {@code taskId}: requests are still
     * taken and the month has begun, they are the officer themself, the product is theirs and has a counted late
     * event or quality return, and no other request for it is pending or approved (after a refusal they may ask
     * again).
     *
     * @param product  the task's product of the month as counted without exemption; empty when it has none
     * @param requests the month's exemption requests
     */
    public static Optional<Violation> requestExemption(MonthState month, Member officer, Actor actor, long taskId,
            Optional<Product> product, List<Request> requests) {
        Optional<Product> own = product.filter(p -> Objects.equals(p.assigneeId(), officer.id()));
        return exemptionsOpen(month)
                .or(() -> actor.is(officer) ? Optional.empty() : refused(null, "not-self", Kind.FORBIDDEN,
                        "Chỉ chính công chức được đề nghị miễn trừ cho sản phẩm của mình."))
                .or(() -> started(month))
                .or(() -> own.isPresent() ? Optional.empty() : refused("taskId", "not-own-product",
                        Kind.UNPROCESSABLE, "Nhiệm vụ " + taskId + " không phải sản phẩm của " + officer.fullName()
                                + " trong tháng " + month.month() + "."))
                .or(() -> own.filter(p -> p.lateEvents() > 0 || p.qualityReturns() > 0).isPresent() ? Optional.empty()
                        : refused("taskId", "nothing-to-exempt", Kind.UNPROCESSABLE, "Sản phẩm của nhiệm vụ " + taskId
                                + " không có lần trễ hạn hay lần bị trả lại nào được tính; không có gì để miễn trừ."))
                .or(() -> requests.stream().noneMatch(r -> r.taskId() == taskId && r.ruling() != Ruling.REFUSED)
                        ? Optional.empty()
                        : refused("taskId", "exemption-exists", Kind.CONFLICT, "Sản phẩm của nhiệm vụ " + taskId
                                + " đã có đề nghị miễn trừ đang chờ xem xét hoặc đã được chấp thuận."));
    }

    /**
     * Whether the actor may rule on the officer's exemption request: rulings are still taken, they are the officer's
     * reviewer, and the request awaits its ruling (it is ruled on once). {@link #ruling} then checks the ruling.
     */
    public static Optional<Violation> ruleOnExemption(MonthState month, Member officer, Actor actor, Request request) {
        return exemptionsOpen(month)
                .or(() -> reviewer(officer, actor, "Đề nghị miễn trừ"))
                .or(() -> request.ruling() == Ruling.PENDING ? Optional.empty() : refused(null, "exemption-decided",
                        Kind.CONFLICT, "Đề nghị miễn trừ " + request.id() + " đã được " + request.decidedBy()
                                + " xem xét; không thể xem xét lại."));
    }

    /** Whether a ruling may be recorded as entered: a refusal gives its reason. */
    public static Optional<Violation> ruling(boolean approved, String note) {
        return !approved && blank(note)
                ? refused("note", "note-required", Kind.INPUT, "Không chấp thuận đề nghị miễn trừ: cần ghi lý do.")
                : Optional.empty();
    }

    /**
     * Whether the actor may score a unit's G_u: the month is open and has begun, and they are the unit's supervising
     * deputy director. {@link #withinScale} then checks the score.
     */
    public static Optional<Violation> reviewUnit(MonthState month, String unitSupervisor, Actor actor) {
        return open(month)
                .or(() -> actor.username().equals(unitSupervisor) ? Optional.empty() : refused(null, "not-supervisor",
                        Kind.FORBIDDEN, "Điểm G của đơn vị do Phó Giám đốc phụ trách chấm."))
                .or(() -> started(month));
    }

    /**
     * Whether the month may be published as far as its dates go: it is not published yet and it is over.
     * {@link #complete} then checks its steps.
     */
    public static Optional<Violation> publish(MonthState month) {
        return open(month).or(() -> month.current().isAfter(month.month()) ? Optional.empty() : refused(null,
                "month-not-over", Kind.CONFLICT, "Tháng " + month.month() + " chưa kết thúc; chưa thể công bố."));
    }

    /**
     * What is still missing before the month may be published, one violation per gap, each naming what it concerns
     * ({@code officers/49}, {@code exemptions/7}, {@code units/CCHC}): every rated officer self-assessed and
     * reviewed, every đ left to the approver chosen, no exemption request awaiting its ruling, every unit's G_u.
     */
    public static List<Violation> missingSteps(List<OfficerProgress> officers, List<UnitProgress> units) {
        List<Violation> missing = new ArrayList<>();
        for (OfficerProgress officer : officers) {
            String who = officer.fullName() + " (" + officer.unitCode() + ")";
            String field = "officers/" + officer.officerId();
            if (!officer.selfAssessed()) {
                missing.add(gap(field, "awaiting-self-assessment", who + " chưa tự đánh giá."));
            } else if (!officer.reviewed()) {
                missing.add(gap(field, "awaiting-review", who + " chưa được lãnh đạo xem xét."));
            } else if (officer.awaitingOrganisingChoice()) {
                missing.add(gap(field, "awaiting-organising-choice", who + " cần người duyệt chọn điểm tổ chức (đ)."));
            }
            officer.requests().stream().filter(r -> r.ruling() == Ruling.PENDING)
                    .forEach(r -> missing.add(gap("exemptions/" + r.id(), "exemption-pending", who
                            + " có đề nghị miễn trừ cho nhiệm vụ " + r.taskId() + " chưa được xem xét.")));
        }
        units.stream().filter(u -> !u.reviewed()).forEach(u -> missing.add(gap("units/" + u.unitCode(),
                "unit-awaiting-review", u.name() + " chưa có điểm G của đơn vị.")));
        return missing;
    }

    /** Whether nothing is missing before publication; the refusal counts the gaps {@link #missingSteps} found. */
    public static Optional<Violation> complete(List<Violation> missing) {
        return missing.isEmpty() ? Optional.empty() : refused(null, "month-incomplete", Kind.INCOMPLETE,
                "Còn " + missing.size() + " việc phải hoàn thành trước khi công bố kết quả tháng.");
    }

    /**
     * Whether the Director's adjustment (§8, complaints) may be made as entered: the month is published, and it
     * gives a new G within the scale, a new level among the four bands, or both. {@link #adjustScore} then checks
     * the officer's month.
     *
     * @param general the new G, null when unchanged
     * @param level   the new level, null when it follows from the new G
     */
    public static Optional<Violation> adjust(MonthState month, BigDecimal general, Level level,
            BigDecimal generalMax) {
        if (!month.published()) {
            return refused(null, "month-not-published", Kind.CONFLICT, "Kết quả tháng " + month.month()
                    + " chưa công bố; trước khi công bố, điểm được sửa qua bước tự đánh giá và xem xét.");
        }
        if (general == null && level == null) {
            return refused(null, "nothing-to-adjust", Kind.INPUT,
                    "Cần điểm tiêu chí chung mới, mức xếp loại mới, hoặc cả hai.");
        }
        if (level != null && !level.isRated()) {
            return refused("level", "level", Kind.INPUT,
                    "Mức xếp loại điều chỉnh phải là một trong HTXSNV, HTTNV, HTNV, KHTNV.");
        }
        return general == null ? Optional.empty() : withinScale("generalScore", general, generalMax);
    }

    /**
     * Whether a new G may be given to the officer's published month: only a month with S has one to move.
     *
     * @param hasScore whether the published month has S (it had products)
     */
    public static Optional<Violation> adjustScore(MonthState month, String fullName, boolean hasScore,
            BigDecimal general) {
        return general != null && !hasScore ? refused(null, "no-score", Kind.CONFLICT, fullName
                + " không có sản phẩm trong tháng " + month.month() + "; chỉ có thể điều chỉnh mức xếp loại.")
                : Optional.empty();
    }

    /** Whether a score given for {@code field} (G or G_u) lies within 0–{@code generalMax}. */
    public static Optional<Violation> withinScale(String field, BigDecimal score, BigDecimal generalMax) {
        Objects.requireNonNull(score, field);
        return score.signum() < 0 || score.compareTo(generalMax) > 0
                ? refused(field, "out-of-range", Kind.INPUT, "Điểm " + field + " phải từ 0 đến "
                        + generalMax.toPlainString() + ".")
                : Optional.empty();
    }

    /** Only the officer's reviewer acts; {@code subject} names what is reviewed, e.g. "Điểm". */
    private static Optional<Violation> reviewer(Member officer, Actor actor, String subject) {
        return actor.username().equals(officer.reviewer()) ? Optional.empty() : refused(null, "not-reviewer",
                Kind.FORBIDDEN, officer.headsUnit()
                        ? subject + " của trưởng đơn vị do Phó Giám đốc phụ trách đơn vị xem xét."
                        : subject + " của công chức do trưởng đơn vị xem xét.");
    }

    private static Optional<Violation> unpublished(MonthState month, String consequence) {
        return month.published() ? refused(null, "month-published", Kind.CONFLICT,
                "Kết quả tháng " + month.month() + " đã công bố và khóa; " + consequence) : Optional.empty();
    }

    private static Violation gap(String field, String code, String message) {
        return new Violation(field, code, Kind.INCOMPLETE, message);
    }

    private static Optional<Violation> refused(String field, String code, Kind kind, String message) {
        return Optional.of(new Violation(field, code, kind, message));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
