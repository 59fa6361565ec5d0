package vn.hungyen.snv.webui.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.hungyen.snv.webui.domain.LevelReasons;

/**
 * evaluation-service for the pages: monthly ratings (scoring-hy540.md) with what the signed-in person may do next
 * on each, the month's schedule with the limits of the scores, the self-assessment, exemption requests and rulings,
 * the head's review, publication and the Director's dashboard; every failure becomes a {@link ServiceMessage} a
 * person can read.
 */
@ApplicationScoped
public class EvaluationGateway {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** What the officer scored themself: groups I, II, III (0–10 each). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SelfAssessment(BigDecimal groupI, BigDecimal groupII, BigDecimal groupIII, BigDecimal total,
            String remarks, Instant at, boolean late) {
    }

    /** What the head (for a head: the supervising deputy director) confirmed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Review(BigDecimal generalScore, String note, boolean disciplined, boolean degraded,
            boolean corruptionInUnit, Integer organisingChoice, String cohesionFinding, String by, Instant at) {
    }

    /**
     * One product behind a rating, with the credits it earns (each 0–100); the late events and returns of an
     * exempt product are not counted.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProductCredit(long taskId, String title, Long assigneeId, LocalDate dueDate, BigDecimal weight,
            boolean completed, LocalDate acceptedOn, int lateEvents, int qualityReturns, boolean exempt,
            BigDecimal quantityCredit, BigDecimal qualityCredit, BigDecimal timelinessCredit) {
    }

    /**
     * An officer's request that a product's late events and quality returns not count (an objective cause), sent by
     * the officer themself, and the reviewer's ruling: {@code status} PENDING, APPROVED or REFUSED.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Exemption(long id, long officerId, long taskId, String reason, String requestedBy,
            Instant requestedAt, boolean requestedLate, String status, String note, String decidedBy,
            Instant decidedAt) {
    }

    /**
     * What the signed-in person may do next on an officer's month, as evaluation-service decides it: (re)do the
     * self-assessment, review it, ask for an exemption for the products of {@code requestExemption} (task ids), rule
     * on the requests of {@code ruleOnExemption} (exemption ids).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Actions(boolean selfAssess, boolean review, List<Long> requestExemption,
            List<Long> ruleOnExemption) {

        public static final Actions NONE = new Actions(false, false, List.of(), List.of());

        public Actions {
            requestExemption = requestExemption == null ? List.of() : requestExemption;
            ruleOnExemption = ruleOnExemption == null ? List.of() : ruleOnExemption;
        }
    }

    /**
     * An officer's month: a, b, c, K, G, S and the level, with the exemption requests and what the signed-in person
     * may do next on it; products only in the single-officer view; a leader's d, đ, e and how đ was set; the rules
     * that changed the level, with what each read; in the single-officer view of a month not over yet,
     * {@code inProgress} (null otherwise, and from a service that does not tell).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rating(long officerId, String fullName, String unitCode, String position, BigDecimal quantity,
            BigDecimal quality, BigDecimal timeliness, BigDecimal taskScore, BigDecimal generalScore,
            BigDecimal total, String level, String status, SelfAssessment selfAssessment, Review review,
            List<Exemption> exemptions, List<ProductCredit> products, Actions actions, BigDecimal unitResults,
            BigDecimal organising, BigDecimal cohesion, String organisingBasis,
            List<LevelReasons.Change> levelChanges, InProgress inProgress) {

        public Rating {
            levelChanges = levelChanges == null ? List.of() : levelChanges;
            exemptions = exemptions == null ? List.of() : exemptions;
            products = products == null ? List.of() : products;
            actions = actions == null ? Actions.NONE : actions;
        }

        /** The month is published and locked. */
        public boolean published() {
            return "PUBLISHED".equals(status);
        }

        /** evaluation-service counts this product among those still to come of a month in progress. */
        public boolean notYetDue(ProductCredit product) {
            return inProgress != null && inProgress.notYetDue().stream().anyMatch(p -> p.taskId() == product.taskId());
        }
    }

    /**
     * A month not over yet, as evaluation-service decides it: the officer's products still to come (not completed,
     * due today or later) and the month were each done on time.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InProgress(List<UpcomingProduct> notYetDue, Projection ifDoneOnTime) {

        public InProgress {
            notYetDue = notYetDue == null ? List.of() : notYetDue;
        }
    }

    /** A product still to come of a month in progress. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UpcomingProduct(long taskId, String title, LocalDate dueDate) {
    }

    /**
     * The Director's adjustment of a published month (scoring-hy540 §8): who and when, why, what was given, the
     * adjusted officer's G, S and level before and after, and {@code changes}, every officer and unit in the
     * caller's scope whose figures it changed, the adjusted officer included (none for one recorded before changes
     * were).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Adjustment(long id, long officerId, String unitCode, BigDecimal generalBefore,
            BigDecimal generalAfter, BigDecimal totalBefore, BigDecimal totalAfter, String levelBefore,
            String levelAfter, BigDecimal generalGiven, String levelGiven, String reason, String by, Instant at,
            List<Change> changes) {

        public Adjustment {
            changes = changes == null ? List.of() : changes;
        }

        /** The adjusted officer's name as its changes give it; null when they do not. */
        public String officerName() {
            return changes.stream().filter(this::ofTheOfficer).map(Change::name).findFirst().orElse(null);
        }

        /** The other officers and units whose figures it changed. */
        public List<Change> others() {
            return changes.stream().filter(c -> !ofTheOfficer(c)).toList();
        }

        private boolean ofTheOfficer(Change change) {
            return change.officerId() != null && change.officerId() == officerId;
        }
    }

    /** An officer ({@code officerId} set) or a unit whose figures an adjustment changed, before and after. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Change(Long officerId, String unitCode, String name, ScoringGateway.Figures before,
            ScoringGateway.Figures after) {
    }

    /** An officer's exemption request for one of their products, as sent. */
    public record ExemptionEntry(long taskId, String reason) {
    }

    /** The reviewer's ruling on an exemption request; a refusal carries its reason. */
    public record ExemptionRuling(boolean approved, String note) {
    }

    /**
     * The bounds of the scores in force in evaluation-service: each group of the self-assessment form, G, and K
     * (scoring-hy540.md §1, §3, §10).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Limits(BigDecimal groupMax, BigDecimal generalMax, BigDecimal taskMax) {
    }

    /**
     * The due dates of the month's steps (scoring-hy540.md §8), on the working-day calendar of the next month: the
     * self-assessment and exemption requests, the review and rulings, the unit's G_u, and publication; with the
     * limits of the scores in force.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Schedule(String month, LocalDate tasksFrozenOn, LocalDate selfAssessmentBy, LocalDate reviewBy,
            LocalDate unitReviewBy, LocalDate publicationBy, Limits limits) {
    }

    /** The officer's self-assessment as sent. */
    public record SelfAssessmentEntry(BigDecimal groupI, BigDecimal groupII, BigDecimal groupIII, String remarks) {
    }

    /** The three groups of the general criteria, for a projection. */
    public record Groups(BigDecimal groupI, BigDecimal groupII, BigDecimal groupIII) {
    }

    /** What the month would give with these groups; nothing is saved. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Projection(BigDecimal taskScore, BigDecimal generalScore, BigDecimal total, String level) {
    }

    /** The head's review as sent: G and the forcing flags; the leaders' criteria are kept as they were. */
    public record ReviewEntry(BigDecimal generalScore, String note, boolean disciplined, boolean degraded,
            boolean corruptionInUnit, Integer organisingChoice, String cohesionFinding) {
    }

    /** A unit on the dashboard. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UnitSummary(String unitCode, String unitName, String supervisorUsername, int officerCount,
            Map<String, Integer> levels, BigDecimal total, String level, int overdueTasks) {
    }

    /** A deputy director and the units they supervise. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeputySummary(String username, String fullName, List<String> unitCodes, Map<String, Integer> levels,
            int overdueTasks) {
    }

    /** One month of the trend. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TrendMonth(String month, boolean published, Map<String, Integer> levels, BigDecimal averageTotal) {
    }

    /** The month at a glance, within the caller's scope; the trend holds six months, oldest first. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Dashboard(String month, boolean published, int officerCount, Map<String, Integer> levels,
            List<UnitSummary> units, List<DeputySummary> deputies, List<TrendMonth> trend, int overdueTasks) {

        public Dashboard {
            levels = levels == null ? Map.of() : levels;
            units = units == null ? List.of() : units;
            deputies = deputies == null ? List.of() : deputies;
            trend = trend == null ? List.of() : trend;
        }
    }

    /**
     * An officer's quarter or year: the mean S of the published months, its band, the level after the head cap and
     * the quota, and why the two differ ("" when they do not).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PeriodRating(long officerId, String fullName, String unitCode, String unitName, String position,
            int monthsEvaluated, BigDecimal total, String bandLevel, String level, String reason) {
    }

    private final EvaluationClient client;
    private final PeriodClient periods;

    EvaluationGateway(@RestClient EvaluationClient client, @RestClient PeriodClient periods) {
        this.client = client;
        this.periods = periods;
    }

    /** The officers' ratings of a quarter ({@code YYYY-Qn}) or year ({@code YYYY}) within the caller's scope. */
    public List<PeriodRating> periodOfficers(String period) {
        return call(() -> periods.officers(period));
    }

    /** The same ratings as an XLSX workbook. */
    public byte[] periodExport(String period) {
        return call(() -> periods.export(period, "xlsx"));
    }

    public List<Rating> officers(YearMonth month, String unit) {
        return call(() -> client.officers(month.toString(), unit));
    }

    public Rating officer(YearMonth month, long officerId) {
        return call(() -> client.officer(month.toString(), officerId));
    }

    public void selfAssess(YearMonth month, long officerId, SelfAssessmentEntry entry) {
        run(() -> client.selfAssess(month.toString(), officerId, entry));
    }

    public Projection project(YearMonth month, long officerId, Groups groups) {
        return call(() -> client.project(month.toString(), officerId, groups));
    }

    public void review(YearMonth month, long officerId, ReviewEntry entry) {
        run(() -> client.review(month.toString(), officerId, entry));
    }

    public void requestExemption(YearMonth month, long officerId, ExemptionEntry entry) {
        run(() -> client.requestExemption(month.toString(), officerId, entry));
    }

    public void ruleOnExemption(YearMonth month, long officerId, long exemptionId, ExemptionRuling ruling) {
        run(() -> client.ruleOnExemption(month.toString(), officerId, exemptionId, ruling));
    }

    public Schedule schedule(YearMonth month) {
        return call(() -> client.schedule(month.toString()));
    }

    /** The limits of the scores in force, as the month's schedule gives them. */
    public Limits limits(YearMonth month) {
        return schedule(month).limits();
    }

    public void publish(YearMonth month) {
        run(() -> client.publish(month.toString()));
    }

    /** The Director's adjustments of the published month, of the officers in the caller's scope, oldest first. */
    public List<Adjustment> adjustments(YearMonth month) {
        return call(() -> client.adjustments(month.toString()));
    }

    public Dashboard dashboard(YearMonth month) {
        return call(() -> client.dashboard(month.toString()));
    }

    /** The month's results as an XLSX workbook. */
    public byte[] export(YearMonth month) {
        return call(() -> client.export(month.toString(), "xlsx"));
    }

    private static void run(Runnable request) {
        ServiceMessage.run("Dịch vụ đánh giá", request);
    }

    private static <T> T call(Supplier<T> request) {
        return ServiceMessage.call("Dịch vụ đánh giá", request);
    }
}
