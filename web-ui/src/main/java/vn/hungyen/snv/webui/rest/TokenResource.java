package vn.hungyen.snv.webui.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.vertx.ext.web.RoutingContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hungyen.snv.webui.service.AuthService;

/** The built-in token issuer for REST clients (docs/contract.md, "Accounts and tokens"). */
@Path("/api/auth")
@Tag(name = "Xác thực", description = "Access tokens for the APIs")
public class TokenResource {

    /** Credentials. */
    public record TokenRequest(@NotBlank(message = "cần tên đăng nhập") @Size(max = 64, message = "tên đăng nhập dài tối đa 64 ký tự") String username,
            @NotBlank(message = "cần mật khẩu") @Size(max = 200, message = "mật khẩu dài tối đa 200 ký tự") String password) {
    }

    /** An OAuth2-style token response. */
    public record TokenResponse(@JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType, @JsonProperty("expires_in") long expiresIn) {
    }

    private final AuthService auth;

    TokenResource(AuthService auth) {
        this.auth = auth;
    }

    @POST
    @Path("token")
    @Operation(summary = "Exchange user name and password for a bearer token (RS256 JWT)")
    public TokenResponse token(@Valid @NotNull(message = "cần tên đăng nhập và mật khẩu") TokenRequest request,
            @Context RoutingContext http) {
        AuthService.IssuedToken token = auth.login(request.username(), request.password(), address(http));
        return new TokenResponse(token.accessToken(), "Bearer", token.expiresIn());
    }

    @POST
    @Path("logout")
    @Authenticated
    @Operation(summary = "End the bearer token of the request (signing out); every service refuses it from now on. "
            + "Answers 204")
    public void logout(@Context SecurityContext security) {
        auth.revoke((JsonWebToken) security.getUserPrincipal());
    }

    static String address(RoutingContext http) {
        return http.request().remoteAddress() == null ? "unknown" : http.request().remoteAddress().hostAddress();
    }
}
