package vn.hungyen.snv.webui.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.hungyen.snv.common.rest.Problem;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.webui.client.ServiceMessage;
import vn.hungyen.snv.webui.repository.Account;
import vn.hungyen.snv.webui.service.AccountService;

/**
 * The accounts of the caller's organisation, for its administrators; the system administrator creates and manages
 * the organisations' administrators (docs/contract.md, "Accounts and tokens").
 */
@Path("/api/accounts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SYSTEM_ADMIN})
@Tag(name = "Tài khoản", description = "Accounts of the organisation")
public class AccountResource {

    /** A new account: an officer of the caller's organisation, or (system administrator) an organisation's admin. */
    public record NewAccount(String username, Long officerId, String organisationCode, List<String> roles) {
    }

    /** What changes: enabled or disabled, the roles; what is left out stays. */
    public record AccountChange(Boolean enabled, List<String> roles) {
    }

    /** An account without its password. */
    public record AccountView(String username, String fullName, String organisationCode, Long officerId,
            String unitCode, List<String> roles, List<String> supervisedUnits, boolean enabled,
            boolean mustChangePassword, Instant passwordChangedAt, Instant disabledAt, String createdBy) {
        static AccountView of(Account a) {
            return new AccountView(a.username, a.fullName, a.organisationCode, a.officerId, a.unitCode, a.roleList(),
                    a.supervisedUnitList(), a.enabled, a.mustChangePassword, a.passwordChangedAt, a.disabledAt,
                    a.createdBy);
        }
    }

    /** A created account with its one-time password, shown only in this answer. */
    public record CreatedAccount(String username, String fullName, Long officerId, String organisationCode,
            String unitCode, List<String> roles, String oneTimePassword) {
    }

    /** A new one-time password, shown only in this answer. */
    public record OneTimePassword(String oneTimePassword) {
    }

    private final AccountService accounts;

    AccountResource(AccountService accounts) {
        this.accounts = accounts;
    }

    @GET
    @Operation(summary = "The accounts the caller manages (an administrator: their organisation's)")
    public List<AccountView> list() {
        return accounts.list().stream().map(AccountView::of).toList();
    }

    @POST
    @Operation(summary = "Create an account with a one-time password, which must be changed before signing in")
    public Response create(@NotNull(message = "cần thông tin tài khoản") NewAccount request) {
        AccountService.WithPassword created = accounts.create(request.username(), request.officerId(),
                request.organisationCode(), request.roles());
        Account a = created.account();
        return Response.created(UriBuilder.fromPath("/api/accounts/{username}").build(a.username))
                .entity(new CreatedAccount(a.username, a.fullName, a.officerId, a.organisationCode, a.unitCode,
                        a.roleList(), created.oneTimePassword())).build();
    }

    @PUT
    @Path("/{username}")
    @Operation(summary = "Enable or disable an account, or change its roles")
    public AccountView update(@PathParam("username") String username,
            @NotNull(message = "cần nội dung thay đổi") AccountChange change) {
        return AccountView.of(accounts.update(username, change.enabled(), change.roles()));
    }

    @POST
    @Path("/{username}/reset-password")
    @Operation(summary = "Replace the password by a new one-time password")
    public OneTimePassword resetPassword(@PathParam("username") String username) {
        return new OneTimePassword(accounts.resetPassword(username).oneTimePassword());
    }

    /** plan-service refused or could not be reached while reading the officer or the organisation. */
    @ServerExceptionMapper
    public Response serviceFailed(ServiceMessage e) {
        int status = e.status() >= 500 ? 503 : 502;
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, "plan-service-failed", "Không đọc được dữ liệu tổ chức", e.getMessage()))
                .build();
    }
}
