package vn.hungyen.snv.common.security;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The revocations still in force, as every service instance holds them (fed by {@link RevocationFeed}): whether a
 * token, given its id, user name and issue time, has been ended. Revocations past their {@code until} are dropped.
 */
public class RevocationList {

    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    private final Map<String, Revocation> accounts = new ConcurrentHashMap<>();

    /** Takes a revocation into account; of two for one account, the later moment wins. */
    public void add(Revocation revocation) {
        switch (revocation.kind()) {
            case TOKEN -> tokens.merge(revocation.subject(), revocation.until(), (a, b) -> a.isAfter(b) ? a : b);
            case ACCOUNT -> accounts.merge(revocation.subject(), revocation,
                    (a, b) -> a.issuedUntil().isAfter(b.issuedUntil()) ? a : b);
        }
    }

    /**
     * Whether the token has been ended: its id signed out, or its account revoked at or after the second it was
     * issued (a JWT's {@code iat} has whole seconds).
     */
    public boolean isRevoked(String tokenId, String username, Instant issuedAt) {
        if (tokenId != null && tokens.containsKey(tokenId)) {
            return true;
        }
        Revocation account = username == null ? null : accounts.get(username);
        return account != null && issuedAt != null && !issuedAt.isAfter(account.issuedUntil());
    }

    /** Drops what no longer matters at {@code now}; returns how many remain. */
    public int prune(Instant now) {
        tokens.values().removeIf(until -> until.isBefore(now));
        accounts.values().removeIf(r -> r.until().isBefore(now));
        return tokens.size() + accounts.size();
    }
}
