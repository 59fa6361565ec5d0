package vn.hungyen.snv.webui.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final SignInThrottle RULES = new SignInThrottle(5, Duration.ofSeconds(30), Duration.ofMinutes(15),
            Duration.ofHours(24), 30, Duration.ofMinutes(15));
    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void theFirstFailuresOfAnAccountFromAnAddressCostNoWait() {
        for (int failures = 0; failures < 5; failures++) {
            assertThat(RULES.delayAfter(failures)).isZero();
            assertThat(RULES.accountBlockedUntil(failures, NOW, NOW)).isEmpty();
        }
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToTheCap() {
        assertThat(RULES.delayAfter(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RULES.delayAfter(6)).isEqualTo(Duration.ofMinutes(1));
        assertThat(RULES.delayAfter(7)).isEqualTo(Duration.ofMinutes(2));
        assertThat(RULES.delayAfter(9)).isEqualTo(Duration.ofMinutes(8));
        assertThat(RULES.delayAfter(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(RULES.delayAfter(11)).isEqualTo(Duration.ofMinutes(15));
        assertThat(RULES.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theWaitRunsFromTheLastFailure() {
        Instant last = NOW.minusSeconds(50);
        assertThat(RULES.accountBlockedUntil(6, last, NOW)).contains(last.plusSeconds(60));
        assertThat(RULES.accountBlockedUntil(5, last, NOW)).isEmpty();
        assertThat(RULES.accountBlockedUntil(6, NOW.minusSeconds(60), NOW)).isEmpty();
    }

    @Test
    void failuresAreForgottenADayAfterTheLast() {
        assertThat(RULES.isForgotten(NOW.minus(Duration.ofHours(24)), NOW)).isTrue();
        assertThat(RULES.isForgotten(NOW.minus(Duration.ofHours(23)), NOW)).isFalse();
        assertThat(RULES.accountBlockedUntil(40, NOW.minus(Duration.ofHours(24)), NOW)).isEmpty();
    }

    @Test
    void anAddressWithManyFailuresWaitsTillItsWindowEnds() {
        Instant start = NOW.minus(Duration.ofMinutes(10));
        assertThat(RULES.addressBlockedUntil(29, start, NOW)).isEmpty();
        assertThat(RULES.addressBlockedUntil(30, start, NOW)).contains(start.plus(Duration.ofMinutes(15)));
        assertThat(RULES.addressBlockedUntil(100, NOW.minus(Duration.ofMinutes(15)), NOW)).isEmpty();
        assertThat(RULES.addressBlockedUntil(100, null, NOW)).isEmpty();
    }

    @Test
    void theMessageSaysHowLongToWaitInVietnamese() {
        assertThat(SignInThrottle.waitMessage(NOW, NOW.plusSeconds(29)))
                .isEqualTo("Đăng nhập sai nhiều lần. Vui lòng thử lại sau 30 giây.");
        assertThat(SignInThrottle.waitMessage(NOW, NOW.plusSeconds(119)))
                .isEqualTo("Đăng nhập sai nhiều lần. Vui lòng thử lại sau 2 phút.");
        assertThat(SignInThrottle.waitMessage(NOW, NOW)).endsWith("sau 1 giây.");
    }

    @Test
    void settingsThatCannotWorkAreRefused() {
        assertThatThrownBy(() -> new SignInThrottle(5, Duration.ofMinutes(2), Duration.ofMinutes(1),
                Duration.ofHours(1), 30, Duration.ofMinutes(15))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignInThrottle(5, Duration.ofSeconds(1), Duration.ofMinutes(1),
                Duration.ofHours(1), 0, Duration.ofMinutes(15))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignInThrottle(0, Duration.ofSeconds(1), Duration.ofMinutes(1),
                Duration.ofHours(1), 30, Duration.ofMinutes(15))).isInstanceOf(IllegalArgumentException.class);
    }
}
