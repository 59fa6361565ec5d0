package vn.hungyen.snv.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.rules.Violation;

/** Which profile rates a month, and which profiles and quota exceptions may be recorded (issue 14). */
class ScoringProfileRulesTest {

    private static ScoringProfile profile(int version, String firstMonth) {
        return new ScoringProfile(version, "v" + version, YearMonth.parse(firstMonth), ScoringSettings.defaults(),
                "director", "lý do", Instant.EPOCH);
    }

    private final List<ScoringProfile> history = List.of(profile(1, "2024-01"), profile(2, "2024-07"),
            profile(3, "2024-04"), profile(4, "2024-07"));

    @Test
    void aMonthIsRatedByTheProfileWithTheLatestFirstMonthNotAfterIt() {
        assertThat(ScoringProfileRules.inForce(history, YearMonth.of(2024, 3)).version()).isEqualTo(1);
        assertThat(ScoringProfileRules.inForce(history, YearMonth.of(2024, 4)).version()).isEqualTo(3);
        assertThat(ScoringProfileRules.inForce(history, YearMonth.of(2024, 6)).version()).isEqualTo(3);
    }

    @Test
    void ofTwoProfilesStartingTheSameMonthTheLaterVersionRates() {
        assertThat(ScoringProfileRules.inForce(history, YearMonth.of(2024, 7)).version()).isEqualTo(4);
        assertThat(ScoringProfileRules.inForce(history, YearMonth.of(2030, 1)).version()).isEqualTo(4);
    }

    @Test
    void aMonthBeforeEveryProfileIsRatedByTheSeed() {
        assertThat(ScoringProfileRules.inForce(history, YearMonth.of(2023, 12)).version()).isEqualTo(1);
    }

    @Test
    void aProfileMayNotStartInAPublishedMonth() {
        assertThat(ScoringProfileRules.publish(YearMonth.of(2024, 3), Set.of(YearMonth.of(2024, 3))))
                .hasValueSatisfying(v -> {
                    assertThat(v.kind()).isEqualTo(Violation.Kind.CONFLICT);
                    assertThat(v.message()).contains("2024-03", "đã công bố");
                });
        assertThat(ScoringProfileRules.publish(YearMonth.of(2024, 4), Set.of(YearMonth.of(2024, 3)))).isEmpty();
    }

    @Test
    void aQuotaExceptionNamesAGroupOfTheProfileOnceWithARatioAndAReason() {
        ScoringSettings settings = ScoringSettings.defaults();
        assertThat(ScoringProfileRules.quotaException("staff", new BigDecimal("0.5"), "Nhiều nhiệm vụ đột xuất",
                settings, Set.of())).isEmpty();
        assertThat(ScoringProfileRules.quotaException("unknown", BigDecimal.ONE, "x", settings, Set.of()))
                .hasValueSatisfying(v -> assertThat(v.code()).isEqualTo("unknown-quota-group"));
        assertThat(ScoringProfileRules.quotaException("staff", BigDecimal.ONE, "x", settings, Set.of("staff")))
                .hasValueSatisfying(v -> assertThat(v.code()).isEqualTo("duplicate-quota-group"));
        assertThat(ScoringProfileRules.quotaException("staff", new BigDecimal("1.5"), "x", settings, Set.of()))
                .hasValueSatisfying(v -> assertThat(v.message()).contains("từ 0 đến 1"));
        assertThat(ScoringProfileRules.quotaException("staff", BigDecimal.ONE, " ", settings, Set.of()))
                .hasValueSatisfying(v -> assertThat(v.code()).isEqualTo("quota-exception-reason"));
    }

    @Test
    void twoProfilesDifferInTheSettingsTheyChangeByTheirNamesInTheRules() {
        ScoringSettings stricter = new SettingsBuilder().quotaRatio(new BigDecimal("0.1"))
                .lateMode(ScoringSettings.LateMode.ZERO_CREDIT).build();
        assertThat(ScoringProfileRules.differences(ScoringSettings.defaults(), stricter)).containsExactly(
                new ScoringProfileRules.SettingChange("lateMode", "partial-credit", "zero-credit"),
                new ScoringProfileRules.SettingChange("quota.ratio", new BigDecimal("0.20"), new BigDecimal("0.1")));
        ScoringSettings sameRatio = new SettingsBuilder().quotaRatio(new BigDecimal("0.2")).build();
        assertThat(ScoringProfileRules.differences(ScoringSettings.defaults(), sameRatio)).isEmpty();
    }

    @Test
    void anInvalidSettingIsRefusedInVietnameseNamingIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SettingsBuilder().leaveMinShareOfWorkingDays(new BigDecimal("1.5")).build())
                .withMessage("leave.minShareOfWorkingDays phải từ 0 đến 1; nhận được 1.5.");
    }
}
