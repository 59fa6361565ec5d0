package vn.hungyen.snv.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.snv.evaluation.domain.Fixtures.dec;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.calendar.WorkingDayCalendar;

/**
 * d and đ of a deputy head in charge of some fields only (scoring-hy540 §6): in unit u1, An carries out a task of the
 * deputy's field F1 on time, Bình a task of F2 not completed, and a unit task of F2 is open and overdue since February.
 * The deputy Dũng, scoped to F1, is judged on F1's work; the head Chi on the whole unit.
 */
class FieldScopedDeputyTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private final MonthlyRating rating = new MonthlyRating(ScoringSettings.defaults(), WorkingDayCalendar.vietnam());

    private static final ProductFacts AN_F1 = ProductFacts.of("an-f1", LocalDate.of(2026, 3, 10),
            Submission.accepted(LocalDate.of(2026, 3, 9)));
    private static final ProductFacts BINH_F2 = ProductFacts.of("binh-f2", LocalDate.of(2026, 3, 10));
    private static final ProductFacts DUNG_OWN = ProductFacts.of("dung-own", LocalDate.of(2026, 3, 12),
            Submission.accepted(LocalDate.of(2026, 3, 12)));
    private static final ProductFacts FORGOTTEN_F2 = ProductFacts.of("u1-f2-feb", LocalDate.of(2026, 2, 2));

    private static OfficerInput staff(String id, String general, ProductFacts product) {
        return new OfficerInput(id, Position.STAFF, Optional.of("u1"), "staff", dec(general), BigDecimal.ZERO, false,
                List.of(product), Optional.empty());
    }

    private static OfficerInput leader(String id, Position position, List<ProductFacts> products,
            Optional<List<ProductFacts>> organised) {
        return new OfficerInput(id, position, Optional.of("u1"), "leaders", dec("28"), BigDecimal.ZERO, false,
                products, Optional.of(new LeaderInput(List.of("an", "binh"), List.of("u1"), Optional.empty(),
                        Optional.empty(), organised)));
    }

    private MonthlyOutcome rate(OfficerInput deputy) {
        return rating.rate(new MonthInput(MARCH, List.of(staff("an", "28", AN_F1), staff("binh", "20", BINH_F2),
                leader("chi", Position.HEAD, List.of(AN_F1, BINH_F2, DUNG_OWN, FORGOTTEN_F2), Optional.empty()),
                deputy),
                List.of(new UnitInput("u1", dec("27"), List.of(FORGOTTEN_F2),
                        List.of(AN_F1, BINH_F2, DUNG_OWN, FORGOTTEN_F2))), Map.of()));
    }

    @Test
    void aDeputyInChargeOfAFieldIsJudgedOnThatFieldsWorkAndPeople() {
        MonthlyOutcome outcome = rate(leader("dung", Position.DEPUTY_HEAD, List.of(DUNG_OWN, AN_F1),
                Optional.of(List.of(AN_F1))));

        assertThat(outcome.officer("binh").orElseThrow().level()).isEqualTo(Level.KHTNV);
        OfficerResult dung = outcome.officer("dung").orElseThrow();
        assertThat(dung.counted()).extracting(p -> p.result().productId()).containsExactly("dung-own", "an-f1");
        assertThat(dung.organising().orElseThrow().basis()).isEqualTo(OrganisingAssessment.Basis.CLEAN_RECORD);
        assertThat(dung.score().orElseThrow().leaderCriteria())
                .contains(new LeaderCriteria(dec("100"), dec("100"), dec("100")));

        OfficerResult chi = outcome.officer("chi").orElseThrow();
        assertThat(chi.organising().orElseThrow().basis()).isEqualTo(OrganisingAssessment.Basis.PROLONGED_OVERDUE);
        assertThat(chi.score().orElseThrow().leaderCriteria().orElseThrow().unitResults()).isEqualByComparingTo("50");
        assertThat(outcome.unit("u1").orElseThrow().products()).extracting(ProductResult::productId)
                .containsExactlyInAnyOrder("an-f1", "binh-f2", "dung-own");
    }

    @Test
    void withoutFieldsTheDeputyAnswersForTheWholeUnitLikeTheHead() {
        MonthlyOutcome outcome = rate(leader("dung", Position.DEPUTY_HEAD,
                List.of(DUNG_OWN, AN_F1, BINH_F2, FORGOTTEN_F2), Optional.empty()));

        OfficerResult dung = outcome.officer("dung").orElseThrow();
        assertThat(dung.counted()).hasSize(3);
        assertThat(dung.organising().orElseThrow().basis()).isEqualTo(OrganisingAssessment.Basis.PROLONGED_OVERDUE);
        assertThat(dung.score().orElseThrow().leaderCriteria().orElseThrow().unitResults()).isEqualByComparingTo("50");
    }
}
