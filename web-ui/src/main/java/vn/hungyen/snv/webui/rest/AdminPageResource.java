package vn.hungyen.snv.webui.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.common.rules.RuleViolationException;
import vn.hungyen.snv.webui.client.PlanGateway;
import vn.hungyen.snv.webui.client.ServiceMessage;
import vn.hungyen.snv.webui.domain.AccountRules;
import vn.hungyen.snv.webui.repository.Account;
import vn.hungyen.snv.webui.service.AccountService;

/**
 * "Quản trị", for an organisation's administrators: its units and officers (from plan-service), adding an officer,
 * giving an officer an account (its one-time password is shown once, on the answer page), disabling, enabling and
 * resetting the password of an account.
 */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AdminPageResource {

    /** An officer with their account, if they have one. */
    public record OfficerRow(PlanGateway.Officer officer, Account account) {
    }

    /** A one-time password to hand over, shown on this page only. */
    public record Handover(String username, String password) {
    }

    /** A role to choose, with its name. */
    public record RoleOption(String code, String label) {
    }

    /** Everything the page shows. */
    public record View(List<PlanGateway.Unit> units, List<OfficerRow> officers, List<Account> accounts,
            List<String> errors, String notice, Handover handover) {
        public List<RoleOption> roles() {
            return AccountRules.GRANTABLE_ROLES.stream().map(r -> new RoleOption(r, UserSession.roleLabel(r)))
                    .toList();
        }
    }

    private static final Map<String, String> NOTICES = Map.of("officer-created", "Đã thêm cán bộ.",
            "account-disabled", "Đã khóa tài khoản.", "account-enabled", "Đã mở khóa tài khoản.");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance admin(View view);
    }

    private final PlanGateway plans;
    private final AccountService accounts;
    private final UserSession session;

    AdminPageResource(PlanGateway plans, AccountService accounts, UserSession session) {
        this.plans = plans;
        this.accounts = accounts;
        this.session = session;
    }

    @GET
    @Operation(hidden = true)
    public Response page(@QueryParam("notice") String notice) {
        if (!session.isAdmin()) {
            return Response.seeOther(URI.create("/")).build();
        }
        return page(200, List.of(), notice == null ? null : NOTICES.get(notice), null);
    }

    @POST
    @Path("/officers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response createOfficer(@FormParam("fullName") String fullName, @FormParam("unitCode") String unitCode,
            @FormParam("position") String position, @FormParam("role") String role) {
        if (!session.isAdmin()) {
            return Response.seeOther(URI.create("/")).build();
        }
        if (trim(fullName).isEmpty() || trim(unitCode).isEmpty() || trim(position).isEmpty()) {
            return page(400, List.of("Nhập họ tên, chọn đơn vị và nhập chức vụ của cán bộ."), null, null);
        }
        return act(() -> plans.createOfficer(new PlanGateway.NewOfficer(trim(fullName), trim(unitCode),
                trim(position), blankToNull(role), null)), created -> notice("officer-created"));
    }

    @POST
    @Path("/accounts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response createAccount(@FormParam("username") String username, @FormParam("officerId") Long officerId,
            @FormParam("role") String role) {
        if (!session.isAdmin()) {
            return Response.seeOther(URI.create("/")).build();
        }
        return act(() -> accounts.create(trim(username), officerId, null,
                trim(role).isEmpty() ? List.of() : List.of(trim(role))),
                created -> page(201, List.of(), "Đã tạo tài khoản " + created.account().username + ".",
                        new Handover(created.account().username, created.oneTimePassword())));
    }

    @POST
    @Path("/accounts/{username}/enabled")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response setEnabled(@PathParam("username") String username, @FormParam("enabled") boolean enabled) {
        if (!session.isAdmin()) {
            return Response.seeOther(URI.create("/")).build();
        }
        return act(() -> accounts.update(username, enabled, null),
                updated -> notice(enabled ? "account-enabled" : "account-disabled"));
    }

    @POST
    @Path("/accounts/{username}/reset-password")
    @Operation(hidden = true)
    public Response resetPassword(@PathParam("username") String username) {
        if (!session.isAdmin()) {
            return Response.seeOther(URI.create("/")).build();
        }
        return act(() -> accounts.resetPassword(username),
                reset -> page(200, List.of(), "Đã cấp mật khẩu một lần mới cho " + username + ".",
                        new Handover(username, reset.oneTimePassword())));
    }

    /** Does the step and answers with {@code then}, or shows the page again with why it was refused. */
    private <T> Response act(Supplier<T> step, Function<T, Response> then) {
        T done;
        try {
            done = step.get();
        } catch (ServiceMessage e) {
            return page(e.status(), e.lines(), null, null);
        } catch (ProblemException e) {
            return page(e.problem().status(), List.of(e.getMessage()), null, null);
        } catch (RuleViolationException e) {
            return page(400, List.of(e.getMessage()), null, null);
        }
        return then.apply(done);
    }

    private static Response notice(String notice) {
        return Response.seeOther(UriBuilder.fromPath("/admin").queryParam("notice", notice).build()).build();
    }

    private Response page(int status, List<String> errors, String notice, Handover handover) {
        List<Account> organisationAccounts = accounts.list();
        Map<Long, Account> byOfficer = organisationAccounts.stream().filter(a -> a.officerId != null)
                .collect(Collectors.toMap(a -> a.officerId, a -> a));
        try {
            List<OfficerRow> officers = plans.officers(null).stream()
                    .map(o -> new OfficerRow(o, byOfficer.get(o.id()))).toList();
            return Response.status(status).entity(Templates.admin(new View(plans.units(), officers,
                    organisationAccounts, errors, notice, handover))).build();
        } catch (ServiceMessage e) {
            List<String> all = new ArrayList<>(errors);
            all.addAll(e.lines());
            return Response.status(status == 200 ? e.status() : status).entity(Templates.admin(new View(List.of(),
                    List.of(), organisationAccounts, all, notice, handover))).build();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}
