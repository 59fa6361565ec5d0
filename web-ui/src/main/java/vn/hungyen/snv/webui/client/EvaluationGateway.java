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

/**
 * evaluation-service for the pages: monthly ratings (scoring-hy540.md), the self-assessment, the
 * head's review, publication and the Director's dashboard; every failure becomes a
 * {@link ServiceMessage} a person can read.
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

    /** One product behind a rating, with the credits it earns (each 0–100). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProductCredit(long taskId, String title, LocalDate dueDate, BigDecimal weight, boolean completed,
            LocalDate acceptedOn, int lateEvents, int qualityReturns, BigDecimal quantityCredit,
            BigDecimal qualityCredit, BigDecimal timelinessCredit) {
    }

    /** An officer's month: a, b, c, K, G, S and the level; products only in the single-officer view. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rating(long officerId, String fullName, String unitCode, String position, BigDecimal quantity,
            BigDecimal quality, BigDecimal timeliness, BigDecimal taskScore, BigDecimal generalScore,
            BigDecimal total, String level, String status, SelfAssessment selfAssessment, Review review,
            List<ProductCredit> products) {

        public Rating {
            products = products == null ? List.of() : products;
        }
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

    private final EvaluationClient client;

    EvaluationGateway(@RestClient EvaluationClient client) {
        this.client = client;
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

    public void publish(YearMonth month) {
        run(() -> client.publish(month.toString()));
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
