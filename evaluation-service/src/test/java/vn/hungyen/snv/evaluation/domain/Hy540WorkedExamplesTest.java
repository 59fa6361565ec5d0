package vn.hungyen.snv.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.snv.evaluation.domain.Fixtures.all;
import static vn.hungyen.snv.evaluation.domain.Fixtures.at10;
import static vn.hungyen.snv.evaluation.domain.Fixtures.dec;
import static vn.hungyen.snv.evaluation.domain.Fixtures.done;
import static vn.hungyen.snv.evaluation.domain.Fixtures.unfinished;
import static vn.hungyen.snv.evaluation.domain.Fixtures.weighted;

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

/** The worked examples of scoring-hy540 §11, one test each, and the settings that change them. */
class Hy540WorkedExamplesTest {

    private static final ScoringSettings DEFAULTS = ScoringSettings.defaults();
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private record Rated(Score score, Level level) {
    }

    private static Rated rateStaff(ScoringSettings settings, String general, List<ProductResult> products,
                                   boolean forced) {
        ScoreCalculator calculator = new ScoreCalculator(settings);
        LevelRules levels = new LevelRules(settings);
        Score score = calculator.score(dec(general), calculator.criteria(products).orElseThrow());
        return new Rated(score, levels.applyForcing(levels.band(score.s()), forced));
    }

    private static Rated rateStaff(String general, List<ProductResult> products) {
        return rateStaff(DEFAULTS, general, products, false);
    }

    private static void assertCriteria(Score score, String a, String b, String c) {
        assertThat(score.a()).isEqualByComparingTo(a);
        assertThat(score.b()).isEqualByComparingTo(b);
        assertThat(score.c()).isEqualByComparingTo(c);
    }

    @Test
    void e1_tenProductsOnTime_isHTXSNVBeforeQuota() {
        Rated rated = rateStaff("28", done("p", 10));

        assertCriteria(rated.score(), "100", "100", "100");
        assertThat(rated.score().k()).isEqualByComparingTo("70.00");
        assertThat(rated.score().s()).isEqualTo(dec("98.00"));
        assertThat(rated.level()).isEqualTo(Level.HTXSNV);
    }

    @Test
    void e2_oneProductLateOnce_isHTXSNV() {
        Rated rated = rateStaff("27", all(done("p", 9), List.of(done("late", 1, 0))));

        assertCriteria(rated.score(), "100", "100", "97.50");
        assertThat(at10(rated.score().k())).isEqualByComparingTo("69.4166666667");
        assertThat(rated.score().s()).isEqualTo(dec("96.42"));
        assertThat(rated.level()).isEqualTo(Level.HTXSNV);
    }

    @Test
    void e3_oneReturnedOneUnfinished_isHTTNV() {
        Rated rated = rateStaff("25", all(done("p", 6), List.of(done("returned", 0, 1)), unfinished("f", 1)));

        assertCriteria(rated.score(), "87.50", "84.375", "87.50");
        assertThat(at10(rated.score().k())).isEqualByComparingTo("60.5208333333");
        assertThat(rated.score().s()).isEqualTo(dec("85.52"));
        assertThat(rated.level()).isEqualTo(Level.HTTNV);
    }

    @Test
    void e4_heavyProductLateTwice_isHTTNV() {
        Rated rated = rateStaff("26", all(List.of(weighted("heavy", "3", 2, 0)), done("p", 2)));

        assertCriteria(rated.score(), "100", "100", "70.00");
        assertThat(rated.score().k()).isEqualByComparingTo("63.00");
        assertThat(rated.score().s()).isEqualTo(dec("89.00"));
        assertThat(rated.level()).isEqualTo(Level.HTTNV);
    }

    @Test
    void e5_scoreOfExactlyNinety_isHTXSNV() {
        Rated rated = rateStaff("20", done("p", 5));

        assertCriteria(rated.score(), "100", "100", "100");
        assertThat(rated.score().k()).isEqualByComparingTo("70.00");
        assertThat(rated.score().s()).isEqualTo(dec("90.00"));
        assertThat(rated.level()).isEqualTo(Level.HTXSNV);
    }

    @Test
    void e6_lateOnceReturnedTwice_roundsHalfUpTo89_63_isHTTNV() {
        Rated rated = rateStaff("24", all(done("p", 3), List.of(done("bad", 1, 2))));

        assertCriteria(rated.score(), "100", "87.50", "93.75");
        assertThat(rated.score().k()).isEqualByComparingTo("65.625");
        assertThat(rated.score().s()).isEqualTo(dec("89.63"));
        assertThat(rated.level()).isEqualTo(Level.HTTNV);
    }

    @Test
    void e7_reprimandTakingEffect_forcesKHTNV() {
        Rated rated = rateStaff(DEFAULTS, "25", done("p", 6), true);

        assertCriteria(rated.score(), "100", "100", "100");
        assertThat(rated.score().k()).isEqualByComparingTo("70.00");
        assertThat(rated.score().s()).isEqualTo(dec("95.00"));
        assertThat(rated.level()).isEqualTo(Level.KHTNV);
    }

    @Test
    void e8_threeOfFourUnfinished_isKHTNV() {
        Rated rated = rateStaff("22", all(done("p", 1), unfinished("f", 3)));

        assertCriteria(rated.score(), "25", "25", "25");
        assertThat(rated.score().k()).isEqualByComparingTo("17.50");
        assertThat(rated.score().s()).isEqualTo(dec("39.50"));
        assertThat(rated.level()).isEqualTo(Level.KHTNV);
    }

    @Test
    void e9_lateAfterTheFirstDueDateWithObjectiveCause_isNotLate() {
        List<ProductFacts> facts = new ArrayList<>(onTimeFacts(9));
        facts.add(new ProductFacts("extended", LocalDate.of(2026, 3, 10), BigDecimal.ONE, false,
                List.of(new DueDateChange(LocalDate.of(2026, 3, 20), true)),
                List.of(Submission.accepted(LocalDate.of(2026, 3, 15))), false));

        Rated rated = rateStaff("27", new ProductAttribution(DEFAULTS).productsOfMonth(facts, MARCH));

        assertCriteria(rated.score(), "100", "100", "100");
        assertThat(rated.score().k()).isEqualByComparingTo("70.00");
        assertThat(rated.score().s()).isEqualTo(dec("97.00"));
        assertThat(rated.level()).isEqualTo(Level.HTXSNV);
    }

    @Test
    void e10_dueOn28MarchSubmittedOn3AprilWithoutGrace_earnsNothing() {
        List<ProductResult> products = new ProductAttribution(DEFAULTS).productsOfMonth(e10Facts(), MARCH);

        Rated rated = rateStaff("27", products);

        assertThat(products).hasSize(5).filteredOn(ProductResult::completed).hasSize(4);
        assertCriteria(rated.score(), "80", "80", "80");
        assertThat(rated.score().k()).isEqualByComparingTo("56.00");
        assertThat(rated.score().s()).isEqualTo(dec("83.00"));
        assertThat(rated.level()).isEqualTo(Level.HTTNV);
    }

    @Test
    void e11_sameAsE10WithFiveGraceDays_countsTheLateProduct_isHTXSNV() {
        ScoringSettings grace = new SettingsBuilder().graceDays(5).build();
        List<ProductResult> products = new ProductAttribution(grace).productsOfMonth(e10Facts(), MARCH);

        Rated rated = rateStaff(grace, "27", products, false);

        assertThat(products).filteredOn(p -> p.productId().equals("late"))
                .singleElement()
                .satisfies(late -> {
                    assertThat(late.completed()).isTrue();
                    assertThat(late.lateEvents()).isEqualTo(1);
                });
        assertCriteria(rated.score(), "100", "100", "95");
        assertThat(at10(rated.score().k())).isEqualByComparingTo("68.8333333333");
        assertThat(rated.score().s()).isEqualTo(dec("95.83"));
        assertThat(rated.level()).isEqualTo(Level.HTXSNV);
    }

    @Test
    void e12_headWithEveryCriterionFull_isCappedByUnitAtHTTNV() {
        ScoreCalculator calculator = new ScoreCalculator(DEFAULTS);
        LevelRules levels = new LevelRules(DEFAULTS);
        BigDecimal full = dec("100");

        Score score = calculator.leaderScore(dec("29"), calculator.criteria(done("p", 4)).orElseThrow(),
                new LeaderCriteria(full, full, full));
        Level band = levels.band(score.s());

        assertCriteria(score, "100", "100", "100");
        assertThat(score.k()).isEqualByComparingTo("70.00");
        assertThat(score.s()).isEqualTo(dec("99.00"));
        assertThat(band).isEqualTo(Level.HTXSNV);
        assertThat(levels.capByUnit(band, Position.HEAD, Level.HTTNV)).isEqualTo(Level.HTTNV);
    }

    @Test
    void e13_quotaOnTenStaff_keepsOnlyTheBestAtHTXSNV() {
        QuotaResult result = new Quota(DEFAULTS).apply("staff", e13Candidates(), Optional.empty());

        assertThat(result.excellent()).isEqualTo(4);
        assertThat(result.good()).isEqualTo(5);
        assertThat(result.allowed()).isEqualTo(1);
        assertThat(result.kept()).containsExactly("s96");
        assertThat(result.demoted()).containsExactly("s95", "s93", "s91");
    }

    @Test
    void e14_quotaOnFourStaff_keepsNoHTXSNV() {
        List<QuotaCandidate> candidates = List.of(candidate("95"), candidate("92"), candidate("85"), candidate("60"));

        QuotaResult result = new Quota(DEFAULTS).apply("staff", candidates, Optional.empty());

        assertThat(result.allowed()).isZero();
        assertThat(result.kept()).isEmpty();
        assertThat(result.demoted()).containsExactly("s95", "s92");
    }

    @Test
    void e15_quarterIsTheMeanOfItsMonths_isHTTNV() {
        PeriodResult quarter = new PeriodRollUp(DEFAULTS).rollUp(List.of(
                MonthRecord.scored(YearMonth.of(2026, 1), dec("92.50")),
                MonthRecord.scored(YearMonth.of(2026, 2), dec("88.00")),
                MonthRecord.scored(YearMonth.of(2026, 3), dec("71.00"))));

        assertThat(quarter.score()).contains(dec("83.83"));
        assertThat(quarter.level()).isEqualTo(Level.HTTNV);
        assertThat(quarter.monthsEvaluated()).isEqualTo(3);
    }

    @Test
    void e16_noProductDue_isNoTaskData() {
        MonthInput input = new MonthInput(MARCH,
                List.of(OfficerInput.staff("officer", "unit", "staff", dec("28"), List.of())),
                List.of(), Map.of());

        OfficerResult result = new MonthlyRating(DEFAULTS, WorkingDayCalendar.vietnam()).rate(input).officer("officer").orElseThrow();

        assertThat(new ScoreCalculator(DEFAULTS).criteria(List.of())).isEmpty();
        assertThat(result.score()).isEmpty();
        assertThat(result.level()).isEqualTo(Level.NO_TASK_DATA);
    }

    @Test
    void zeroCreditForLateProducts_onE2Inputs_dropsTimelinessTo90() {
        ScoringSettings zeroCredit = new SettingsBuilder().lateMode(ScoringSettings.LateMode.ZERO_CREDIT).build();

        Rated rated = rateStaff(zeroCredit, "27", all(done("p", 9), List.of(done("late", 1, 0))), false);

        assertCriteria(rated.score(), "100", "100", "90");
        assertThat(at10(rated.score().k())).isEqualByComparingTo("67.6666666667");
        assertThat(rated.score().s()).isEqualTo(dec("94.67"));
        assertThat(rated.level()).isEqualTo(Level.HTXSNV);
    }

    @Test
    void quotaRatioOfThirtyPercent_onE13Inputs_keepsTwo() {
        Quota quota = new Quota(new SettingsBuilder().quotaRatio(dec("0.30")).build());

        QuotaResult result = quota.apply("staff", e13Candidates(), Optional.empty());

        assertThat(result.allowed()).isEqualTo(2);
        assertThat(result.kept()).containsExactly("s96", "s95");
        assertThat(result.demoted()).containsExactly("s93", "s91");
    }

    private static List<ProductFacts> onTimeFacts(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> ProductFacts.of("p" + i, LocalDate.of(2026, 3, i + 1),
                        Submission.accepted(LocalDate.of(2026, 3, i + 1))))
                .toList();
    }

    private static List<ProductFacts> e10Facts() {
        List<ProductFacts> facts = new ArrayList<>(onTimeFacts(4));
        facts.add(ProductFacts.of("late", LocalDate.of(2026, 3, 28), Submission.accepted(LocalDate.of(2026, 4, 3))));
        return facts;
    }

    private static List<QuotaCandidate> e13Candidates() {
        return List.of("96", "95", "93", "91", "88", "85", "80", "78", "72", "65").stream()
                .map(Hy540WorkedExamplesTest::candidate)
                .toList();
    }

    private static QuotaCandidate candidate(String s) {
        BigDecimal score = dec(s);
        return new QuotaCandidate("s" + s, new LevelRules(DEFAULTS).band(score), score, dec("60"), dec("90"),
                dec("90"), 0);
    }
}
