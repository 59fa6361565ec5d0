package vn.hungyen.snv.webui.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a password check must wait. Failures are counted for one account from one client address together: once
 * there are {@code freeFailures} of them, each further attempt from that address for that account waits a delay that
 * starts at {@code firstDelay} and doubles with every further failure up to {@code maxDelay}; the account's owner on another address is
 * not held back. Failures for that pair are forgotten {@code memory} after the last one, or at a correct password.
 * Separately, a client address with {@code maxFailuresPerAddress} failures (for any accounts) within {@code window}
 * from its first one waits until that window ends (password spraying).
 */
public record SignInThrottle(int freeFailures, Duration firstDelay, Duration maxDelay, Duration memory,
        int maxFailuresPerAddress, Duration window) {

    public SignInThrottle {
        if (freeFailures < 1 || maxFailuresPerAddress < 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0
                || memory.isNegative() || window.isNegative()) {
            throw new IllegalArgumentException("invalid sign-in throttle settings");
        }
    }

    /** The wait after {@code failures} failures in a row for one account from one address (zero while free). */
    public Duration delayAfter(int failures) {
        int doublings = failures - freeFailures;
        if (doublings < 0) {
            return Duration.ZERO;
        }
        // doubling past 2^20 cannot stay under any sensible cap; stop before the multiplication overflows
        Duration delay = doublings > 20 ? maxDelay : firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /**
     * Until when the account may not be tried from the address, given its {@code failures} there, the last at
     * {@code lastFailure}; empty when it may be tried now.
     */
    public Optional<Instant> accountBlockedUntil(int failures, Instant lastFailure, Instant now) {
        if (failures <= 0 || lastFailure == null || isForgotten(lastFailure, now)) {
            return Optional.empty();
        }
        Instant until = lastFailure.plus(delayAfter(failures));
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    /** Whether the failures of an account from an address, the last at {@code lastFailure}, no longer count. */
    public boolean isForgotten(Instant lastFailure, Instant now) {
        return !lastFailure.plus(memory).isAfter(now);
    }

    /**
     * Until when the address may not try any account, given its {@code failures} in the window that began at
     * {@code windowStart}; empty when it may.
     */
    public Optional<Instant> addressBlockedUntil(int failures, Instant windowStart, Instant now) {
        if (windowStart == null || failures < maxFailuresPerAddress) {
            return Optional.empty();
        }
        Instant until = windowStart.plus(window);
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    /** The Vietnamese message of a refused attempt that may be retried at {@code until}. */
    public static String waitMessage(Instant now, Instant until) {
        long seconds = Math.max(1, Duration.between(now, until).toSeconds() + 1);
        String wait = seconds < 60 ? seconds + " giây" : ((seconds + 59) / 60) + " phút";
        return "Đăng nhập sai nhiều lần. Vui lòng thử lại sau " + wait + ".";
    }
}
