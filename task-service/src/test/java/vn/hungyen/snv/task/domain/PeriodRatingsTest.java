package vn.hungyen.snv.task.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.task.domain.PeriodRatings.Rating;

class PeriodRatingsTest {

    private static final ReportPeriod Q1 = ReportPeriod.parse("2024-Q1").orElseThrow();
    private static final YearMonth JANUARY = YearMonth.of(2024, 1);
    private static final YearMonth FEBRUARY = YearMonth.of(2024, 2);

    @Test
    void everyOfficerMonthCountsOnceUnderItsUnitAndLevel() {
        PeriodRatings ratings = PeriodRatings.of(Q1, Map.of(
                JANUARY, List.of(new Rating(JANUARY, 1, "VP", "HTXSNV"), new Rating(JANUARY, 2, "VP", "HTTNV"),
                        new Rating(JANUARY, 3, "CCHC", "ON_LEAVE")),
                FEBRUARY, List.of(new Rating(FEBRUARY, 1, "VP", "HTXSNV"), new Rating(FEBRUARY, 3, "CCHC", "HTNV"))));
        assertThat(ratings.units().keySet()).containsExactly("CCHC", "VP");
        assertThat(ratings.units().get("VP")).containsEntry("HTXSNV", 2).containsEntry("HTTNV", 1)
                .containsEntry("KHTNV", 0);
        assertThat(ratings.units().get("CCHC")).containsEntry(PeriodRatings.UNRATED, 1).containsEntry("HTNV", 1);
        assertThat(ratings.total()).containsEntry("HTXSNV", 2).containsEntry(PeriodRatings.UNRATED, 1);
        assertThat(ratings.total().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(5);
    }

    @Test
    void theMonthsWithoutPublishedRatingsArePending() {
        PeriodRatings ratings = PeriodRatings.of(Q1, Map.of(FEBRUARY, List.of(new Rating(FEBRUARY, 1, "VP", "HTNV"))));
        assertThat(ratings.published()).containsExactly(FEBRUARY);
        assertThat(ratings.pending()).containsExactly(JANUARY, YearMonth.of(2024, 3));
    }
}
