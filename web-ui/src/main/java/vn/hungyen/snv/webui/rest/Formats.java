package vn.hungyen.snv.webui.rest;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.hungyen.snv.common.time.OrganisationClock;
import vn.hungyen.snv.webui.client.EvaluationGateway;
import vn.hungyen.snv.webui.client.PlanGateway;
import vn.hungyen.snv.webui.client.TaskGateway;
import vn.hungyen.snv.webui.domain.ExemptionRules;
import vn.hungyen.snv.webui.domain.LevelReasons;
import vn.hungyen.snv.webui.domain.PlanLabels;
import vn.hungyen.snv.webui.domain.RatingLabels;
import vn.hungyen.snv.webui.domain.TaskBoard;

/** Vietnamese formats for the templates: dates dd/MM/yyyy, months "Tháng 6/2024", scores "85,52", labels. */
@TemplateExtension
public final class Formats {

    /** How much of an item's content a choice in a list shows. */
    static final int CHOICE_LENGTH = 90;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private Formats() {
    }

    /** The organisation's zone, read once from the settings (template extensions are static). */
    private static final class Zone {
        static final ZoneId ORGANISATION = ConfigProvider.getConfig().getValue(OrganisationClock.ZONE, ZoneId.class);
    }

    static String vn(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A moment as the organisation's wall clock shows it ({@code app.zone}), whatever the server's zone. */
    static String vn(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(Zone.ORGANISATION));
    }

    static String vn(YearMonth month) {
        return "Tháng " + month.getMonthValue() + "/" + month.getYear();
    }

    /** A score with a decimal comma and at most two decimals; a dash where there is none: {@code {score:vn(x)}}. */
    @TemplateExtension(namespace = "score")
    static String vn(BigDecimal score) {
        return score == null ? "—" : new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi")))
                .format(score);
    }

    /** The Vietnamese name of a level code: {@code {level:label(code)}}. */
    @TemplateExtension(namespace = "level")
    static String label(String code) {
        return RatingLabels.level(code).label();
    }

    static String statusLabel(PlanGateway.Plan plan) {
        return PlanLabels.status(plan.status());
    }

    static String kindLabel(PlanGateway.Change change) {
        return PlanLabels.change(change.kind());
    }

    static String derivationLabel(PlanGateway.Item item) {
        return PlanLabels.derivation(item.derivation());
    }

    static RatingLabels.Level levelInfo(EvaluationGateway.Rating rating) {
        return RatingLabels.level(rating.level());
    }

    static RatingLabels.Level levelInfo(EvaluationGateway.Projection projection) {
        return RatingLabels.level(projection.level());
    }

    static RatingLabels.Level levelInfo(EvaluationGateway.UnitSummary unit) {
        return RatingLabels.level(unit.level());
    }

    /** Which rule changed the level and what it read, one sentence per rule. */
    static List<String> levelReasons(EvaluationGateway.Rating rating) {
        return rating.levelChanges().stream().map(LevelReasons::explain).toList();
    }

    static String unitResultsReason(EvaluationGateway.Rating rating) {
        return rating.unitResults() == null ? "" : LevelReasons.unitResults(rating.unitResults());
    }

    static String organisingReason(EvaluationGateway.Rating rating) {
        return LevelReasons.organising(rating.organisingBasis());
    }

    static String cohesionReason(EvaluationGateway.Rating rating) {
        return LevelReasons.cohesion(rating.review() == null ? null : rating.review().cohesionFinding());
    }

    static String statusLabel(EvaluationGateway.Rating rating) {
        return RatingLabels.status(rating.status());
    }

    static String positionLabel(EvaluationGateway.Rating rating) {
        return RatingLabels.position(rating.position());
    }

    static ExemptionRules.Status statusInfo(EvaluationGateway.Exemption exemption) {
        return ExemptionRules.status(exemption.status());
    }

    /** The task's wording, or its number when it has none (a catalogue item not yet fetched). */
    static String heading(TaskGateway.Task task) {
        return task.title() == null || task.title().isBlank() ? "Nhiệm vụ " + task.id() : task.title();
    }

    /** A catalogue item as a choice: "Mục 87: " and its content, cut at a word past {@value #CHOICE_LENGTH} characters. */
    static String choiceLabel(PlanGateway.Item item) {
        String content = item.content();
        if (content.length() > CHOICE_LENGTH) {
            int cut = content.lastIndexOf(' ', CHOICE_LENGTH);
            content = content.substring(0, cut > 0 ? cut : CHOICE_LENGTH) + "…";
        }
        return "Mục " + item.number() + ": " + content + (item.recurring() ? " (thường xuyên)" : "");
    }

    static TaskBoard.Badge badge(TaskGateway.Task task) {
        return TaskBoard.badge(task.timeliness());
    }

    static String statusLabel(TaskGateway.Task task) {
        return TaskBoard.statusLabel(task.status());
    }

    static boolean canReport(TaskGateway.Task task) {
        return "ASSIGNED".equals(task.status()) || "RETURNED".equals(task.status());
    }
}
