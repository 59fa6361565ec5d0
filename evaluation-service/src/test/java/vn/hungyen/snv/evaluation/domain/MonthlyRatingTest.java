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

/** A whole month of one unit through the facade: staff → units → leaders → quotas (scoring-hy540 §7). */
class MonthlyRatingTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private final MonthlyRating rating = new MonthlyRating(ScoringSettings.defaults(), WorkingDayCalendar.vietnam());

    private static List<ProductFacts> onTime(String officer, int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> ProductFacts.of(officer + "-" + i, LocalDate.of(2026, 3, 10 + i),
                        Submission.accepted(LocalDate.of(2026, 3, 10 + i))))
                .toList();
    }

    private static ProductFacts lateOnce(String id) {
        return ProductFacts.of(id, LocalDate.of(2026, 3, 10), Submission.accepted(LocalDate.of(2026, 3, 12)));
    }

    private static OfficerInput staff(String id, String general, boolean forced, List<ProductFacts> products) {
        return new OfficerInput(id, Position.STAFF, Optional.of("u1"), "staff", dec(general), BigDecimal.ZERO,
                forced, products, Optional.empty());
    }

    private static OfficerInput head(List<ProductFacts> products, List<String> subordinates,
                                     Optional<Integer> organisingChoice) {
        return new OfficerInput("chi", Position.HEAD, Optional.of("u1"), "leaders", dec("29"), BigDecimal.ZERO, false,
                products, Optional.of(new LeaderInput(subordinates, List.of("u1"), organisingChoice, Optional.empty())));
    }

    private static List<ProductFacts> concat(List<ProductFacts> first, List<ProductFacts> second) {
        List<ProductFacts> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static UnitInput unit() {
        return new UnitInput("u1", dec("28"), List.of(), List.of());
    }

    @Test
    void forcedMember_capsTheUnit_whichCapsTheHead_andTheQuotaDemotesTheBestStaff() {
        List<ProductFacts> an = onTime("an", 4);
        List<ProductFacts> binh = onTime("binh", 4);
        List<ProductFacts> headProducts = concat(concat(onTime("chi", 1), an), binh);
        MonthInput input = new MonthInput(MARCH,
                List.of(staff("an", "28", false, an), staff("binh", "25", true, binh),
                        head(headProducts, List.of("an", "binh"), Optional.empty())),
                List.of(unit()), Map.of());

        MonthlyOutcome outcome = rating.rate(input);

        OfficerResult anResult = outcome.officer("an").orElseThrow();
        assertThat(anResult.score().orElseThrow().s()).isEqualTo(dec("98.00"));
        assertThat(anResult.bandLevel()).isEqualTo(Level.HTXSNV);
        assertThat(anResult.level()).isEqualTo(Level.HTTNV);
        assertThat(anResult.adjustments()).containsExactly(OfficerResult.Adjustment.QUOTA);

        OfficerResult binhResult = outcome.officer("binh").orElseThrow();
        assertThat(binhResult.level()).isEqualTo(Level.KHTNV);
        assertThat(binhResult.adjustments()).containsExactly(OfficerResult.Adjustment.FORCED);

        UnitResult unit = outcome.unit("u1").orElseThrow();
        assertThat(unit.products()).hasSize(9);
        assertThat(unit.score().orElseThrow().s()).isEqualTo(dec("98.00"));
        assertThat(unit.bandLevel()).isEqualTo(Level.HTXSNV);
        assertThat(unit.level()).isEqualTo(Level.HTTNV);
        assertThat(unit.cappedByMember()).isTrue();

        OfficerResult chi = outcome.officer("chi").orElseThrow();
        Score chiScore = chi.score().orElseThrow();
        assertThat(chiScore.leaderCriteria()).contains(new LeaderCriteria(dec("100"), dec("100"), dec("100")));
        assertThat(chiScore.s()).isEqualTo(dec("99.00"));
        assertThat(chi.organising().orElseThrow().basis()).isEqualTo(OrganisingAssessment.Basis.CLEAN_RECORD);
        assertThat(chi.level()).isEqualTo(Level.HTTNV);
        assertThat(chi.adjustments()).containsExactly(OfficerResult.Adjustment.CAPPED_BY_UNIT);

        assertThat(outcome.quotas()).extracting(QuotaResult::group).containsExactly("leaders", "staff", "contract");
        assertThat(outcome.quotas().get(1).demoted()).containsExactly("an");
    }

    @Test
    void leadersOfTheSameUnits_shareTheirOrganisingAssessment_andOthersGetTheirUnitsOwn() {
        List<ProductFacts> an = onTime("an", 4);
        List<ProductFacts> binh = concat(onTime("binh", 9), List.of(lateOnce("binh-late")));
        OfficerInput anStaff = staff("an", "28", false, an);
        OfficerInput binhStaff = new OfficerInput("binh", Position.STAFF, Optional.of("u2"), "staff", dec("28"),
                BigDecimal.ZERO, false, binh, Optional.empty());
        MonthInput input = new MonthInput(MARCH,
                List.of(anStaff, binhStaff, head(an, List.of("an"), Optional.empty()),
                        leader("dung", Position.DEPUTY_HEAD, "u1", an, List.of("an"), List.of("u1")),
                        leader("em", Position.HEAD, "u2", binh, List.of("binh"), List.of("u2")),
                        leader("giang", Position.DEPUTY_DIRECTOR, null, List.of(), List.of("chi", "em"),
                                List.of("u1", "u2"))),
                List.of(unit(), new UnitInput("u2", dec("28"), List.of(), List.of())), Map.of());

        MonthlyOutcome outcome = rating.rate(input);

        assertThat(List.of("chi", "dung")).allSatisfy(id -> assertThat(outcome.officer(id).orElseThrow().organising()
                .orElseThrow().basis()).isEqualTo(OrganisingAssessment.Basis.CLEAN_RECORD));
        // u2 has a late product: neither clean nor below c = 80, for u2 alone as with u1 beside it
        assertThat(outcome.awaitingOrganisingChoice()).containsOnlyKeys("em", "giang");
        assertThat(outcome.awaitingOrganisingChoice().values()).extracting(OrganisingAssessment::basis)
                .containsOnly(OrganisingAssessment.Basis.APPROVER_CHOICE);
    }

    private static OfficerInput leader(String id, Position position, String unitId, List<ProductFacts> products,
                                       List<String> subordinates, List<String> units) {
        return new OfficerInput(id, position, Optional.ofNullable(unitId), "leaders", dec("29"), BigDecimal.ZERO,
                false, products, Optional.of(new LeaderInput(subordinates, units, Optional.empty(), Optional.empty())));
    }

    @Test
    void headOfAUnitWithAnOfficerBelowFifty_getsHalfUnitResults() {
        List<ProductFacts> an = onTime("an", 1);
        List<ProductFacts> binh = List.of(ProductFacts.of("binh-1", LocalDate.of(2026, 3, 10)));
        MonthInput input = new MonthInput(MARCH,
                List.of(staff("an", "28", false, an), staff("binh", "20", false, binh),
                        head(concat(an, binh), List.of("an", "binh"), Optional.empty())),
                List.of(unit()), Map.of());

        MonthlyOutcome outcome = rating.rate(input);

        assertThat(outcome.officer("binh").orElseThrow().level()).isEqualTo(Level.KHTNV);
        Score chi = outcome.officer("chi").orElseThrow().score().orElseThrow();
        assertThat(chi.leaderCriteria().orElseThrow().unitResults()).isEqualByComparingTo("50");
        // half the unit's products are open at the cut-off: c = 50 < 80
        assertThat(chi.leaderCriteria().orElseThrow().organising()).isEqualByComparingTo("50");
    }

    @Test
    void organisingLeftToTheApprover_setsTheLeaderAsideUntilChosen() {
        List<ProductFacts> an = concat(onTime("an", 9), List.of(lateOnce("an-late")));
        MonthInput withoutChoice = new MonthInput(MARCH,
                List.of(staff("an", "27", false, an), head(an, List.of("an"), Optional.empty())),
                List.of(unit()), Map.of());
        MonthInput withChoice = new MonthInput(MARCH,
                List.of(staff("an", "27", false, an), head(an, List.of("an"), Optional.of(75))),
                List.of(unit()), Map.of());

        MonthlyOutcome awaiting = rating.rate(withoutChoice);
        assertThat(awaiting.awaitingOrganisingChoice()).containsOnlyKeys("chi");
        assertThat(awaiting.awaitingOrganisingChoice().get("chi").basis())
                .isEqualTo(OrganisingAssessment.Basis.APPROVER_CHOICE);
        assertThat(awaiting.officer("chi")).isEmpty();
        assertThat(awaiting.officer("an").orElseThrow().score()).isPresent();
        assertThat(rating.rate(withChoice).awaitingOrganisingChoice()).isEmpty();
        Score chi = rating.rate(withChoice).officer("chi").orElseThrow().score().orElseThrow();
        assertThat(chi.leaderCriteria().orElseThrow().organising()).isEqualByComparingTo("75");
    }

    @Test
    void aUnitTaskOpenAndOverdueForLongAtTheCutOff_halvesItsHeadsOrganising() {
        List<ProductFacts> an = onTime("an", 3);
        ProductFacts forgotten = ProductFacts.of("u1-feb", LocalDate.of(2026, 2, 2));
        MonthInput input = new MonthInput(MARCH,
                List.of(staff("an", "27", false, an), head(an, List.of("an"), Optional.empty())),
                List.of(new UnitInput("u1", dec("28"), List.of(), List.of(forgotten))), Map.of());

        OfficerResult chi = rating.rate(input).officer("chi").orElseThrow();

        assertThat(chi.organising().orElseThrow().basis()).isEqualTo(OrganisingAssessment.Basis.PROLONGED_OVERDUE);
        assertThat(chi.score().orElseThrow().leaderCriteria().orElseThrow().organising()).isEqualByComparingTo("50");
    }

    @Test
    void eachCountedProductCarriesItsAttributionAndWhatItEarnsAlone() {
        MonthInput input = new MonthInput(MARCH, List.of(staff("an", "27", false, List.of(lateOnce("an-late")))),
                List.of(unit()), Map.of());

        OfficerResult an = rating.rate(input).officer("an").orElseThrow();

        CountedProduct late = an.counted().get(0);
        assertThat(late.attribution().effectiveDueDate()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(late.attribution().acceptedOn()).contains(LocalDate.of(2026, 3, 12));
        assertThat(late.result().lateEvents()).isEqualTo(1);
        TaskCriteria credits = new ScoreCalculator(ScoringSettings.defaults()).credits(late.result()).orElseThrow();
        assertThat(credits.a()).isEqualByComparingTo("100");
        assertThat(credits.c()).isLessThan(dec("100")).isEqualByComparingTo(an.score().orElseThrow().c());
    }

    @Test
    void aProductOfTwoOfficersCountsOnceInTheirUnit_andOneIdGivenWithOtherFactsIsRefused() {
        List<ProductFacts> shared = onTime("shared", 1);
        MonthInput input = new MonthInput(MARCH, List.of(staff("an", "27", false, concat(onTime("an", 1), shared)),
                staff("binh", "27", false, shared)), List.of(unit()), Map.of());

        UnitResult unit = rating.rate(input).unit("u1").orElseThrow();

        assertThat(unit.products()).extracting(ProductResult::productId).containsExactly("an-1", "shared-1");

        MonthInput disagreeing = new MonthInput(MARCH, List.of(staff("an", "27", false, onTime("x", 1)),
                staff("binh", "27", false, List.of(lateOnce("x-1")))), List.of(unit()), Map.of());
        assertThatThrownBy(() -> rating.rate(disagreeing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x-1");
    }

    @Test
    void thePositionOfAUnitMember() {
        assertThat(Position.ofUnitMember(true, true)).isEqualTo(Position.HEAD);
        assertThat(Position.ofUnitMember(true, false)).isEqualTo(Position.HEAD);
        assertThat(Position.ofUnitMember(false, true)).isEqualTo(Position.DEPUTY_HEAD);
        assertThat(Position.ofUnitMember(false, false)).isEqualTo(Position.STAFF);
    }

    @Test
    void deputyDirector_readsTheScoresOfTheHeadsUnderThem() {
        List<ProductFacts> an = onTime("an", 2);
        OfficerInput deputyDirector = new OfficerInput("dung", Position.DEPUTY_DIRECTOR, Optional.empty(), "leaders",
                dec("28"), BigDecimal.ZERO, false, an,
                Optional.of(new LeaderInput(List.of("chi"), List.of("u1"), Optional.empty(), Optional.empty())));
        MonthInput input = new MonthInput(MARCH,
                List.of(deputyDirector, staff("an", "28", false, an), head(an, List.of("an"), Optional.empty())),
                List.of(unit()), Map.of());

        MonthlyOutcome outcome = rating.rate(input);

        assertThat(outcome.officers()).extracting(OfficerResult::officerId).containsExactly("dung", "an", "chi");
        assertThat(outcome.officer("dung").orElseThrow().score().orElseThrow().leaderCriteria().orElseThrow()
                .unitResults()).isEqualByComparingTo("100");
    }

    @Test
    void subordinateOfTheSamePosition_isRejected() {
        OfficerInput otherHead = new OfficerInput("giang", Position.HEAD, Optional.of("u2"), "leaders", dec("28"),
                BigDecimal.ZERO, false, List.of(),
                Optional.of(new LeaderInput(List.of(), List.of(), Optional.empty(), Optional.empty())));
        MonthInput input = new MonthInput(MARCH,
                List.of(otherHead, head(List.of(), List.of("giang"), Optional.empty())), List.of(unit()), Map.of());

        assertThatThrownBy(() -> rating.rate(input)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("giang");
    }

    @Test
    void unknownQuotaGroup_isRejected() {
        MonthInput input = new MonthInput(MARCH,
                List.of(OfficerInput.staff("an", "u1", "interns", dec("28"), List.of())), List.of(), Map.of());

        assertThatThrownBy(() -> rating.rate(input)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("interns");
    }

    @Test
    void directorsExceptionRatio_replacesQuotaRatioForItsGroup() {
        List<OfficerInput> officers = List.of(staff("an", "28", false, onTime("an", 2)),
                staff("binh", "27", false, onTime("binh", 2)), staff("cuong", "15", false, onTime("cuong", 2)));

        MonthlyOutcome byDefault = rating.rate(new MonthInput(MARCH, officers, List.of(), Map.of()));
        MonthlyOutcome withException = rating.rate(new MonthInput(MARCH, officers, List.of(),
                Map.of("staff", dec("1.00"))));

        assertThat(byDefault.officers()).extracting(OfficerResult::level)
                .containsExactly(Level.HTTNV, Level.HTTNV, Level.HTTNV);
        assertThat(withException.officers()).extracting(OfficerResult::level)
                .containsExactly(Level.HTXSNV, Level.HTTNV, Level.HTTNV);
        assertThat(withException.quotas().get(1).ratio()).isEqualByComparingTo("1.00");
    }
}
