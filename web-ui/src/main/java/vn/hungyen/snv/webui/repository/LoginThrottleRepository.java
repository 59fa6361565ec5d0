package vn.hungyen.snv.webui.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts failed sign-ins per key in PostgreSQL, so that every web-ui instance sees the same count. Each failure is
 * counted in one statement (an upsert), so that concurrent failures are all counted.
 */
@ApplicationScoped
public class LoginThrottleRepository {

    private final EntityManager entityManager;

    LoginThrottleRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<LoginThrottle> find(String key) {
        return LoginThrottle.findByIdOptional(key);
    }

    /** Counts a failure; the count starts again at 1 when the key's last failure was at or before {@code since}. */
    public void recordFailureSinceLast(String key, Instant now, Instant since) {
        record(key, now, since, "last_failure");
    }

    /** Counts a failure; the count starts again at 1 when the key's first failure was at or before {@code since}. */
    public void recordFailureSinceFirst(String key, Instant now, Instant since) {
        record(key, now, since, "window_start");
    }

    private void record(String key, Instant now, Instant since, String column) {
        entityManager.createNativeQuery("""
                insert into login_throttle (throttle_key, failures, window_start, last_failure)
                values (:key, 1, :now, :now)
                on conflict (throttle_key) do update set
                  failures = case when login_throttle.%1$s > :since then login_throttle.failures + 1 else 1 end,
                  window_start = case when login_throttle.%1$s > :since then login_throttle.window_start else :now end,
                  last_failure = :now""".formatted(column))
                .setParameter("key", key).setParameter("now", now).setParameter("since", since)
                .executeUpdate();
    }

    public void clear(String key) {
        entityManager.createNativeQuery("delete from login_throttle where throttle_key = :key")
                .setParameter("key", key).executeUpdate();
    }
}
