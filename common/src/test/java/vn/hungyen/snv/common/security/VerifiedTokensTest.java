package vn.hungyen.snv.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.testing.MovingClock;

/**
 * The parser with smallrye's own RS256 check, on tokens signed with a key of the test's own: a token is checked once,
 * and nothing that fails the check, or has outlived its keeping, is taken from what was kept.
 */
class VerifiedTokensTest {

    private static final String ISSUER = "urn:test";
    private static final KeyPair KEYS = keys();

    private final MovingClock clock = new MovingClock(Instant.now(), ZoneOffset.UTC);
    private final VerifiedTokens parser = new VerifiedTokens(
            new JWTAuthContextInfo((RSAPublicKey) KEYS.getPublic(), ISSUER), clock, 3);

    @Test
    void theSameTokenIsCheckedOnceAndGivesTheSameClaims() throws ParseException {
        String token = token("officer.cchc.1", Duration.ofHours(2));

        JsonWebToken first = parser.parse(token);
        JsonWebToken again = parser.parse(token);

        assertThat(first.getName()).isEqualTo("officer.cchc.1");
        assertThat(again).isSameAs(first);
    }

    @Test
    void aTokenWithAnotherSignatureIsRefusedAfterItsTwinWasKept() throws ParseException {
        String token = token("officer.cchc.1", Duration.ofHours(2));
        parser.parse(token);
        int dot = token.lastIndexOf('.');
        byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        signature[0] ^= 1;
        String forged = token.substring(0, dot + 1) + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);

        assertThatThrownBy(() -> parser.parse(forged)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> parser.parse(forged)).isInstanceOf(ParseException.class);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsNeverKept() {
        String foreign = Jwt.issuer(ISSUER).upn("officer.cchc.1").expiresIn(Duration.ofHours(2)).sign(keys().getPrivate());

        assertThatThrownBy(() -> parser.parse(foreign)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> parser.parse(foreign)).isInstanceOf(ParseException.class);
    }

    @Test
    void aKeptTokenIsCheckedAgainAfterTheKeepingTime() throws ParseException {
        String token = token("head.cchc", Duration.ofHours(2));
        JsonWebToken first = parser.parse(token);

        clock.move(VerifiedTokens.KEPT_FOR.minusSeconds(1));
        assertThat(parser.parse(token)).isSameAs(first);
        clock.move(Duration.ofSeconds(1));
        JsonWebToken checkedAgain = parser.parse(token);

        assertThat(checkedAgain).isNotSameAs(first);
        assertThat(parser.parse(token)).isSameAs(checkedAgain);
    }

    @Test
    void aTokenIsNotKeptPastItsExpiry() throws ParseException {
        String token = token("head.cchc", Duration.ofSeconds(30));
        JsonWebToken first = parser.parse(token);

        clock.move(Duration.ofSeconds(31));

        // the kept one has expired: smallrye checks the token again (and, within its clock skew, still accepts it)
        assertThat(parser.parse(token)).isNotSameAs(first);
    }

    @Test
    void pastItsCapacityTheParserKeepsOnlyNewTokens() throws ParseException {
        String[] tokens = {token("a", Duration.ofHours(1)), token("b", Duration.ofHours(1)),
                token("c", Duration.ofHours(1)), token("d", Duration.ofHours(1))};
        JsonWebToken a = parser.parse(tokens[0]);
        parser.parse(tokens[1]);
        JsonWebToken c = parser.parse(tokens[2]);

        JsonWebToken d = parser.parse(tokens[3]);

        assertThat(parser.parse(tokens[3])).isSameAs(d);
        assertThat(parser.parse(tokens[2])).isNotSameAs(c);
        assertThat(parser.parse(tokens[0])).isNotSameAs(a);
    }

    private static String token(String username, Duration lifetime) {
        return Jwt.issuer(ISSUER).upn(username).expiresIn(lifetime).sign(KEYS.getPrivate());
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
