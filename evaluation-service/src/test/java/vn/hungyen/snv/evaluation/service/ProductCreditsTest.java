package vn.hungyen.snv.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.evaluation.domain.Attribution;
import vn.hungyen.snv.evaluation.domain.CountedProduct;
import vn.hungyen.snv.evaluation.domain.ProductAttribution;
import vn.hungyen.snv.evaluation.domain.ProductFacts;
import vn.hungyen.snv.evaluation.domain.ScoreCalculator;
import vn.hungyen.snv.evaluation.domain.ScoringSettings;
import vn.hungyen.snv.evaluation.domain.Submission;
import vn.hungyen.snv.evaluation.service.RatingViews.ProductCredit;

class ProductCreditsTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final ScoringSettings SETTINGS = ScoringSettings.defaults();

    @Test
    void eachProductReadsAsItsTaskWithWhatItEarnsAlone() {
        TaskProduct onTime = task(1, LocalDate.of(2026, 3, 9));
        TaskProduct late = task(2, LocalDate.of(2026, 3, 12));
        ProductCredits.Month month = new ProductCredits.Month(List.of(onTime, late), new ScoreCalculator(SETTINGS));

        List<ProductCredit> credits = new ProductCredits(List.of(counted(late), counted(onTime)), month);

        assertThat(credits).extracting(ProductCredit::taskId).containsExactly(2L, 1L);
        ProductCredit lateCredit = credits.get(0);
        assertThat(lateCredit.title()).isEqualTo("Báo cáo 2");
        assertThat(lateCredit.eventIds()).isEqualTo(late.eventIds());
        assertThat(lateCredit.acceptedOn()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(lateCredit.lateEvents()).isEqualTo(1);
        assertThat(lateCredit.quantityCredit()).isEqualByComparingTo("100");
        assertThat(lateCredit.timelinessCredit()).isLessThan(new BigDecimal("100"));
        assertThat(credits.get(1).timelinessCredit()).isEqualByComparingTo("100");
        assertThat(credits).as("read again, the same").isEqualTo(List.copyOf(credits));
    }

    private static TaskProduct task(long taskId, LocalDate accepted) {
        ProductFacts facts = ProductFacts.of(TaskProduct.productId(taskId), LocalDate.of(2026, 3, 10),
                Submission.accepted(accepted));
        return new TaskProduct(taskId, "Báo cáo " + taskId, "CCHC", 7L, null, facts,
                List.of(UUID.randomUUID(), UUID.randomUUID()));
    }

    private static CountedProduct counted(TaskProduct task) {
        Attribution attributed = new ProductAttribution(SETTINGS).attribute(task.facts(), MARCH);
        return new CountedProduct(task.facts(), attributed, attributed.result(task.facts().weight()));
    }
}
