package vn.hungyen.snv.webui.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts failed logins per key in PostgreSQL, so that every web-ui instance sees the same count.
 * A window starts at the first failure and ends after the configured duration.
 */
@ApplicationScoped
public class LoginThrottleRepository {

    private final EntityManager entityManager;

    LoginThrottleRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** When the key's current window ends, if it has used up {@code limit} failures; else empty. */
    public Optional<Instant> blockedUntil(String key, int limit, Instant now, Duration window) {
        return LoginThrottle.<LoginThrottle>findByIdOptional(key)
                .filter(t -> t.failures >= limit && t.windowStart.plus(window).isAfter(now))
                .map(t -> t.windowStart.plus(window));
    }

    public void recordFailure(String key, Instant now, Duration window) {
        entityManager.createNativeQuery("""
                insert into login_throttle (throttle_key, failures, window_start) values (:key, 1, :now)
                on conflict (throttle_key) do update set
                  failures = case when login_throttle.window_start > :since then login_throttle.failures + 1 else 1 end,
                  window_start = case when login_throttle.window_start > :since then login_throttle.window_start else :now end""")
                .setParameter("key", key).setParameter("now", now).setParameter("since", now.minus(window))
                .executeUpdate();
    }

    public void clear(String key) {
        entityManager.createNativeQuery("delete from login_throttle where throttle_key = :key")
                .setParameter("key", key).executeUpdate();
    }
}
