package vn.hungyen.snv.evaluation.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.hungyen.snv.common.security.Caller;
import vn.hungyen.snv.evaluation.domain.Level;
import vn.hungyen.snv.evaluation.domain.MonthWorkflowRules.Ruling;

/**
 * A month's ratings as the API shows them and as a published month stores them, and what a caller may do next on
 * an officer's month, which is answered but never stored.
 */
public final class RatingViews {

    private RatingViews() {
    }

    /**
     * An officer's month; {@code products} only in the single-officer view. {@code ruleAdjustments} name the
     * rules that changed the band into the level (FORCED, CAPPED_BY_UNIT, QUOTA); {@code adjustments} are the
     * Director's audited changes after publication, oldest first, and the figures shown are the latest;
     * {@code exemptions} are the officer's exemption requests of the month with their rulings, oldest first;
     * {@code levelChanges} say, for each rule of {@code ruleAdjustments}, what it read (absent in months published
     * before they were recorded); {@code organisingBasis}, for a leader, is how đ was set (CLEAN_RECORD,
     * PROLONGED_OVERDUE, LOW_TIMELINESS, APPROVER_CHOICE).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OfficerRating(long officerId, String fullName, String unitCode, String position,
            BigDecimal quantity, BigDecimal quality, BigDecimal timeliness, BigDecimal unitResults,
            BigDecimal organising, BigDecimal cohesion, BigDecimal taskScore, BigDecimal generalScore,
            BigDecimal total, Level level, Level bandLevel, List<String> ruleAdjustments,
            List<Adjustment> adjustments, String status, SelfAssessment selfAssessment, Review review,
            List<Exemption> exemptions, List<ProductCredit> products, List<LevelChange> levelChanges,
            String organisingBasis) {

        public OfficerRating withoutProducts() {
            return new OfficerRating(officerId, fullName, unitCode, position, quantity, quality, timeliness,
                    unitResults, organising, cohesion, taskScore, generalScore, total, level, bandLevel,
                    ruleAdjustments, adjustments, status, selfAssessment, review, exemptions, null, levelChanges,
                    organisingBasis);
        }

        public OfficerRating withStatus(String newStatus) {
            return new OfficerRating(officerId, fullName, unitCode, position, quantity, quality, timeliness,
                    unitResults, organising, cohesion, taskScore, generalScore, total, level, bandLevel,
                    ruleAdjustments, adjustments, newStatus, selfAssessment, review, exemptions, products,
                    levelChanges, organisingBasis);
        }

        /** This rating, its figures as they are, with the Director's adjustments of the officer, oldest first. */
        public OfficerRating withAdjustments(List<Adjustment> made) {
            return new OfficerRating(officerId, fullName, unitCode, position, quantity, quality, timeliness,
                    unitResults, organising, cohesion, taskScore, generalScore, total, level, bandLevel,
                    ruleAdjustments, List.copyOf(made), status, selfAssessment, review, exemptions, products,
                    levelChanges, organisingBasis);
        }

        /**
         * This rating of a month stored as published (snapshot version 1) with the Director's adjustments, oldest
         * first; with any, G, S and the level are those the latest recorded and {@code newBand} is the band of its S.
         */
        public OfficerRating adjusted(List<Adjustment> made, Level newBand) {
            Adjustment latest = made.isEmpty() ? null : made.get(made.size() - 1);
            return new OfficerRating(officerId, fullName, unitCode, position, quantity, quality, timeliness,
                    unitResults, organising, cohesion, taskScore, latest == null ? generalScore : latest.generalAfter(),
                    latest == null ? total : latest.totalAfter(), latest == null ? level : latest.levelAfter(),
                    latest == null ? bandLevel : newBand, ruleAdjustments, List.copyOf(made), status,
                    selfAssessment, review, exemptions, products, levelChanges, organisingBasis);
        }
    }

    /**
     * An officer's month as the API answers it to one caller: the rating, flat, with what that caller may do next on
     * it. Only the rating is ever stored with a published month.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OfficerAnswer(@JsonUnwrapped OfficerRating rating, Actions actions, InProgress inProgress) {

        public OfficerAnswer(OfficerRating rating, Actions actions) {
            this(rating, actions, null);
        }

        /** The list's view: no products, and so nothing of the products still to come. */
        public OfficerAnswer withoutProducts() {
            return new OfficerAnswer(rating.withoutProducts(), actions);
        }
    }

    /**
     * A month not over yet, in the single-officer view (scoring-hy540 §3a): the officer's products still to come
     * (not completed, due today or later), and what K, G, S and the level would be were each of them done on time,
     * by the same rules as the month, G as entered. Absent once the month is over.
     */
    public record InProgress(List<UpcomingProduct> notYetDue, Projection ifDoneOnTime) {
    }

    /** A product still to come: the task, its wording and its (effective) due date. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UpcomingProduct(long taskId, String title, LocalDate dueDate) {
    }

    /**
     * What the caller may do next on an officer's month, as the workflow rules decide it (scoring-hy540 §8): (re)do
     * the self-assessment, review it, ask for an exemption for the products of {@code requestExemption} (task ids),
     * rule on the requests of {@code ruleOnExemption} (exemption ids). Nothing once the month is published.
     */
    public record Actions(boolean selfAssess, boolean review, List<Long> requestExemption,
            List<Long> ruleOnExemption) {

        public static final Actions NONE = new Actions(false, false, List.of(), List.of());
    }

    /**
     * One rule that changed an officer's level after banding (scoring-hy540 §4, §5), with what it read: FORCED
     * names the forcing {@code flags} (DISCIPLINED, DEGRADED, CORRUPTION_IN_UNIT) and who recorded them
     * ({@code recordedBy}, the username, and {@code recordedByName}, their full name); CAPPED_BY_UNIT the unit's level ({@code unitLevel}); QUOTA the quota group, how many
     * of its officers reached HTXSNV ({@code candidates}) and how many may keep it ({@code allowed}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LevelChange(String rule, Level from, Level to, List<String> flags, String recordedBy,
            String recordedByName, Level unitLevel, String quotaGroup, Integer candidates, Integer allowed) {
    }

    /**
     * One adjustment by the Director after publication: who, when and why; what was given ({@code generalGiven},
     * {@code levelGiven}: absent when not given); the adjusted officer's figures before and after; and
     * {@code changes}, every officer and unit whose figures it changed, the adjusted officer included (empty for an
     * adjustment recorded before changes were, which changed its officer alone).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Adjustment(long id, long officerId, String unitCode, BigDecimal generalBefore,
            BigDecimal generalAfter, BigDecimal totalBefore, BigDecimal totalAfter, Level levelBefore,
            Level levelAfter, BigDecimal generalGiven, Level levelGiven, String reason, String by, Instant at,
            List<Change> changes) {

        /** This adjustment with only the changes of the officers and units the caller sees. */
        public Adjustment visibleTo(Caller caller) {
            return new Adjustment(id, officerId, unitCode, generalBefore, generalAfter, totalBefore, totalAfter,
                    levelBefore, levelAfter, generalGiven, levelGiven, reason, by, at, changes.stream()
                            .filter(c -> c.officerId() == null ? caller.seesUnit(c.unitCode())
                                    : caller.seesOfficer(c.officerId(), c.unitCode()))
                            .toList());
        }
    }

    /**
     * An officer ({@code officerId} set) or a unit ({@code officerId} absent) whose figures an adjustment changed:
     * {@code name} is the officer's full name or the unit's name.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(Long officerId, String unitCode, String name, Figures before, Figures after) {
    }

    /** The figures of one officer's or unit's month that verification and adjustments compare. */
    public record Figures(BigDecimal quantity, BigDecimal quality, BigDecimal timeliness, BigDecimal taskScore,
            BigDecimal generalScore, BigDecimal total, Level level, Level bandLevel) {

        static Figures of(OfficerRating o) {
            return new Figures(o.quantity(), o.quality(), o.timeliness(), o.taskScore(), o.generalScore(), o.total(),
                    o.level(), o.bandLevel());
        }

        static Figures of(UnitRating u) {
            return new Figures(u.quantity(), u.quality(), u.timeliness(), u.taskScore(), u.generalScore(), u.total(),
                    u.level(), u.bandLevel());
        }

        /** The fields that differ from {@code other}; numbers are equal when their values are. */
        List<Difference> differences(Figures other) {
            List<Difference> differences = new ArrayList<>();
            compare(differences, "quantity", quantity, other.quantity);
            compare(differences, "quality", quality, other.quality);
            compare(differences, "timeliness", timeliness, other.timeliness);
            compare(differences, "taskScore", taskScore, other.taskScore);
            compare(differences, "generalScore", generalScore, other.generalScore);
            compare(differences, "total", total, other.total);
            compare(differences, "level", level, other.level);
            compare(differences, "bandLevel", bandLevel, other.bandLevel);
            return differences;
        }

        private static void compare(List<Difference> differences, String field, Object published,
                Object recomputed) {
            boolean same = published instanceof BigDecimal a && recomputed instanceof BigDecimal b
                    ? a.compareTo(b) == 0 : Objects.equals(published, recomputed);
            if (!same) {
                differences.add(new Difference(field, published, recomputed));
            }
        }
    }

    /** One field that differs: as published, as recomputed. */
    public record Difference(String field, Object published, Object recomputed) {
    }

    /** What the rating would be with a given G, saving nothing. */
    public record Projection(BigDecimal taskScore, BigDecimal generalScore, BigDecimal total, Level level) {

        /** The figures of {@code rating}. */
        public static Projection of(OfficerRating rating) {
            return new Projection(rating.taskScore(), rating.generalScore(), rating.total(), rating.level());
        }
    }

    /** What the officer scored themself. */
    public record SelfAssessment(BigDecimal groupI, BigDecimal groupII, BigDecimal groupIII, BigDecimal total,
            String remarks, Instant at, boolean late) {
    }

    /** What the head (deputy director for a head) confirmed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Review(BigDecimal generalScore, String note, boolean disciplined, boolean degraded,
            boolean corruptionInUnit, Integer organisingChoice, String cohesionFinding, String by, Instant at,
            boolean late) {
    }

    /**
     * An officer's request that a product's late events and quality returns not count (an objective cause), and
     * the ruling of the head (the supervising deputy director for a head); the late flags mark entries after
     * their dates of §8.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Exemption(long id, long officerId, long taskId, String reason, String requestedBy,
            Instant requestedAt, boolean requestedLate, Ruling status, String note, String decidedBy,
            Instant decidedAt, Boolean decidedLate) {
    }


    /**
     * One product behind a rating, with the credits it earns (each 0–100); an exempt product's late events and
     * returns are not counted.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProductCredit(long taskId, String title, String unitCode, Long assigneeId, LocalDate dueDate,
            BigDecimal weight, boolean completed, LocalDate acceptedOn, int lateEvents, int qualityReturns,
            boolean exempt, BigDecimal quantityCredit, BigDecimal qualityCredit, BigDecimal timelinessCredit,
            List<UUID> eventIds) {
    }

    /** A unit's collective month (§7). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UnitRating(String unitCode, String name, BigDecimal quantity, BigDecimal quality,
            BigDecimal timeliness, BigDecimal taskScore, BigDecimal generalScore, BigDecimal total, Level level,
            Level bandLevel, boolean cappedByMember, String status, int productCount) {
    }

    /**
     * An officer's quarter or year (scoring-hy540 §9): {@code total} is the mean of the published monthly S over
     * the months evaluated and {@code bandLevel} its band, KHTNV after any forcing event; {@code level} is after the
     * head cap and the quota, which {@code ruleAdjustments} name (CAPPED_BY_UNIT, QUOTA) and {@code reason} says in
     * Vietnamese ("" when none); {@code months} are the published months it was read from. {@code unitName} and
     * {@code position} (the title, e.g. "Chuyên viên chính") are plan-service's in the latest published month.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PeriodRating(String period, long officerId, String fullName, String unitCode, String unitName,
            String position, int monthsEvaluated,
            BigDecimal total, Level level, Level bandLevel, List<String> ruleAdjustments, String reason, boolean forced,
            List<PeriodMonth> months) {
    }

    /** One published month of a period: its S and level as published, with the Director's adjustments. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PeriodMonth(String month, BigDecimal total, Level level, boolean evaluated) {
    }

    /** The whole month. */
    public record MonthRatings(String month, boolean published, Instant publishedAt, List<OfficerRating> officers,
            List<UnitRating> units) {

        /**
         * The part of the month the caller may see, the scope of every evaluation list, export and the dashboard
         * (docs/contract.md, "Visibility"): the officers {@link Caller#seesOfficer}, the units {@link Caller#seesUnit},
         * and of the Director's adjustments of those officers the changes of those officers and units.
         */
        public MonthRatings visibleTo(Caller caller) {
            return new MonthRatings(month, published, publishedAt,
                    officers.stream().filter(o -> caller.seesOfficer(o.officerId(), o.unitCode()))
                            .map(o -> o.adjustments() == null || o.adjustments().isEmpty() ? o
                                    : o.withAdjustments(o.adjustments().stream().map(a -> a.visibleTo(caller))
                                            .toList()))
                            .toList(),
                    units.stream().filter(u -> caller.seesUnit(u.unitCode())).toList());
        }
    }

    /** Officer status values. */
    public static final class Status {
        public static final String AWAITING_SELF_ASSESSMENT = "AWAITING_SELF_ASSESSMENT";
        public static final String AWAITING_REVIEW = "AWAITING_REVIEW";
        public static final String AWAITING_ORGANISING_CHOICE = "AWAITING_ORGANISING_CHOICE";
        public static final String REVIEWED = "REVIEWED";
        public static final String PUBLISHED = "PUBLISHED";

        private Status() {
        }
    }
}
