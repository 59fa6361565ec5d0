package vn.hungyen.snv.webui.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Ends a page session whose token has been revoked (signed out, or its account disabled or changed since it signed
 * in): its cookie is cleared and the person is sent to the sign-in page. A revoked bearer token on {@code /api/}
 * paths is refused by common's {@code RevokedTokenFilter}, in every service.
 */
public class SessionFilter {

    private static final Logger LOG = Logger.getLogger(SessionFilter.class);

    private final UserSession session;
    private final boolean secureCookie;

    SessionFilter(UserSession session,
            @ConfigProperty(name = "app.auth.secure-cookie", defaultValue = "false") boolean secureCookie) {
        this.session = session;
        this.secureCookie = secureCookie;
    }

    @ServerRequestFilter
    public Optional<Response> refuseRevokedSession(ContainerRequestContext request) {
        boolean page = !request.getUriInfo().getPath().startsWith("/api/");
        boolean cookieSession = request.getCookies().containsKey(PageResource.TOKEN_COOKIE)
                && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null;
        if (page && cookieSession && session.isRevoked()) {
            LOG.infof("Ended the revoked page session of %s (%s %s)", session.getUsername(),
                    request.getMethod(), request.getUriInfo().getPath());
            return Optional.of(Response.seeOther(URI.create("/login")).cookie(PageResource.sessionCookie("", 0,
                    secureCookie)).build());
        }
        return Optional.empty();
    }
}
