package vn.hungyen.snv.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hungyen.snv.evaluation.domain.Fixtures.dec;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.calendar.WorkingDayCalendar;
import vn.hungyen.snv.evaluation.domain.PublishedAdjustment.Entry;

/**
 * The Director's adjustments after publication as inputs of the month (scoring-hy540 §8, complaints): the month is
 * rated again with them, and the unit's member cap, the d of the head, the head cap and the quota of the group follow.
 */
class PublishedAdjustmentTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private static List<ProductFacts> onTime(String officer, int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> ProductFacts.of(officer + "-" + i, LocalDate.of(2026, 3, 10 + i),
                        Submission.accepted(LocalDate.of(2026, 3, 10 + i))))
                .toList();
    }

    private static OfficerInput staff(String id, String general, List<ProductFacts> products) {
        return OfficerInput.staff(id, "u1", "staff", dec(general), products);
    }

    /**
     * An: 8 products on time, G 28 → S 98.00. Bình: one on time and one due 27/03 never done (2 working days overdue
     * at the cut-off), G 20 → a = b = c = 50, K 35, S 55.00. Chi, the head, G 30, answers for the unit's 10 products
     * (a = b = c = 90) with d = 100, đ = 100 (the approver's choice) and e = 100: K 66.5, S 96.50. The unit, G_u 28:
     * K_u 63, D 91.00, HTXSNV. The quota keeps everyone (all-rated, ratio 1), so that only the caps speak.
     */
    private static MonthInput unitMonth(Map<String, BigDecimal> generals, Map<String, Level> decided) {
        List<ProductFacts> an = onTime("an", 8);
        List<ProductFacts> binh = new ArrayList<>(onTime("binh", 1));
        binh.add(ProductFacts.of("binh-open", LocalDate.of(2026, 3, 27)));
        List<ProductFacts> unit = new ArrayList<>(an);
        unit.addAll(binh);
        OfficerInput chi = new OfficerInput("chi", Position.HEAD, Optional.of("u1"), "leaders",
                generals.getOrDefault("chi", dec("30")), BigDecimal.ZERO, false, unit,
                Optional.of(new LeaderInput(List.of("an", "binh"), List.of("u1"), Optional.of(100), Optional.empty())));
        return new MonthInput(MARCH, List.of(staff("an", generals.getOrDefault("an", dec("28")).toPlainString(), an),
                staff("binh", generals.getOrDefault("binh", dec("20")).toPlainString(), binh), chi),
                List.of(new UnitInput("u1", dec("28"), List.of(), unit)), Map.of(), decided);
    }

    private final MonthlyRating keepingEveryone = new MonthlyRating(new SettingsBuilder()
            .quotaBase(ScoringSettings.QuotaBase.ALL_RATED).quotaRatio(dec("1")).build(), WorkingDayCalendar.vietnam());

    @Test
    void aNewGBelowCompleteCapsTheUnitHalvesTheHeadsDAndTheHeadIsCappedByTheUnit() {
        MonthlyOutcome published = keepingEveryone.rate(unitMonth(Map.of(), Map.of()));
        assertThat(published.officer("binh").orElseThrow().level()).isEqualTo(Level.HTNV);
        assertThat(published.unit("u1").orElseThrow().level()).isEqualTo(Level.HTXSNV);
        OfficerResult chiBefore = published.officer("chi").orElseThrow();
        assertThat(chiBefore.score().orElseThrow().s()).isEqualByComparingTo("96.50");
        assertThat(chiBefore.level()).isEqualTo(Level.HTXSNV);

        // Bình's G 20 → 10: S 45.00, KHTNV
        PublishedAdjustment.Inputs inputs = PublishedAdjustment.inForce(List.of(
                new Entry("binh", Optional.of(dec("10")), Optional.empty())));
        MonthlyOutcome adjusted = keepingEveryone.rate(unitMonth(inputs.generals(), inputs.levels()));

        OfficerResult binh = adjusted.officer("binh").orElseThrow();
        assertThat(binh.score().orElseThrow().s()).isEqualByComparingTo("45.00");
        assertThat(binh.level()).isEqualTo(Level.KHTNV);
        UnitResult unit = adjusted.unit("u1").orElseThrow();
        assertThat(unit.score().orElseThrow().s()).as("D does not depend on G").isEqualByComparingTo("91.00");
        assertThat(unit.level()).isEqualTo(Level.HTTNV);
        assertThat(unit.cappedByMember()).isTrue();
        OfficerResult chi = adjusted.officer("chi").orElseThrow();
        assertThat(chi.score().orElseThrow().leaderCriteria().orElseThrow().unitResults()).isEqualByComparingTo("50");
        // K = 0.70 × (90 + 90 + 90 + 50 + 100 + 100) / 6 = 60.666…; S = 30 + 60.666… = 90.67
        assertThat(chi.score().orElseThrow().s()).isEqualByComparingTo("90.67");
        assertThat(chi.bandLevel()).isEqualTo(Level.HTXSNV);
        assertThat(chi.level()).isEqualTo(Level.HTTNV);
        assertThat(chi.adjustments()).containsExactly(OfficerResult.Adjustment.CAPPED_BY_UNIT);
        assertThat(adjusted.officer("an").orElseThrow().level()).isEqualTo(Level.HTXSNV);
    }

    @Test
    void aLevelDecidedByTheDirectorIsFinalAndTheUnitAndTheHeadFollowIt() {
        MonthlyOutcome adjusted = keepingEveryone.rate(unitMonth(Map.of(), Map.of("an", Level.KHTNV)));

        OfficerResult an = adjusted.officer("an").orElseThrow();
        assertThat(an.score().orElseThrow().s()).isEqualByComparingTo("98.00");
        assertThat(an.bandLevel()).isEqualTo(Level.HTXSNV);
        assertThat(an.level()).isEqualTo(Level.KHTNV);
        assertThat(an.adjustments()).containsExactly(OfficerResult.Adjustment.DIRECTOR_DECISION);
        assertThat(adjusted.unit("u1").orElseThrow().level()).isEqualTo(Level.HTTNV);
        OfficerResult chi = adjusted.officer("chi").orElseThrow();
        assertThat(chi.score().orElseThrow().s()).as("d reads S, not the level").isEqualByComparingTo("96.50");
        assertThat(chi.level()).isEqualTo(Level.HTTNV);

        // the head's own decided level is not capped by the unit
        MonthlyOutcome headDecided = keepingEveryone.rate(unitMonth(Map.of(),
                Map.of("an", Level.KHTNV, "chi", Level.HTXSNV)));
        assertThat(headDecided.officer("chi").orElseThrow().level()).isEqualTo(Level.HTXSNV);
        assertThat(headDecided.officer("chi").orElseThrow().adjustments())
                .containsExactly(OfficerResult.Adjustment.DIRECTOR_DECISION);
    }

    /** An 98, Bình 95 and four at 80, all staff, default quota: C = 2, H = 4, x = floor(6 / 6) = 1. */
    private static MonthInput staffMonth(Map<String, BigDecimal> generals, Map<String, Level> decided) {
        List<OfficerInput> officers = new ArrayList<>(List.of(
                staff("an", generals.getOrDefault("an", dec("28")).toPlainString(), onTime("an", 4)),
                staff("binh", "25", onTime("binh", 4))));
        IntStream.rangeClosed(1, 4).forEach(i -> officers.add(staff("c" + i, "10", onTime("c" + i, 1))));
        return new MonthInput(MARCH, officers, List.of(), Map.of(), decided);
    }

    @Test
    void theQuotaOfTheGroupFollowsANewG() {
        MonthlyRating rating = new MonthlyRating(ScoringSettings.defaults(), WorkingDayCalendar.vietnam());
        MonthlyOutcome published = rating.rate(staffMonth(Map.of(), Map.of()));
        assertThat(published.officer("an").orElseThrow().level()).isEqualTo(Level.HTXSNV);
        assertThat(published.officer("binh").orElseThrow().level()).isEqualTo(Level.HTTNV);

        // An's G 28 → 20: S 90.00, still HTXSNV by band but now below Bình, who keeps the one place
        MonthlyOutcome adjusted = rating.rate(staffMonth(Map.of("an", dec("20")), Map.of()));

        OfficerResult an = adjusted.officer("an").orElseThrow();
        assertThat(an.score().orElseThrow().s()).isEqualByComparingTo("90.00");
        assertThat(an.level()).isEqualTo(Level.HTTNV);
        assertThat(an.adjustments()).containsExactly(OfficerResult.Adjustment.QUOTA);
        assertThat(adjusted.officer("binh").orElseThrow().level()).isEqualTo(Level.HTXSNV);
        assertThat(adjusted.quotas().get(1).kept()).containsExactly("binh");
    }

    @Test
    void anOfficerDecidedHtxsnvTakesAPlaceOfTheQuotaFirst() {
        MonthlyRating rating = new MonthlyRating(ScoringSettings.defaults(), WorkingDayCalendar.vietnam());

        MonthlyOutcome adjusted = rating.rate(staffMonth(Map.of("an", dec("20")), Map.of("an", Level.HTXSNV)));

        assertThat(adjusted.officer("an").orElseThrow().level()).isEqualTo(Level.HTXSNV);
        assertThat(adjusted.officer("binh").orElseThrow().level()).isEqualTo(Level.HTTNV);
        QuotaResult staff = adjusted.quotas().get(1);
        assertThat(staff.allowed()).isEqualTo(1);
        assertThat(staff.kept()).containsExactly("an");
        assertThat(staff.demoted()).containsExactly("binh");
    }

    @Test
    void decidedOfficersKeepHtxsnvEvenBeyondTheAllowedNumber() {
        Quota quota = new Quota(ScoringSettings.defaults());
        List<QuotaCandidate> candidates = new ArrayList<>(List.of(
                new QuotaCandidate("a", Level.HTXSNV, dec("91"), dec("61"), dec("100"), dec("100"), 0),
                new QuotaCandidate("b", Level.HTXSNV, dec("92"), dec("62"), dec("100"), dec("100"), 0),
                new QuotaCandidate("c", Level.HTXSNV, dec("99"), dec("69"), dec("100"), dec("100"), 0)));
        IntStream.rangeClosed(1, 4).forEach(i -> candidates.add(
                new QuotaCandidate("h" + i, Level.HTTNV, dec("80"), dec("60"), dec("100"), dec("100"), 0)));

        QuotaResult result = quota.apply("staff", candidates, Optional.empty(), java.util.Set.of("a", "b"));

        // x = floor(7 / 6) = 1, held by the two decided ones: the best of the others is lowered
        assertThat(result.allowed()).isEqualTo(1);
        assertThat(result.kept()).containsExactly("b", "a");
        assertThat(result.demoted()).containsExactly("c");
    }

    @Test
    void theLatestGAndTheLatestLevelOfEachOfficerAreInForce() {
        PublishedAdjustment.Inputs inputs = PublishedAdjustment.inForce(List.of(
                new Entry("an", Optional.of(dec("20")), Optional.empty()),
                new Entry("an", Optional.empty(), Optional.of(Level.HTXSNV)),
                new Entry("binh", Optional.of(dec("12")), Optional.of(Level.HTNV)),
                new Entry("an", Optional.of(dec("22.5")), Optional.empty())));

        assertThat(inputs.generals()).containsExactlyInAnyOrderEntriesOf(Map.of("an", dec("22.5"), "binh", dec("12")));
        // a later adjustment of G alone leaves the decided level standing
        assertThat(inputs.levels()).containsExactlyInAnyOrderEntriesOf(Map.of("an", Level.HTXSNV, "binh", Level.HTNV));
    }

    @Test
    void anAdjustmentOfNothing_aDecisionForAnUnknownOfficer_orOutsideTheBands_areRefused() {
        assertThatThrownBy(() -> new Entry("an", Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        MonthlyRating rating = new MonthlyRating(ScoringSettings.defaults(), WorkingDayCalendar.vietnam());
        assertThatThrownBy(() -> rating.rate(staffMonth(Map.of(), Map.of("nobody", Level.HTNV))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nobody");
        assertThatThrownBy(() -> rating.rate(staffMonth(Map.of(), Map.of("an", Level.NO_TASK_DATA))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("an");
    }
}
