package vn.hungyen.snv.common.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer-token parser of every service, which checks a token's signature once rather than on every request. The
 * RS256 check was about a fifth of task-service's CPU per completion report (docs/benchmarks.md, "A bearer token
 * verified once"), and a client sends the same token with every request until it expires.
 *
 * <p>A verified token is kept under its whole text, so only the very same characters skip the check, and for at most
 * {@link #KEPT_FOR} (a key withdrawn from a provider's key set stops being trusted within that time) and never past
 * its expiry; a token that fails the check is never kept. Signing out and revoked accounts are refused on every
 * request all the same ({@link RevokedTokenFilter}). Smallrye's parser does the checking: this only remembers what it
 * accepted.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens extends DefaultJWTParser {

    /** The longest time a verified token is taken again without a new check. */
    static final Duration KEPT_FOR = Duration.ofMinutes(5);
    /** The most tokens kept; past it the expired ones are dropped, and if none had expired, all of them. */
    static final int CAPACITY = 2_048;

    private record Verified(JsonWebToken token, Instant until) {
    }

    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int capacity;

    VerifiedTokens() {
        this.clock = Clock.systemUTC();
        this.capacity = CAPACITY;
    }

    /** A parser checking tokens against {@code context} alone, with its own clock and capacity (tests). */
    VerifiedTokens(JWTAuthContextInfo context, Clock clock, int capacity) {
        super(context);
        this.clock = clock;
        this.capacity = capacity;
    }

    @Override
    public JsonWebToken parse(String bearerToken) throws ParseException {
        Instant now = clock.instant();
        Verified known = verified.get(bearerToken);
        if (known != null && now.isBefore(known.until())) {
            return known.token();
        }
        JsonWebToken token = super.parse(bearerToken);
        keep(bearerToken, token, now);
        return token;
    }

    private void keep(String bearerToken, JsonWebToken token, Instant now) {
        if (verified.size() >= capacity) {
            verified.values().removeIf(kept -> !now.isBefore(kept.until()));
            if (verified.size() >= capacity) {
                verified.clear();
            }
        }
        Instant expires = Instant.ofEpochSecond(token.getExpirationTime());
        Instant until = now.plus(KEPT_FOR);
        verified.put(bearerToken, new Verified(token, expires.isBefore(until) ? expires : until));
    }
}
