package vn.hungyen.snv.common.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.security.Principal;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.hungyen.snv.common.rest.Problem;

/**
 * Refuses, on every {@code /api/} path of every service, a token that has been signed out or whose account has been
 * revoked since it was issued: 401 {@code token-revoked}. (web-ui's pages send such a session to the sign-in page
 * instead.)
 */
public class RevokedTokenFilter {

    private final RevocationFeed revocations;

    RevokedTokenFilter(RevocationFeed revocations) {
        this.revocations = revocations;
    }

    /** Before matching, so before any role check: a revoked token is a 401, not a 403. */
    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseRevoked(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext().getUserPrincipal();
        if (request.getUriInfo().getPath().startsWith("/api/") && principal instanceof JsonWebToken token
                && revocations.isRevoked(token)) {
            Problem problem = Problem.of(401, "token-revoked", "Phiên đăng nhập đã kết thúc",
                    "Thẻ truy cập này đã bị thu hồi (đăng xuất, tài khoản bị khóa hoặc đổi quyền). "
                            + "Vui lòng đăng nhập lại để nhận thẻ mới.");
            return Optional.of(Response.status(401).type(Problem.MEDIA_TYPE).entity(problem).build());
        }
        return Optional.empty();
    }
}
