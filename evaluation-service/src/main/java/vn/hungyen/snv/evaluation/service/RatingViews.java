package vn.hungyen.snv.evaluation.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.hungyen.snv.evaluation.rules.Level;

/** A month's ratings as the API shows them and as a published month stores them. */
public final class RatingViews {

    private RatingViews() {
    }

    /** An officer's month; {@code products} only in the single-officer view. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OfficerRating(long officerId, String fullName, String unitCode, String position,
            BigDecimal quantity, BigDecimal quality, BigDecimal timeliness, BigDecimal unitResults,
            BigDecimal organising, BigDecimal cohesion, BigDecimal taskScore, BigDecimal generalScore,
            BigDecimal total, Level level, Level bandLevel, List<String> adjustments, String status,
            SelfAssessment selfAssessment, Review review, List<ProductCredit> products) {

        public OfficerRating withoutProducts() {
            return new OfficerRating(officerId, fullName, unitCode, position, quantity, quality, timeliness,
                    unitResults, organising, cohesion, taskScore, generalScore, total, level, bandLevel, adjustments,
                    status, selfAssessment, review, null);
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

    /** One product behind a rating, with the credits it earns (each 0–100). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProductCredit(long taskId, String title, String unitCode, Long assigneeId, LocalDate dueDate,
            BigDecimal weight, boolean completed, LocalDate acceptedOn, int lateEvents, int qualityReturns,
            BigDecimal quantityCredit, BigDecimal qualityCredit, BigDecimal timelinessCredit, List<UUID> eventIds) {
    }

    /** A unit's collective month (§7). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UnitRating(String unitCode, String name, BigDecimal quantity, BigDecimal quality,
            BigDecimal timeliness, BigDecimal taskScore, BigDecimal generalScore, BigDecimal total, Level level,
            Level bandLevel, boolean cappedByMember, String status, int productCount) {
    }

    /** The whole month. */
    public record MonthRatings(String month, boolean published, Instant publishedAt, List<OfficerRating> officers,
            List<UnitRating> units) {
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
