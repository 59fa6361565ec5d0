package vn.hungyen.snv.common.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.Set;
import vn.hungyen.snv.common.organisation.DemoOrganisation;
import vn.hungyen.snv.common.security.Claims;

/**
 * Signs tokens for the demo accounts in tests, with the same claims web-ui issues. The key is
 * the one {@code smallrye.jwt.sign.key.location} names and the issuer
 * {@code smallrye.jwt.new-token.issuer} (scripts/infra.sh creates it).
 */
public final class TestTokens {

    private static final DemoOrganisation ORGANISATION = DemoOrganisation.load();

    private TestTokens() {
    }

    /** A valid token for a demo account, e.g. {@code officer.cchc.1}. */
    public static String of(String username) {
        DemoOrganisation.Officer officer = "admin".equals(username) ? null : ORGANISATION.officer(username);
        JwtClaimsBuilder claims = Jwt.upn(username)
                .groups(officer == null ? Set.of("admin") : Set.of(officer.role()));
        if (officer != null) {
            claims.claim(Claims.OFFICER_ID, officer.id());
            if (officer.unitCode() != null) {
                claims.claim(Claims.UNIT, officer.unitCode());
            }
            if ("deputy_director".equals(officer.role())) {
                claims.claim(Claims.SUPERVISED_UNITS, ORGANISATION.unitsSupervisedBy(username));
            }
        }
        return claims.sign();
    }

    /** "Bearer ..." for a demo account. */
    public static String bearer(String username) {
        return "Bearer " + of(username);
    }
}
