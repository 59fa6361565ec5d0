package vn.hungyen.snv.webui.rest;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.hungyen.snv.common.rest.Problem;
import vn.hungyen.snv.webui.service.AuthService;

/** Too many failed password checks (sign-in, password change): 429 with the seconds to wait in Retry-After. */
public class TooManyAttemptsMapper {

    @ServerExceptionMapper
    public Response tooMany(AuthService.TooManyAttemptsException e) {
        return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", e.retryAfterSeconds())
                .entity(e.problem()).build();
    }
}
