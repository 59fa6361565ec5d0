package vn.hungyen.snv.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.calendar.WorkingDayCalendar;

/**
 * The leaders whose đ awaits the approver are found from the same pass that rates the month (no second rating):
 * on generated months (heads over deputy heads over staff, products on time, late, returned or unfinished, choices
 * recorded for some leaders), the leaders set aside are exactly those the rules leave to the approver without a
 * choice, every leader rated has an automatic đ or a choice, and rating the month without the leaders set aside
 * gives the same outcome with no one awaiting.
 */
class AwaitingChoiceTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 10);

    private final MonthlyRating rating = new MonthlyRating(ScoringSettings.defaults(), WorkingDayCalendar.vietnam());

    @Test
    void leadersSetAsideAreThoseWhoseDAwaitsAChoice_andTheRestOfTheMonthIsRatedWithoutThem() {
        Random random = new Random(540);
        int awaiting = 0;
        for (int m = 0; m < 40; m++) {
            MonthInput input = month(random);
            MonthlyOutcome outcome = rating.rate(input);
            Map<String, OrganisingAssessment> setAside = outcome.awaitingOrganisingChoice();
            awaiting += setAside.size();

            setAside.forEach((id, assessment) -> {
                assertThat(assessment.requiresApproverChoice()).isTrue();
                assertThat(leader(input, id).organisingChoice()).isEmpty();
            });
            for (OfficerResult officer : outcome.officers()) {
                assertThat(setAside).doesNotContainKey(officer.officerId());
                if (officer.position().isLeader()) {
                    OrganisingAssessment assessment = officer.organising().orElseThrow();
                    assertThat(!assessment.requiresApproverChoice()
                            || leader(input, officer.officerId()).organisingChoice().isPresent()).isTrue();
                }
            }
            assertThat(outcome.officers()).hasSize(input.officers().size() - setAside.size());

            MonthlyOutcome without = rating.rate(input.without(setAside.keySet()));
            assertThat(without.awaitingOrganisingChoice()).isEmpty();
            assertThat(without.officers()).isEqualTo(outcome.officers());
            assertThat(without.units()).isEqualTo(outcome.units());
            assertThat(without.quotas()).isEqualTo(outcome.quotas());
        }
        assertThat(awaiting).as("leaders set aside in the generated months").isGreaterThan(20);
    }

    private static LeaderInput leader(MonthInput input, String id) {
        return input.officers().stream().filter(o -> o.officerId().equals(id)).findFirst().orElseThrow()
                .leader().orElseThrow();
    }

    /**
     * Units of a head, one or two deputy heads and staff; each product on time, late, returned or unfinished. Some
     * deputy heads are in charge of the first staff member's tasks only, and some leave many of their own products
     * unfinished: then the unit's c is below 80 and the head's đ automatic until that deputy head is set aside, after
     * which the head's đ may await the approver too.
     */
    private static MonthInput month(Random random) {
        List<OfficerInput> officers = new ArrayList<>();
        List<UnitInput> units = new ArrayList<>();
        for (int u = 0; u < 12; u++) {
            String unit = "u" + u;
            units.add(new UnitInput(unit, new BigDecimal("27"), List.of(), List.of()));
            List<String> staff = new ArrayList<>();
            List<ProductFacts> firstStaffProducts = products(random, unit + "-s0", 4, 0.3);
            for (int i = 0; i < 3 + random.nextInt(4); i++) {
                String id = unit + "-s" + i;
                staff.add(id);
                officers.add(new OfficerInput(id, Position.STAFF, Optional.of(unit), "staff", new BigDecimal("26"),
                        BigDecimal.ZERO, false, i == 0 ? firstStaffProducts : products(random, id, 4, 0.03),
                        Optional.empty()));
            }
            List<String> underHead = new ArrayList<>(staff);
            for (int d = 0; d < 1 + random.nextInt(2); d++) {
                String id = unit + "-d" + d;
                underHead.add(id);
                List<ProductFacts> own = random.nextBoolean() ? products(random, id, 4, 0.3)
                        : IntStream.range(0, 16)
                                .mapToObj(k -> ProductFacts.of(id + "-open-" + k, MONTH.atDay(10))).toList();
                Optional<List<ProductFacts>> fields = random.nextBoolean() ? Optional.of(firstStaffProducts)
                        : Optional.empty();
                officers.add(leader(random, id, Position.DEPUTY_HEAD, unit, staff, own, fields));
            }
            officers.add(leader(random, unit + "-h", Position.HEAD, unit, underHead,
                    products(random, unit + "-h", 4, 0.05), Optional.empty()));
        }
        return new MonthInput(MONTH, officers, units, Map.of());
    }

    private static OfficerInput leader(Random random, String id, Position position, String unit,
            List<String> subordinates, List<ProductFacts> products, Optional<List<ProductFacts>> fields) {
        Optional<Integer> choice = random.nextInt(4) == 0 ? Optional.of(75) : Optional.empty();
        return new OfficerInput(id, position, Optional.of(unit), "leaders", new BigDecimal("27"), BigDecimal.ZERO,
                false, products, Optional.of(new LeaderInput(subordinates, List.of(unit), choice, Optional.empty(),
                        fields)));
    }

    private static List<ProductFacts> products(Random random, String officer, int count, double lateShare) {
        List<ProductFacts> products = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            LocalDate due = MONTH.atDay(5 + k * 5);
            double draw = random.nextDouble();
            Submission submission = draw < lateShare ? Submission.accepted(due.plusDays(1))
                    : draw < lateShare * 1.2 ? Submission.returnedForMajorError(due.minusDays(1))
                    : Submission.accepted(due.minusDays(1));
            products.add(draw < lateShare * 1.2 && submission.verdict() == Submission.Verdict.RETURNED
                    ? ProductFacts.of(officer + "-" + k, due, submission, Submission.accepted(due))
                    : ProductFacts.of(officer + "-" + k, due, submission));
        }
        return products;
    }
}
