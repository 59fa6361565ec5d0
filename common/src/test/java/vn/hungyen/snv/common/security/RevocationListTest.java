package vn.hungyen.snv.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RevocationListTest {

    private static final Instant NOON = Instant.parse("2026-12-02T05:00:00Z");
    private final RevocationList list = new RevocationList();

    @Test
    void aSignedOutTokenIsVoidAndTheAccountsOtherTokensAreNot() {
        list.add(Revocation.ofToken("jti-1", NOON.plus(Duration.ofHours(8))));

        assertThat(list.isRevoked("jti-1", "officer.vp.1", NOON)).isTrue();
        assertThat(list.isRevoked("jti-2", "officer.vp.1", NOON)).isFalse();
    }

    @Test
    void anAccountsTokensIssuedUntilTheRevocationAreVoidAndLaterOnesAreNot() {
        list.add(Revocation.ofAccount("officer.vp.1", NOON.plusMillis(300), Duration.ofHours(8)));

        assertThat(list.isRevoked("a", "officer.vp.1", NOON.minus(Duration.ofHours(7)))).isTrue();
        // issued in the same second (a token's issue time has whole seconds)
        assertThat(list.isRevoked("b", "officer.vp.1", NOON)).isTrue();
        assertThat(list.isRevoked("c", "officer.vp.1", NOON.plusSeconds(1))).isFalse();
        assertThat(list.isRevoked("d", "officer.vp.2", NOON)).isFalse();
    }

    @Test
    void theLaterOfTwoRevocationsOfAnAccountWinsInWhateverOrderTheyArrive() {
        list.add(Revocation.ofAccount("head.vp", NOON.plusSeconds(60), Duration.ofHours(8)));
        list.add(Revocation.ofAccount("head.vp", NOON, Duration.ofHours(8)));

        assertThat(list.isRevoked(null, "head.vp", NOON.plusSeconds(30))).isTrue();
    }

    @Test
    void revocationsAreDroppedOnceTheTokensTheyConcernHaveExpired() {
        list.add(Revocation.ofToken("jti-1", NOON.plus(Duration.ofHours(1))));
        list.add(Revocation.ofAccount("officer.vp.1", NOON, Duration.ofHours(8)));

        assertThat(list.prune(NOON.plus(Duration.ofHours(2)))).isEqualTo(1);
        assertThat(list.isRevoked("jti-1", "x", NOON)).isFalse();
        assertThat(list.prune(NOON.plus(Duration.ofHours(9)))).isZero();
        assertThat(list.isRevoked(null, "officer.vp.1", NOON)).isFalse();
    }
}
