package vn.hungyen.snv.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.snv.evaluation.domain.Fixtures.dec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The HTXSNV quota of scoring-hy540 §5 beyond E13 and E14. */
class QuotaTest {

    private final Quota quota = new Quota(ScoringSettings.defaults());

    private static QuotaCandidate excellent(String id, String s, String k, String c, String b, int late) {
        return new QuotaCandidate(id, Level.HTXSNV, dec(s), dec(k), dec(c), dec(b), late);
    }

    private static List<QuotaCandidate> fiveGood() {
        return List.of("g1", "g2", "g3", "g4", "g5").stream()
                .map(id -> new QuotaCandidate(id, Level.HTTNV, dec("80"), dec("60"), dec("90"), dec("90"), 0))
                .toList();
    }

    private static List<QuotaCandidate> withGood(QuotaCandidate... excellent) {
        return Stream.concat(List.of(excellent).stream(), fiveGood().stream()).toList();
    }

    @Test
    void equalS_higherKWins() {
        QuotaResult result = quota.apply("staff",
                withGood(excellent("low-k", "95", "68", "100", "100", 0), excellent("high-k", "95", "69", "90", "90", 1)),
                Optional.empty());

        assertThat(result.kept()).containsExactly("high-k");
        assertThat(result.tieAtBoundary()).isFalse();
    }

    @Test
    void equalSAndK_higherTimelinessThenQualityThenFewerLateEventsWin() {
        assertThat(quota.apply("staff", withGood(
                excellent("c90", "95", "68", "90", "100", 0), excellent("c95", "95", "68", "95", "80", 0)),
                Optional.empty()).kept()).containsExactly("c95");
        assertThat(quota.apply("staff", withGood(
                excellent("b80", "95", "68", "95", "80", 0), excellent("b90", "95", "68", "95", "90", 0)),
                Optional.empty()).kept()).containsExactly("b90");
        assertThat(quota.apply("staff", withGood(
                excellent("late2", "95", "68", "95", "90", 2), excellent("late1", "95", "68", "95", "90", 1)),
                Optional.empty()).kept()).containsExactly("late1");
    }

    @Test
    void completeTie_isDecidedByIdAndFlagged() {
        QuotaResult result = quota.apply("staff",
                withGood(excellent("b", "95", "68", "95", "90", 0), excellent("a", "95", "68", "95", "90", 0)),
                Optional.empty());

        assertThat(result.kept()).containsExactly("a");
        assertThat(result.tieAtBoundary()).isTrue();
    }

    @Test
    void directorsExceptionRatio_replacesTheSetting() {
        QuotaResult result = quota.apply("staff",
                withGood(excellent("a", "96", "68", "95", "90", 0), excellent("b", "95", "68", "95", "90", 0)),
                Optional.of(dec("0.50")));

        // floor(0.5 × 7 / 1.5) = 2
        assertThat(result.ratio()).isEqualByComparingTo("0.50");
        assertThat(result.allowed()).isEqualTo(2);
        assertThat(result.demoted()).isEmpty();
    }

    @Test
    void allRatedBase_countsEveryRatedOfficerOfTheGroup() {
        Quota allRated = new Quota(new SettingsBuilder().quotaBase(ScoringSettings.QuotaBase.ALL_RATED).build());
        List<QuotaCandidate> candidates = withGood(excellent("a", "96", "68", "95", "90", 0),
                excellent("b", "95", "68", "95", "90", 0));

        // goodOnly: floor(0.2 × 7 / 1.2) = 1; allRated: floor(0.2 × 7) = 1; with three more at HTNV, 10 rated → 2
        List<QuotaCandidate> larger = new ArrayList<>(candidates);
        for (String id : List.of("n1", "n2", "n3")) {
            larger.add(new QuotaCandidate(id, Level.HTNV, dec("60"), dec("40"), dec("80"), dec("80"), 0));
        }

        assertThat(allRated.apply("staff", candidates, Optional.empty()).allowed()).isEqualTo(1);
        assertThat(quota.apply("staff", larger, Optional.empty()).allowed()).isEqualTo(1);
        assertThat(allRated.apply("staff", larger, Optional.empty()).allowed()).isEqualTo(2);
    }
}
