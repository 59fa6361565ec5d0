package vn.hungyen.snv.common.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.Set;
import vn.hungyen.snv.common.organisation.DemoOrganisation;
import vn.hungyen.snv.common.security.Claims;
import vn.hungyen.snv.common.security.Roles;

/**
 * Signs tokens for the demo accounts in tests, with the same claims web-ui issues. The key is
 * the one {@code smallrye.jwt.sign.key.location} names and the issuer
 * {@code smallrye.jwt.new-token.issuer} (scripts/infra.sh creates it).
 */
public final class TestTokens {

    /** The user name of task-service's own identity (role service only), for the jobs no person runs. */
    public static final String SERVICE = "task-service";
    private static final DemoOrganisation ORGANISATION = DemoOrganisation.load();

    private TestTokens() {
    }

    /**
     * A valid token for a demo account, e.g. {@code officer.cchc.1}; {@code admin} administers the Department,
     * {@code admin.myhao} Mỹ Hào, {@code sysadmin} is the system administrator of no organisation, and
     * {@value #SERVICE} is task-service's own identity in the Department (docs/security.md, "Service identity").
     */
    public static String of(String username) {
        if ("sysadmin".equals(username)) {
            return Jwt.upn(username).groups(Set.of(Roles.SYSTEM_ADMIN)).sign();
        }
        if (SERVICE.equals(username)) {
            return Jwt.upn(username).groups(Set.of(Roles.SERVICE)).claim(Claims.ORGANISATION,
                    DemoOrganisation.DEPARTMENT).sign();
        }
        if ("admin".equals(username) || "admin.myhao".equals(username)) {
            return Jwt.upn(username).groups(Set.of(Roles.ADMIN)).claim(Claims.ORGANISATION,
                    "admin".equals(username) ? DemoOrganisation.DEPARTMENT : DemoOrganisation.MY_HAO).sign();
        }
        DemoOrganisation.Officer officer = ORGANISATION.officer(username);
        JwtClaimsBuilder claims = Jwt.upn(username).groups(Set.of(officer.role()))
                .claim(Claims.ORGANISATION, officer.organisationCode()).claim(Claims.OFFICER_ID, officer.id());
        if (officer.unitCode() != null) {
            claims.claim(Claims.UNIT, officer.unitCode());
        }
        if (Roles.DEPUTY_DIRECTOR.equals(officer.role())) {
            claims.claim(Claims.SUPERVISED_UNITS, ORGANISATION.unitsSupervisedBy(username));
        }
        return claims.sign();
    }

    /** "Bearer ..." for a demo account. */
    public static String bearer(String username) {
        return "Bearer " + of(username);
    }
}
