package vn.hungyen.snv.common.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.jwt.runtime.auth.JWTAuthMechanism;
import io.quarkus.smallrye.jwt.runtime.auth.SmallRyeJwtConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import vn.hungyen.snv.common.rest.ApiPaths;
import vn.hungyen.snv.common.rest.Problem;

/**
 * The bearer-token mechanism, whose challenge to a request without a token (401, {@code WWW-Authenticate: Bearer})
 * carries a problem body under {@code /api/}, like every other refusal there; it is otherwise Quarkus' own, which
 * it replaces ({@code quarkus.arc.exclude-types} in common's configuration).
 */
@Singleton
public class ProblemChallenge extends JWTAuthMechanism {

    private final ObjectMapper json;

    @Inject
    ProblemChallenge(SmallRyeJwtConfig config, ObjectMapper json) {
        super(config);
        this.json = json;
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext ctx) {
        return super.sendChallenge(ctx).map(sent -> {
            if (ApiPaths.isApi(ctx.normalizedPath()) && !ctx.response().headWritten()) {
                Buffer body = Buffer.buffer(problemBody(ctx));
                ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(body.length())).write(body);
            }
            return sent;
        });
    }

    private String problemBody(RoutingContext ctx) {
        try {
            return json.writeValueAsString(ApiPaths.problem(401, ctx.request().method().name(), ctx.normalizedPath()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem body cannot be written", e);
        }
    }
}
