package vn.hungyen.snv.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.calendar.WorkingDayCalendar;

/** Which products belong to a month and how they count (scoring-hy540 §2). */
class ProductAttributionTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final LocalDate DUE = LocalDate.of(2026, 3, 10);

    private final ProductAttribution attribution = new ProductAttribution(ScoringSettings.defaults());

    private static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    private static ProductFacts extended(List<DueDateChange> changes, Submission... submissions) {
        return new ProductFacts("p", DUE, BigDecimal.ONE, false, changes, List.of(submissions), false);
    }

    @Test
    void acceptedOnTheDueDate_isCompletedAndNotLate() {
        Attribution result = attribution.attribute(ProductFacts.of("p", DUE, Submission.accepted(DUE)), MARCH);

        assertThat(result.belongsToMonth()).isTrue();
        assertThat(result.completed()).isTrue();
        assertThat(result.lateEvents()).isZero();
        assertThat(result.qualityReturns()).isZero();
    }

    @Test
    void acceptedAfterTheDueDate_isOneLateEvent() {
        Attribution result = attribution.attribute(ProductFacts.of("p", DUE, Submission.accepted(march(12))), MARCH);

        assertThat(result.lateEvents()).isEqualTo(1);
    }

    @Test
    void submittedOnTimeButReviewedLater_isNotLate() {
        Attribution result = attribution.attribute(ProductFacts.of("p", march(31), Submission.accepted(march(31))),
                MARCH);

        assertThat(result.completed()).isTrue();
        assertThat(result.lateEvents()).isZero();
    }

    @Test
    void objectiveCauseExtension_movesTheDueDate_andCountsNoLateEvent() {
        Attribution result = attribution.attribute(
                extended(List.of(new DueDateChange(march(20), true)), Submission.accepted(march(18))), MARCH);

        assertThat(result.effectiveDueDate()).isEqualTo(march(20));
        assertThat(result.lateEvents()).isZero();
    }

    @Test
    void objectiveCauseExtensionIntoApril_movesTheProductToApril() {
        ProductFacts product = extended(List.of(new DueDateChange(LocalDate.of(2026, 4, 6), true)),
                Submission.accepted(LocalDate.of(2026, 4, 3)));

        assertThat(attribution.attribute(product, MARCH).belongsToMonth()).isFalse();
        assertThat(attribution.belongsTo(product, MARCH)).isFalse();
        Attribution april = attribution.attribute(product, YearMonth.of(2026, 4));
        assertThat(april.belongsToMonth()).isTrue();
        assertThat(attribution.belongsTo(product, YearMonth.of(2026, 4))).isTrue();
        assertThat(april.completed()).isTrue();
        assertThat(april.lateEvents()).isZero();
    }

    @Test
    void nonObjectiveExtension_keepsTheOriginalDueDate_soMeetingTheNewDeadlineIsStillOneLateEvent() {
        Attribution result = attribution.attribute(
                extended(List.of(new DueDateChange(march(20), false)), Submission.accepted(march(18))), MARCH);

        assertThat(result.effectiveDueDate()).isEqualTo(DUE);
        assertThat(result.lateEvents()).isEqualTo(1);
    }

    @Test
    void missingTheReSetDeadlineToo_addsASecondLateEvent() {
        Attribution result = attribution.attribute(
                extended(List.of(new DueDateChange(march(20), false)), Submission.accepted(march(21))), MARCH);

        assertThat(result.lateEvents()).isEqualTo(2);
    }

    @Test
    void everyFurtherMissedReSetDeadline_addsOne() {
        Attribution result = attribution.attribute(
                extended(List.of(new DueDateChange(march(15), false), new DueDateChange(march(20), false)),
                        Submission.accepted(march(25))),
                MARCH);

        assertThat(result.lateEvents()).isEqualTo(3);
    }

    @Test
    void submittedBeforeTheOriginalDueDate_isNotLateWhateverTheExtensions() {
        Attribution result = attribution.attribute(
                extended(List.of(new DueDateChange(march(20), false)), Submission.accepted(march(9))), MARCH);

        assertThat(result.lateEvents()).isZero();
    }

    @Test
    void objectiveExtensionAfterANonObjectiveOne_supersedesTheReSetDeadline() {
        Attribution result = attribution.attribute(
                extended(List.of(new DueDateChange(march(15), false), new DueDateChange(march(25), true)),
                        Submission.accepted(march(27))),
                MARCH);

        assertThat(result.effectiveDueDate()).isEqualTo(march(25));
        assertThat(result.lateEvents()).isEqualTo(1);
    }

    @Test
    void majorErrorReturn_counts() {
        Attribution result = attribution.attribute(ProductFacts.of("p", DUE,
                Submission.returnedForMajorError(march(5)), Submission.accepted(march(8))), MARCH);

        assertThat(result.qualityReturns()).isEqualTo(1);
    }

    @Test
    void minorReturn_isNotCounted() {
        Submission minor = new Submission(march(5), Submission.Verdict.RETURNED, false, false);

        Attribution result = attribution.attribute(ProductFacts.of("p", DUE, minor, Submission.accepted(march(8))),
                MARCH);

        assertThat(result.qualityReturns()).isZero();
    }

    @Test
    void returnWithConfirmedObjectiveCause_isNotCounted() {
        Submission excused = new Submission(march(5), Submission.Verdict.RETURNED, true, true);

        Attribution result = attribution.attribute(ProductFacts.of("p", DUE, excused, Submission.accepted(march(8))),
                MARCH);

        assertThat(result.qualityReturns()).isZero();
    }

    @Test
    void exemptProduct_countsNeitherItsLateEventsNorItsReturns() {
        ProductFacts product = extended(List.of(new DueDateChange(march(15), false)),
                Submission.returnedForMajorError(march(9)), Submission.returnedForMajorError(march(14)),
                Submission.accepted(march(18)));
        assertThat(attribution.attribute(product, MARCH).lateEvents()).isEqualTo(2);
        assertThat(attribution.attribute(product, MARCH).qualityReturns()).isEqualTo(2);

        Attribution exempt = attribution.attribute(product.exempted(), MARCH);

        assertThat(exempt.exempt()).isTrue();
        assertThat(exempt.belongsToMonth()).isTrue();
        assertThat(exempt.completed()).isTrue();
        assertThat(exempt.acceptedOn()).contains(march(18));
        assertThat(exempt.lateEvents()).isZero();
        assertThat(exempt.qualityReturns()).isZero();
    }

    @Test
    void exemptProductNotCompleted_stillEarnsNothing() {
        ProductFacts product = ProductFacts.of("p", DUE, Submission.returnedForMajorError(march(9)));

        assertThat(attribution.productsOfMonth(List.of(product.exempted()), MARCH))
                .containsExactly(new ProductResult("p", BigDecimal.ONE, false, 0, 0));
    }

    @Test
    void e6WithTheProductExempt_scoresAsIfItHadNoLateEventOrReturn() {
        // G 24; 3×{done}, 1×{done, late 1, ret 2} exempt: a = b = c = 100, K = 70.00, S = 94.00 (E6 without it: 89.63)
        List<ProductFacts> products = List.of(
                ProductFacts.of("p1", DUE, Submission.accepted(DUE)),
                ProductFacts.of("p2", DUE, Submission.accepted(DUE)),
                ProductFacts.of("p3", DUE, Submission.accepted(DUE)),
                ProductFacts.of("p4", DUE, Submission.returnedForMajorError(march(5)),
                        Submission.returnedForMajorError(march(8)), Submission.accepted(march(12))));
        ScoreCalculator calculator = new ScoreCalculator(ScoringSettings.defaults());
        List<ProductFacts> exempted = List.of(products.get(0), products.get(1), products.get(2),
                products.get(3).exempted());

        Score before = calculator.score(new BigDecimal("24"),
                calculator.criteria(attribution.productsOfMonth(products, MARCH)).orElseThrow());
        Score after = calculator.score(new BigDecimal("24"),
                calculator.criteria(attribution.productsOfMonth(exempted, MARCH)).orElseThrow());

        assertThat(before.s()).isEqualByComparingTo("89.63");
        assertThat(after.b()).isEqualByComparingTo("100");
        assertThat(after.c()).isEqualByComparingTo("100");
        assertThat(after.k()).isEqualByComparingTo("70");
        assertThat(after.s()).isEqualByComparingTo("94.00");
    }

    @Test
    void openOverdueWorkingDays_countsTheTasksOverdueAndNotHandedInAtTheCutOff() {
        WorkingDayCalendar calendar = WorkingDayCalendar.vietnam();
        ProductFacts open = ProductFacts.of("open", DUE);
        ProductFacts done = ProductFacts.of("done", DUE, Submission.accepted(DUE));
        ProductFacts notYetDue = ProductFacts.of("later", MARCH.atEndOfMonth());
        ProductFacts cancelled = new ProductFacts("cancelled", DUE, BigDecimal.ONE, true, List.of(), List.of(), false);
        ProductFacts awaitingReview = ProductFacts.of("handed-in", DUE,
                new Submission(DUE.plusDays(3), Submission.Verdict.PENDING, false, false));
        ProductFacts returned = ProductFacts.of("returned", DUE, Submission.returnedForMajorError(DUE.plusDays(3)));
        ProductFacts handedInAfterTheCutOff = ProductFacts.of("april", DUE,
                new Submission(DUE.plusMonths(1), Submission.Verdict.PENDING, false, false));

        assertThat(attribution.openOverdueWorkingDays(List.of(open, done, notYetDue, cancelled, awaitingReview,
                returned, handedInAfterTheCutOff), MARCH, calendar))
                .containsExactly(calendar.workingDaysBetween(DUE, MARCH.atEndOfMonth()),
                        calendar.workingDaysBetween(DUE, MARCH.atEndOfMonth()),
                        calendar.workingDaysBetween(DUE, MARCH.atEndOfMonth()));
    }

    @Test
    void cancelledProduct_leavesTheSet() {
        ProductFacts cancelled = new ProductFacts("p", DUE, BigDecimal.ONE, true, List.of(), List.of(), false);

        assertThat(attribution.attribute(cancelled, MARCH).belongsToMonth()).isFalse();
        assertThat(attribution.belongsTo(cancelled, MARCH)).isFalse();
        assertThat(attribution.productsOfMonth(List.of(cancelled), MARCH)).isEmpty();
    }

    @Test
    void productDueInAnotherMonth_doesNotBelong() {
        ProductFacts april = ProductFacts.of("p", LocalDate.of(2026, 4, 1), Submission.accepted(march(30)));

        assertThat(attribution.productsOfMonth(List.of(april), MARCH)).isEmpty();
        assertThat(attribution.belongsTo(april, MARCH)).isFalse();
        assertThat(attribution.belongsTo(april, YearMonth.of(2026, 4))).isTrue();
        assertThat(attribution.belongsTo(april, YearMonth.of(2025, 4))).as("the same month of another year").isFalse();
    }

    @Test
    void notCompletedByTheCutoff_countsAsAssignedAndEarnsZero() {
        ProductFacts late = ProductFacts.of("p", march(28), Submission.accepted(LocalDate.of(2026, 4, 1)));

        List<ProductResult> products = attribution.productsOfMonth(List.of(late), MARCH);
        TaskCriteria criteria = new ScoreCalculator(ScoringSettings.defaults()).criteria(products).orElseThrow();

        assertThat(products).singleElement().satisfies(p -> {
            assertThat(p.completed()).isFalse();
            assertThat(p.lateEvents()).isZero();
        });
        assertThat(criteria.a()).isEqualByComparingTo("0");
        assertThat(criteria.b()).isEqualByComparingTo("0");
        assertThat(criteria.c()).isEqualByComparingTo("0");
    }

    @Test
    void submissionAwaitingReview_isNotCompleted() {
        Submission pending = new Submission(march(8), Submission.Verdict.PENDING, false, false);

        assertThat(attribution.attribute(ProductFacts.of("p", DUE, pending), MARCH).completed()).isFalse();
    }

    @Test
    void graceDays_extendTheCutoff() {
        ProductAttribution grace = new ProductAttribution(new SettingsBuilder().graceDays(5).build());

        assertThat(attribution.cutoff(MARCH)).isEqualTo(march(31));
        assertThat(grace.cutoff(MARCH)).isEqualTo(LocalDate.of(2026, 4, 5));
    }

    @Test
    void returnsAfterTheAcceptedSubmission_areNotCounted() {
        Attribution result = attribution.attribute(ProductFacts.of("p", DUE,
                Submission.accepted(march(8)), Submission.returnedForMajorError(march(9))), MARCH);

        assertThat(result.acceptedOn()).contains(march(8));
        assertThat(result.qualityReturns()).isZero();
    }
}
