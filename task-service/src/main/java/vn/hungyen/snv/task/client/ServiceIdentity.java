package vn.hungyen.snv.task.client;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Set;
import vn.hungyen.snv.common.security.Claims;
import vn.hungyen.snv.common.security.Roles;

/**
 * task-service's own identity for work no person asks for: the reminder job reading evaluation-service's pending steps
 * of a month. A token of one organisation with the role {@link Roles#SERVICE} only, signed with the deployment's
 * signing key ({@code smallrye.jwt.sign.key.location}) and valid {@link #LIFETIME}; made for each call and never
 * stored (docs/security.md, "Service identity").
 */
@ApplicationScoped
public class ServiceIdentity {

    /** The token's user name. */
    public static final String NAME = "task-service";
    static final Duration LIFETIME = Duration.ofMinutes(2);

    /** The Authorization header value for a call on behalf of the organisation. */
    String bearer(String organisationCode) {
        return "Bearer " + Jwt.upn(NAME).groups(Set.of(Roles.SERVICE)).claim(Claims.ORGANISATION, organisationCode)
                .expiresIn(LIFETIME).sign();
    }
}
