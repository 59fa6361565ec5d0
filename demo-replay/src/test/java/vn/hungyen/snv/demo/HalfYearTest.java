package vn.hungyen.snv.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HalfYearTest {

    private static final List<HalfYear.Person> PEOPLE = IntStream.rangeClosed(1, 40)
            .mapToObj(i -> new HalfYear.Person(i, "officer." + i, i % 2 == 0 ? "CCHC" : "VP")).toList();
    private static final Map<String, List<HalfYear.Item>> ITEMS = Map.of(
            "CCHC", List.of(item(1), item(2), item(3)), "VP", List.of(item(4)));

    @Test
    void theSameSeedGivesTheSameHistory() {
        assertThat(new HalfYear(7).tasks(PEOPLE, ITEMS)).isEqualTo(new HalfYear(7).tasks(PEOPLE, ITEMS));
        assertThat(new HalfYear(7).tasks(PEOPLE, ITEMS)).isNotEqualTo(new HalfYear(8).tasks(PEOPLE, ITEMS));
    }

    @Test
    void everyoneHasTwoOrThreeTasksAMonthFromTheirUnitsItemsDueOnAWeekdayOfThatMonth() {
        List<HalfYear.Task> tasks = new HalfYear(2024).tasks(PEOPLE, ITEMS);
        for (HalfYear.Person person : PEOPLE) {
            for (YearMonth month : HalfYear.MONTHS) {
                long count = tasks.stream().filter(t -> t.person().equals(person)
                        && YearMonth.from(t.dueDate()).equals(month)).count();
                assertThat(count).as(person.username() + " in " + month).isBetween(2L, 3L);
            }
        }
        assertThat(tasks).allSatisfy(t -> {
            assertThat(ITEMS.get(t.person().unitCode())).contains(t.item());
            assertThat(t.dueDate().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        });
    }

    @Test
    void mostAreOnTimeSomeLateAndAFewReturnedBeforeBeingAccepted() {
        List<HalfYear.Task> tasks = new HalfYear(2024).tasks(PEOPLE, ITEMS);
        double onTime = share(tasks, HalfYear.Outcome.ON_TIME);
        double late = share(tasks, HalfYear.Outcome.LATE);
        double returned = share(tasks, HalfYear.Outcome.RETURNED);
        assertThat(onTime).isBetween(0.62, 0.78);
        assertThat(late).isBetween(0.11, 0.23);
        assertThat(returned).isBetween(0.08, 0.18);
        assertThat(tasks).allSatisfy(t -> {
            var due = t.dueDate().atStartOfDay(HalfYear.ZONE).plusDays(1).toInstant();
            switch (t.outcome()) {
                case ON_TIME -> assertThat(t.submittedAt()).isBefore(due);
                case LATE -> assertThat(t.submittedAt()).isAfter(due);
                case RETURNED -> {
                    assertThat(t.submittedAt()).isBefore(t.returnedAt());
                    assertThat(t.returnedAt()).isBefore(t.resubmittedAt());
                    assertThat(t.eventCount()).isEqualTo(5);
                }
            }
            assertThat(t.acceptedAt()).isAfter(t.resubmittedAt() == null ? t.submittedAt() : t.resubmittedAt());
        });
    }

    @Test
    void selfAssessmentsStayWithinTheGroupsBoundsAndReviewsLowerSomeByOnePoint() {
        List<HalfYear.Assessment> assessments = new HalfYear(2024).assessments(PEOPLE);
        assertThat(assessments).hasSize(PEOPLE.size() * HalfYear.MONTHS.size());
        assertThat(assessments).allSatisfy(a -> {
            assertThat(List.of(a.groupI(), a.groupII(), a.groupIII()))
                    .allSatisfy(g -> assertThat(g).isBetween(new BigDecimal("8.0"), new BigDecimal("10.0")));
            assertThat(a.selfScore().subtract(a.reviewedScore())).isIn(BigDecimal.ZERO.setScale(1),
                    BigDecimal.ONE.setScale(1));
        });
        assertThat(assessments).anyMatch(HalfYear.Assessment::changedByReviewer)
                .anyMatch(a -> !a.changedByReviewer());
    }

    private static double share(List<HalfYear.Task> tasks, HalfYear.Outcome outcome) {
        return tasks.stream().filter(t -> t.outcome() == outcome).count() / (double) tasks.size();
    }

    private static HalfYear.Item item(int number) {
        return new HalfYear.Item(number, number, "Nhiệm vụ " + number, "Báo cáo");
    }
}
