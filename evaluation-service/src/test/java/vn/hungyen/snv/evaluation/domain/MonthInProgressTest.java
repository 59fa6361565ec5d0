package vn.hungyen.snv.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.evaluation.domain.MonthInProgress.Product;

/** The products still to come in a month not over yet, and how one counts if done on time (scoring-hy540 §3a). */
class MonthInProgressTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private static LocalDate march(int day) {
        return MARCH.atDay(day);
    }

    @Test
    void aMonthIsUnfinishedUntilItsLastDayHasPassed() {
        assertThat(MonthInProgress.unfinished(MARCH, march(1))).isTrue();
        assertThat(MonthInProgress.unfinished(MARCH, march(31))).isTrue();
        assertThat(MonthInProgress.unfinished(MARCH, LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(MonthInProgress.unfinished(MARCH, LocalDate.of(2026, 2, 20))).as("not started yet").isTrue();
    }

    @Test
    void aProductDueTodayIsStillToCome_oneDueYesterdayIsNot() {
        Product dueToday = new Product("today", march(10), false);
        Product dueYesterday = new Product("yesterday", march(9), false);
        Product dueLater = new Product("later", march(25), false);

        assertThat(MonthInProgress.notYetDue(MARCH, march(10), List.of(dueYesterday, dueToday, dueLater)))
                .containsExactly(dueToday, dueLater);
        assertThat(MonthInProgress.notYetDue(MARCH, march(11), List.of(dueYesterday, dueToday, dueLater)))
                .containsExactly(dueLater);
    }

    @Test
    void aCompletedProductIsNotStillToCome() {
        Product done = new Product("done", march(20), true);

        assertThat(MonthInProgress.notYetDue(MARCH, march(10), List.of(done))).isEmpty();
    }

    @Test
    void aMonthAlreadyOverHasNoneStillToCome() {
        Product open = new Product("open", march(31), false);

        assertThat(MonthInProgress.notYetDue(MARCH, march(31), List.of(open))).containsExactly(open);
        assertThat(MonthInProgress.notYetDue(MARCH, LocalDate.of(2026, 4, 1), List.of(open))).isEmpty();
    }

    @Test
    void doneOnTime_isAcceptedOnTheRatedDueDateWithoutALateEvent() {
        ProductFacts extended = new ProductFacts("p", march(10), BigDecimal.ONE, false,
                List.of(new DueDateChange(march(20), true)), List.of(), false);

        Attribution done = new ProductAttribution(ScoringSettings.defaults()).attribute(extended.doneOnTime(), MARCH);

        assertThat(done.completed()).isTrue();
        assertThat(done.acceptedOn()).contains(march(20));
        assertThat(done.lateEvents()).isZero();
    }

    @Test
    void doneOnTime_keepsTheReturnsAlreadyCounted() {
        ProductFacts returned = ProductFacts.of("p", march(20), Submission.returnedForMajorError(march(5)),
                new Submission(march(8), Submission.Verdict.PENDING, false, false));

        Attribution done = new ProductAttribution(ScoringSettings.defaults()).attribute(returned.doneOnTime(), MARCH);

        assertThat(done.completed()).isTrue();
        assertThat(done.acceptedOn()).contains(march(20));
        assertThat(done.qualityReturns()).isEqualTo(1);
        assertThat(done.lateEvents()).isZero();
    }
}
