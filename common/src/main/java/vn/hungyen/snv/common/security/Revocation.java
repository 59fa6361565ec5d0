package vn.hungyen.snv.common.security;

import java.time.Instant;

/**
 * An end put to access tokens before they expire: one token (signed out, by its {@code jti}) or every token of an
 * account issued until a moment (the account disabled, its password reset or its roles changed). It matters until
 * {@code until}, when the tokens it concerns have expired anyway.
 *
 * @param kind    what {@code subject} names
 * @param subject the token id, or the user name
 * @param issuedUntil for an account: tokens issued at or before this moment are void; unused for a token
 * @param until   when the revocation stops mattering
 */
public record Revocation(Kind kind, String subject, Instant issuedUntil, Instant until) {

    /** What a revocation names. */
    public enum Kind {
        /** One token, by its id ({@code jti}). */
        TOKEN,
        /** Every token of an account issued until a moment. */
        ACCOUNT
    }

    /** The token with this id, which expires at {@code expiresAt}. */
    public static Revocation ofToken(String tokenId, Instant expiresAt) {
        return new Revocation(Kind.TOKEN, tokenId, null, expiresAt);
    }

    /** Every token of the account issued until {@code now}; the longest of them lives {@code tokenLifetime}. */
    public static Revocation ofAccount(String username, Instant now, java.time.Duration tokenLifetime) {
        return new Revocation(Kind.ACCOUNT, username, now, now.plus(tokenLifetime));
    }
}
