package vn.hungyen.snv.webui.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.common.rules.RuleViolationException;
import vn.hungyen.snv.webui.service.AuthService;

/**
 * "Đổi mật khẩu", for everyone: signed in or not, since a one-time password must be changed before it signs in
 * (the sign-in page sends such a person here). After the change the person signs in again with the new password.
 */
@Path("/password")
@Produces(MediaType.TEXT_HTML)
public class PasswordPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance password(String username, boolean required, String error);
    }

    private final AuthService auth;
    private final UserSession session;
    private final boolean secureCookie;

    PasswordPageResource(AuthService auth, UserSession session,
            @ConfigProperty(name = "app.auth.secure-cookie", defaultValue = "false") boolean secureCookie) {
        this.auth = auth;
        this.session = session;
        this.secureCookie = secureCookie;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance form(@QueryParam("username") String username, @QueryParam("required") boolean required) {
        return Templates.password(session.isSignedIn() ? session.getUsername() : trim(username), required, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response change(@FormParam("username") String username, @FormParam("currentPassword") String current,
            @FormParam("newPassword") String proposed, @FormParam("confirmPassword") String confirmation,
            @FormParam("required") boolean required, @Context RoutingContext http) {
        String name = trim(username);
        if (name.isEmpty() || isEmpty(current) || isEmpty(proposed)) {
            return refused(400, name, required, "Vui lòng nhập tên đăng nhập, mật khẩu hiện tại và mật khẩu mới.");
        }
        if (!proposed.equals(confirmation)) {
            return refused(400, name, required, "Mật khẩu nhập lại không khớp với mật khẩu mới.");
        }
        try {
            auth.changePassword(name, current, proposed, TokenResource.address(http));
        } catch (ProblemException e) {
            return refused(e.problem().status(), name, required, e.getMessage());
        } catch (RuleViolationException e) {
            return refused(400, name, required, e.getMessage());
        }
        return Response.seeOther(URI.create("/login?notice=" + PageResource.PASSWORD_CHANGED))
                .cookie(PageResource.sessionCookie("", 0, secureCookie)).build();
    }

    private static Response refused(int status, String username, boolean required, String error) {
        return Response.status(status).entity(Templates.password(username, required, error)).build();
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isEmpty();
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}
