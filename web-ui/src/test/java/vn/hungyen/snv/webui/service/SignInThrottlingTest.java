package vn.hungyen.snv.webui.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.webui.repository.LoginThrottle;

/**
 * Sign-in throttling on the real database, from made-up client addresses (198.51.100.0/24, documentation range):
 * an account waits only at the address that guessed wrong, and an address that guesses too often waits for all.
 */
@QuarkusTest
class SignInThrottlingTest {

    @Inject
    AuthService auth;
    @Inject
    EntityManager entityManager;

    @Test
    void wrongGuessesFromOneAddressDoNotLockTheOwnerOutElsewhere() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            String guess = "guess" + attempt;
            assertCode(() -> auth.login("officer.tcbc.1", guess, "198.51.100.1"), 401);
        }
        assertThatThrownBy(() -> auth.login("officer.tcbc.1", "demo", "198.51.100.1"))
                .isInstanceOfSatisfying(AuthService.TooManyAttemptsException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(429);
                    assertThat(e.retryAfterSeconds()).isBetween(1L, 31L);
                    assertThat(e.getMessage()).startsWith("Đăng nhập sai nhiều lần. Vui lòng thử lại sau ")
                            .endsWith(" giây.");
                });
        assertThat(auth.login("officer.tcbc.1", "demo", "198.51.100.2").account().username)
                .isEqualTo("officer.tcbc.1");
    }

    @Test
    void theWaitDoublesWithEachFurtherFailureAndACorrectPasswordEndsIt() {
        String key = "account:officer.tcbc.2@198.51.100.4";
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertCode(() -> auth.login("officer.tcbc.2", "guess", "198.51.100.4"), 401);
        }
        assertCode(() -> auth.login("officer.tcbc.2", "guess", "198.51.100.4"), 429);
        // half a minute later the fifth failure's wait is over; the sixth then costs a minute
        moveLastFailureBack(key, Duration.ofSeconds(31));
        assertCode(() -> auth.login("officer.tcbc.2", "guess", "198.51.100.4"), 401);
        assertThatThrownBy(() -> auth.login("officer.tcbc.2", "demo", "198.51.100.4"))
                .isInstanceOfSatisfying(AuthService.TooManyAttemptsException.class,
                        e -> assertThat(e.retryAfterSeconds()).isBetween(31L, 61L));
        assertThat(throttle(key).failures).isEqualTo(6);
        moveLastFailureBack(key, Duration.ofSeconds(61));
        auth.login("officer.tcbc.2", "demo", "198.51.100.4");
        assertThat(throttle(key)).isNull();
    }

    @Test
    void anAddressGuessingAtManyAccountsWaitsForAllOfThem() {
        for (int attempt = 1; attempt <= 30; attempt++) {
            String username = (attempt % 12 < 6 ? "officer.xdcq." : "officer.cbcc.") + (attempt % 6 + 1);
            assertCode(() -> auth.login(username, "mat-khau-pho-bien", "198.51.100.3"), 401);
        }
        assertThatThrownBy(() -> auth.login("officer.xdcq.1", "demo", "198.51.100.3"))
                .isInstanceOfSatisfying(AuthService.TooManyAttemptsException.class,
                        e -> assertThat(e.retryAfterSeconds()).isBetween(800L, 901L));
        assertThat(auth.login("officer.xdcq.1", "demo", "198.51.100.5").account().username)
                .isEqualTo("officer.xdcq.1");
    }

    @Test
    void aNameNoAccountCanHaveIsAFailureLikeAnyOther() {
        assertCode(() -> auth.login("head.cchc\u0000", "demo", "198.51.100.6"), 401);
        assertCode(() -> auth.login("x".repeat(500), "demo", "198.51.100.6"), 401);
        assertThat(throttle("address:198.51.100.6").failures).isEqualTo(2);
        assertThat(throttle("account:(invalid)@198.51.100.6").failures).isEqualTo(2);
    }

    private LoginThrottle throttle(String key) {
        return QuarkusTransaction.requiringNew().call(() -> LoginThrottle.<LoginThrottle>findById(key));
    }

    private void moveLastFailureBack(String key, Duration by) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update login_throttle set last_failure = :at where throttle_key = :key")
                .setParameter("at", Instant.now().minus(by)).setParameter("key", key).executeUpdate());
    }

    private static void assertCode(Runnable call, int status) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().status()).isEqualTo(status));
    }
}
