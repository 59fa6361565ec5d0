package vn.hungyen.snv.webui.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.webui.service.AuthService;

/** Sign-in, sign-out and the start page. The session is the same JWT the APIs take. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PageResource {

    static final String TOKEN_COOKIE = "snv_token";
    /** The login page's notice after a password change. */
    static final String PASSWORD_CHANGED = "password-changed";

    /** Links to the services' API documentation. */
    public record ServiceLink(String name, String url) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String username, String error, String notice);

        static native TemplateInstance home(List<ServiceLink> services);

        static native TemplateInstance error(String message);
    }

    private final AuthService auth;
    private final SecurityIdentity identity;
    private final boolean secureCookie;
    private final List<ServiceLink> services;

    PageResource(AuthService auth, SecurityIdentity identity,
            @ConfigProperty(name = "app.auth.secure-cookie", defaultValue = "false") boolean secureCookie,
            @ConfigProperty(name = "app.services.plan-url") String planUrl,
            @ConfigProperty(name = "app.services.task-url") String taskUrl,
            @ConfigProperty(name = "app.services.evaluation-url") String evaluationUrl) {
        this.auth = auth;
        this.identity = identity;
        this.secureCookie = secureCookie;
        this.services = List.of(new ServiceLink("Kế hoạch (plan-service)", planUrl + "/q/swagger-ui"),
                new ServiceLink("Nhiệm vụ (task-service)", taskUrl + "/q/swagger-ui"),
                new ServiceLink("Đánh giá (evaluation-service)", evaluationUrl + "/q/swagger-ui"));
    }

    @GET
    @Operation(hidden = true)
    public Response home() {
        if (identity.isAnonymous()) {
            return Response.seeOther(URI.create("/login")).build();
        }
        return Response.ok(Templates.home(services)).build();
    }

    @GET
    @Path("login")
    @Operation(hidden = true)
    public Response loginPage(@QueryParam("notice") String notice) {
        if (!identity.isAnonymous()) {
            return Response.seeOther(URI.create("/")).build();
        }
        return Response.ok(Templates.login("", null, PASSWORD_CHANGED.equals(notice)
                ? "Đã đổi mật khẩu. Vui lòng đăng nhập bằng mật khẩu mới." : null)).build();
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response login(@FormParam("username") String username, @FormParam("password") String password,
            @Context RoutingContext http) {
        String name = username == null ? "" : username.trim();
        if (name.isEmpty() || password == null || password.isEmpty()) {
            return Response.status(400)
                    .entity(Templates.login(name, "Vui lòng nhập tên đăng nhập và mật khẩu.", null)).build();
        }
        try {
            AuthService.IssuedToken issued = auth.login(name, password, TokenResource.address(http));
            return Response.seeOther(URI.create("/")).cookie(cookie(issued.accessToken(), (int) issued.expiresIn()))
                    .build();
        } catch (ProblemException e) {
            if (AuthService.PASSWORD_CHANGE_REQUIRED.equals(e.problem().code())) {
                return Response.seeOther(UriBuilder.fromPath("/password").queryParam("username", name)
                        .queryParam("required", true).build()).build();
            }
            return Response.status(e.problem().status()).entity(Templates.login(name, e.getMessage(), null)).build();
        }
    }

    @POST
    @Path("logout")
    @Operation(hidden = true)
    public Response logout() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            auth.revoke(token);
        }
        return Response.seeOther(URI.create("/login")).cookie(cookie("", 0)).build();
    }

    private NewCookie cookie(String value, int maxAge) {
        return sessionCookie(value, maxAge, secureCookie);
    }

    /** The session cookie; an empty value with no age clears it. */
    static NewCookie sessionCookie(String value, int maxAge, boolean secure) {
        return new NewCookie.Builder(TOKEN_COOKIE).value(value).path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT).maxAge(maxAge).build();
    }
}
