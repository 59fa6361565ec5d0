package vn.hungyen.snv.evaluation.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.evaluation.client.PlanGateway;
import vn.hungyen.snv.evaluation.domain.Level;
import vn.hungyen.snv.evaluation.domain.ScoringProfile;
import vn.hungyen.snv.evaluation.domain.ScoringSettings;
import vn.hungyen.snv.evaluation.repository.AssessmentRepository;
import vn.hungyen.snv.evaluation.repository.PublishedMonth;
import vn.hungyen.snv.evaluation.repository.RatingAdjustment;
import vn.hungyen.snv.evaluation.service.EvaluationWorkflow.QuotaException;
import vn.hungyen.snv.evaluation.service.RatingViews.Change;
import vn.hungyen.snv.evaluation.service.RatingViews.Difference;
import vn.hungyen.snv.evaluation.service.RatingViews.Figures;
import vn.hungyen.snv.evaluation.service.RatingViews.MonthRatings;
import vn.hungyen.snv.evaluation.service.RatingViews.OfficerRating;
import vn.hungyen.snv.evaluation.service.RatingViews.UnitRating;

/**
 * A month computed again from the stored facts without saving anything (issue 14): a published month with the
 * profile and quota exceptions recorded at its publication and the Director's adjustments since, compared with what
 * is stored (verification); any month under other settings, compared with how it stands (what-if). The comparison
 * is also what an adjustment records as its changes ({@link Comparison#changes}).
 */
@ApplicationScoped
public class MonthReplay {

    /** What a publication recorded of its inputs. */
    public record Publication(String month, String publishedBy, java.time.Instant publishedAt,
            Integer profileVersion, List<QuotaException> quotaExceptions, String inputsDigest) {
    }

    /** One officer: published and recomputed figures (null when absent from one side). */
    public record OfficerCheck(long officerId, String fullName, String unitCode, Figures published,
            Figures recomputed, boolean identical, List<Difference> differences) {
    }

    /** One unit: published and recomputed figures (null when absent from one side). */
    public record UnitCheck(String unitCode, String name, Figures published, Figures recomputed, boolean identical,
            List<Difference> differences) {
    }

    /**
     * The published month against its recomputation with the Director's adjustments it includes
     * ({@code adjustmentsReplayed} of them, oldest first): {@code identical} when every officer and unit is;
     * {@code inputsUnchanged} when the stored facts still have the digest recorded at publication (null when none was
     * recorded).
     */
    public record Verification(String month, Integer profileVersion, List<QuotaException> quotaExceptions,
            int adjustmentsReplayed, String recordedDigest, String currentDigest, Boolean inputsUnchanged,
            boolean identical, List<OfficerCheck> officers, List<UnitCheck> units) {
    }

    /** Every officer and unit of two computations of a month, matched by id, with their figures compared. */
    record Comparison(List<OfficerCheck> officers, List<UnitCheck> units) {

        boolean identical() {
            return officers.stream().allMatch(OfficerCheck::identical)
                    && units.stream().allMatch(UnitCheck::identical);
        }

        /** The officers and units whose figures differ, as changes from the first computation to the second. */
        List<Change> changes() {
            List<Change> changes = new ArrayList<>();
            officers.stream().filter(o -> !o.identical()).forEach(o -> changes.add(new Change(o.officerId(),
                    o.unitCode(), o.fullName(), o.published(), o.recomputed())));
            units.stream().filter(u -> !u.identical()).forEach(u -> changes.add(new Change(null, u.unitCode(),
                    u.name(), u.published(), u.recomputed())));
            return List.copyOf(changes);
        }
    }

    /** An officer whose level the other settings change. */
    public record Move(long officerId, String fullName, String unitCode, Level from, Level to,
            BigDecimal totalBefore, BigDecimal totalAfter) {
    }

    /**
     * The month under other settings: the profile they were laid over, every setting used, the officers per level
     * as the month stands and as it would, and who moves.
     */
    public record WhatIf(String month, int baseProfileVersion, JsonNode settings, Map<String, Long> before,
            Map<String, Long> after, List<Move> moves) {
    }

    /** Key of officers without a level (not yet rated) in the counts. */
    static final String UNRATED = "UNRATED";

    private final MonthlyRatingService ratings;
    private final EvaluationWorkflow workflow;
    private final ScoringProfileService profiles;
    private final AssessmentRepository assessments;
    private final PlanGateway organisation;

    MonthReplay(MonthlyRatingService ratings, EvaluationWorkflow workflow, ScoringProfileService profiles,
            AssessmentRepository assessments, PlanGateway organisation) {
        this.ratings = ratings;
        this.workflow = workflow;
        this.profiles = profiles;
        this.assessments = assessments;
        this.organisation = organisation;
    }

    /** What the organisation's publication of the month recorded; empty while it is not published. */
    @Transactional
    public Optional<Publication> publication(String organisationCode, YearMonth month) {
        return assessments.published(organisationCode, month).map(p -> new Publication(p.month, p.publishedBy,
                p.publishedAt, p.profileVersion, workflow.quotaExceptions(p), p.inputsDigest));
    }

    /**
     * The published month recomputed from the stored facts it was computed from, with the recorded profile, quota
     * exceptions and the Director's adjustments it includes, and compared; 409 while it is not published.
     */
    @Transactional
    public Verification verify(String organisationCode, YearMonth month) {
        PublishedMonth publication = assessments.published(organisationCode, month)
                .orElseThrow(() -> ProblemException.conflict("month-not-published", "Tháng " + month
                        + " chưa công bố; chỉ kiểm tra lại được tháng đã công bố."));
        List<QuotaException> exceptions = workflow.quotaExceptions(publication);
        PlanGateway.Directory directory = organisation.directory(month);
        ScoringSettings settings = ratings.settingsOf(publication);
        List<RatingAdjustment> replayed = MonthSnapshot.includesAdjustments(publication)
                ? assessments.adjustments(organisationCode, month) : List.of();
        Comparison comparison = compare(ratings.snapshot(publication), ratings.replay(publication, settings,
                EvaluationWorkflow.ratios(exceptions), replayed, directory));
        String digest = ratings.inputs(organisationCode, month, directory, settings,
                MonthlyRatingService.inputsReceivedBy(publication)).digest();
        return new Verification(month.toString(), publication.profileVersion, exceptions, replayed.size(),
                publication.inputsDigest, digest,
                publication.inputsDigest == null ? null : publication.inputsDigest.equals(digest),
                comparison.identical(), comparison.officers(), comparison.units());
    }

    /** {@code first} and {@code second}, two computations of one month, compared officer by officer and unit by unit. */
    static Comparison compare(MonthRatings first, MonthRatings second) {
        List<OfficerCheck> officers = new ArrayList<>();
        Map<Long, OfficerRating> again = second.officers().stream()
                .collect(Collectors.toMap(OfficerRating::officerId, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
        for (OfficerRating before : first.officers()) {
            OfficerRating after = again.remove(before.officerId());
            officers.add(officerCheck(before.officerId(), before.fullName(), before.unitCode(), Figures.of(before),
                    after == null ? null : Figures.of(after)));
        }
        again.values().forEach(after -> officers.add(officerCheck(after.officerId(), after.fullName(),
                after.unitCode(), null, Figures.of(after))));
        List<UnitCheck> units = new ArrayList<>();
        Map<String, UnitRating> unitsAgain = second.units().stream()
                .collect(Collectors.toMap(UnitRating::unitCode, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
        for (UnitRating before : first.units()) {
            UnitRating after = unitsAgain.remove(before.unitCode());
            units.add(unitCheck(before.unitCode(), before.name(), Figures.of(before),
                    after == null ? null : Figures.of(after)));
        }
        unitsAgain.values().forEach(after -> units.add(unitCheck(after.unitCode(), after.name(), null,
                Figures.of(after))));
        return new Comparison(List.copyOf(officers), List.copyOf(units));
    }

    /**
     * The month under {@code settings} (any subset, over the profile that rates it: a published month's recorded
     * one, with its inputs as it was published and adjusted), compared with the month as it stands; nothing is saved.
     */
    @Transactional
    public WhatIf whatIf(String organisationCode, YearMonth month, JsonNode settings) {
        Optional<PublishedMonth> publication = assessments.published(organisationCode, month);
        ScoringProfile base = publication.flatMap(p -> Optional.ofNullable(p.profileVersion))
                .flatMap(v -> profiles.version(organisationCode, v))
                .orElseGet(() -> profiles.inForce(organisationCode, month));
        ScoringSettings tried = ScoringSettingsJson.merge(base.settings(), settings);
        PlanGateway.Directory directory = organisation.directory(month);
        MonthRatings now = ratings.month(organisationCode, month);
        MonthRatings then = publication
                .map(p -> ratings.replay(p, tried, EvaluationWorkflow.ratios(workflow.quotaExceptions(p)),
                        MonthSnapshot.includesAdjustments(p) ? assessments.adjustments(organisationCode, month)
                                : List.of(), directory))
                .orElseGet(() -> ratings.compute(organisationCode, month, directory, tried, Map.of()));
        Map<Long, OfficerRating> after = then.officers().stream()
                .collect(Collectors.toMap(OfficerRating::officerId, Function.identity(), (a, b) -> a));
        List<Move> moves = now.officers().stream()
                .filter(o -> after.containsKey(o.officerId()) && after.get(o.officerId()).level() != o.level())
                .map(o -> new Move(o.officerId(), o.fullName(), o.unitCode(), o.level(),
                        after.get(o.officerId()).level(), o.total(), after.get(o.officerId()).total()))
                .toList();
        return new WhatIf(month.toString(), base.version(), ScoringSettingsJson.write(tried), counts(now),
                counts(then), moves);
    }

    private static Map<String, Long> counts(MonthRatings month) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Level level : Level.values()) {
            counts.put(level.name(), 0L);
        }
        counts.put(UNRATED, 0L);
        month.officers().forEach(o -> counts.merge(o.level() == null ? UNRATED : o.level().name(), 1L, Long::sum));
        return counts;
    }

    private static OfficerCheck officerCheck(long officerId, String fullName, String unitCode, Figures published,
            Figures recomputed) {
        List<Difference> differences = published == null || recomputed == null
                ? List.of(new Difference("officer", published == null ? null : officerId,
                        recomputed == null ? null : officerId))
                : published.differences(recomputed);
        return new OfficerCheck(officerId, fullName, unitCode, published, recomputed, differences.isEmpty(),
                differences);
    }

    private static UnitCheck unitCheck(String unitCode, String name, Figures published, Figures recomputed) {
        List<Difference> differences = published == null || recomputed == null
                ? List.of(new Difference("unit", published == null ? null : unitCode,
                        recomputed == null ? null : unitCode))
                : published.differences(recomputed);
        return new UnitCheck(unitCode, name, published, recomputed, differences.isEmpty(), differences);
    }
}
