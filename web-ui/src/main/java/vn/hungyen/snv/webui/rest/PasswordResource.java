package vn.hungyen.snv.webui.rest;

import io.vertx.ext.web.RoutingContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hungyen.snv.webui.service.AuthService;

/** Changing one's password, with the current one instead of a token (a one-time password cannot get one). */
@Path("/api/auth/password")
@Tag(name = "Xác thực", description = "Access tokens for the APIs")
public class PasswordResource {

    /** The current password and the new one. */
    public record PasswordChange(@NotBlank(message = "cần tên đăng nhập") @Size(max = 64, message = "tên đăng nhập dài tối đa 64 ký tự") String username,
            @NotBlank(message = "cần mật khẩu hiện tại") @Size(max = 200, message = "mật khẩu dài tối đa 200 ký tự") String currentPassword,
            @NotBlank(message = "cần mật khẩu mới") @Size(max = 200, message = "mật khẩu dài tối đa 200 ký tự") String newPassword) {
    }

    private final AuthService auth;

    PasswordResource(AuthService auth) {
        this.auth = auth;
    }

    @POST
    @Operation(summary = "Change a password (also a one-time one); answers 204")
    public void change(@Valid @NotNull(message = "cần tên đăng nhập và mật khẩu") PasswordChange request,
            @Context RoutingContext http) {
        auth.changePassword(request.username(), request.currentPassword(), request.newPassword(),
                TokenResource.address(http));
    }
}
