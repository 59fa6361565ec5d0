package vn.hungyen.snv.common.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hungyen.snv.common.input.RequestTarget;

/**
 * What every service refuses on the HTTP layer, before or after JAX-RS: a request target that cannot be read
 * ({@link RequestTarget}: bad percent-encoding, control characters) is a 400 problem on every path, before anything
 * else sees it; under {@code /api/}, a path that no route serves is a 404 problem instead of the router's bare 404,
 * and a request refused by sign-in (no or an invalid token: 401, a role that may not: 403) a problem too.
 */
@ApplicationScoped
public class HttpRefusals {

    /** Runs before the other filters (security, CORS), so that no handler reads a target it cannot decode. */
    static final int TARGET_CHECK_PRIORITY = 10_000;

    private final ObjectMapper json;

    HttpRefusals(ObjectMapper json) {
        this.json = json;
    }

    void checkTargets(@Observes Filters filters) {
        filters.register(this::checkTarget, TARGET_CHECK_PRIORITY);
    }

    /**
     * A body whose declared length is beyond {@code quarkus.http.limits.max-body-size} is a 413 problem under
     * {@code /api/}, before the HTTP layer would answer its bare 413 (a route of a service may answer first with a
     * problem of its own, as plan-service's catalogue import does).
     */
    void refuseTooLargeApiBodies(@Observes Router router,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBody) {
        router.route("/api/*").order(Integer.MIN_VALUE + 1).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBody.asLongValue()) {
                ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                answer(ctx, ApiPaths.problem(413, ctx.request().method().name(), ctx.normalizedPath()));
            } else {
                ctx.next();
            }
        });
    }

    void answerUnknownApiPaths(@Observes Router router) {
        router.route("/api/*").order(Integer.MAX_VALUE).handler(ctx -> answer(ctx,
                ApiPaths.problem(404, ctx.request().method().name(), ctx.normalizedPath())));
    }

    /**
     * On every route, since a target whose escapes cannot be decoded (e.g. {@code %ZZ}) fails before any path is
     * matched; the raw target says whether it is an API request.
     */
    void answerApiFailures(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
    }

    private void failure(RoutingContext ctx) {
        if (!ApiPaths.isApi(rawPath(ctx.request().uri()))) {
            ctx.next();
            return;
        }
        Throwable failure = ctx.failure();
        int status;
        if (failure instanceof AuthenticationFailedException || failure instanceof AuthenticationCompletionException
                || failure instanceof UnauthorizedException) {
            status = 401;
        } else if (failure instanceof ForbiddenException) {
            status = 403;
        } else if (failure == null && ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
            status = ctx.statusCode();
        } else {
            ctx.next();
            return;
        }
        if (ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        if (status == 401) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
        }
        answer(ctx, ApiPaths.problem(status, ctx.request().method().name(), ctx.normalizedPath()));
    }

    private static String rawPath(String uri) {
        int query = uri == null ? -1 : uri.indexOf('?');
        return query < 0 ? uri : uri.substring(0, query);
    }

    private void checkTarget(RoutingContext ctx) {
        RequestTarget.problem(ctx.request().uri()).ifPresentOrElse(
                detail -> answer(ctx, new Problem("urn:snv:problem:bad-request-target", "Địa chỉ không hợp lệ", 400,
                        "bad-request-target", detail, List.of())),
                ctx::next);
    }

    private void answer(RoutingContext ctx, Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem body cannot be written", e);
        }
        ctx.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
    }
}
