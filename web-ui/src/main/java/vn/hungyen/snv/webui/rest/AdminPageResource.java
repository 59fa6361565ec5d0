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
 * resetting the password of an account; the working-day calendar's years, flagging a year not entered yet, and
 * replacing a year's days ("Lịch làm việc").
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

    /** The calendar form: the year and its days, one "date,type,name" line each. */
    public record CalendarForm(Integer year, String lines) {

        static final CalendarForm EMPTY = new CalendarForm(null, "");

        static CalendarForm of(PlanGateway.CalendarYear year) {
            return new CalendarForm(year.year(), year.entries().stream()
                    .map(d -> d.date() + "," + d.type() + "," + d.name()).collect(Collectors.joining("\n")));
        }

        /** The non-blank lines as days; a line without its three fields is sent as it is, for plan-service to name. */
        List<PlanGateway.CalendarDay> days() {
            return lines.lines().filter(line -> !line.isBlank()).map(line -> line.split(",", 3))
                    .map(f -> new PlanGateway.CalendarDay(f[0].strip(), f.length > 1 ? f[1].strip() : null,
                            f.length > 2 ? f[2].strip() : null))
                    .toList();
        }
    }

    /** Everything the page shows. */
    public record View(List<PlanGateway.Unit> units, List<OfficerRow> officers, List<Account> accounts,
            PlanGateway.CalendarOverview calendar, CalendarForm calendarForm, List<String> errors, String notice,
            Handover handover, List<RoleOption> roles) {
    }

    private static final Map<String, String> NOTICES = Map.of("officer-created", "Đã thêm cán bộ.",
            "account-disabled", "Đã khóa tài khoản.", "account-enabled", "Đã mở khóa tài khoản.",
            "calendar-saved", "Đã lưu lịch làm việc của năm.");

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
    public Response page(@QueryParam("notice") String notice, @QueryParam("calendarYear") Integer calendarYear) {
        if (!session.isAdmin()) {
            return Response.seeOther(URI.create("/")).build();
        }
        String shown = notice == null ? null : NOTICES.get(notice);
        if (calendarYear == null) {
            return page(200, List.of(), shown, null);
        }
        return act(() -> CalendarForm.of(plans.calendarYear(calendarYear)),
                form -> page(200, List.of(), shown, null, form));
    }

    @POST
    @Path("/calendar")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response replaceCalendar(@FormParam("year") Integer year, @FormParam("lines") String lines) {
        if (!session.isAdmin()) {
            return Response.seeOther(URI.create("/")).build();
        }
        CalendarForm form = new CalendarForm(year, lines == null ? "" : lines);
        if (year == null) {
            return page(400, List.of("Nhập năm của lịch làm việc."), null, null, form);
        }
        return act(() -> plans.replaceCalendar(year, form.days()), saved -> Response.seeOther(UriBuilder
                .fromPath("/admin").queryParam("notice", "calendar-saved").queryParam("calendarYear", year)
                .fragment("calendar").build()).build(), form);
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
        return act(step, then, CalendarForm.EMPTY);
    }

    /** {@link #act(Supplier, Function)}, showing {@code form} again in the calendar form when refused. */
    private <T> Response act(Supplier<T> step, Function<T, Response> then, CalendarForm form) {
        T done;
        try {
            done = step.get();
        } catch (ServiceMessage e) {
            return page(e.status(), e.lines(), null, null, form);
        } catch (ProblemException e) {
            return page(e.problem().status(), List.of(e.getMessage()), null, null, form);
        } catch (RuleViolationException e) {
            return page(400, List.of(e.getMessage()), null, null, form);
        }
        return then.apply(done);
    }

    private static Response notice(String notice) {
        return Response.seeOther(UriBuilder.fromPath("/admin").queryParam("notice", notice).build()).build();
    }

    private Response page(int status, List<String> errors, String notice, Handover handover) {
        return page(status, errors, notice, handover, CalendarForm.EMPTY);
    }

    private Response page(int status, List<String> errors, String notice, Handover handover, CalendarForm form) {
        List<Account> organisationAccounts = accounts.list();
        Map<Long, Account> byOfficer = organisationAccounts.stream().filter(a -> a.officerId != null)
                .collect(Collectors.toMap(a -> a.officerId, a -> a));
        try {
            List<OfficerRow> officers = plans.officers(null).stream()
                    .map(o -> new OfficerRow(o, byOfficer.get(o.id()))).toList();
            PlanGateway.CalendarOverview calendar = plans.calendar();
            CalendarForm shown = form.year() != null || calendar.missingYears().isEmpty() ? form
                    : new CalendarForm(calendar.missingYears().get(0), form.lines());
            return Response.status(status).entity(Templates.admin(new View(plans.units(), officers,
                    organisationAccounts, calendar, shown, errors, notice, handover, roleOptions()))).build();
        } catch (ServiceMessage e) {
            List<String> all = new ArrayList<>(errors);
            all.addAll(e.lines());
            return Response.status(status == 200 ? e.status() : status).entity(Templates.admin(new View(List.of(),
                    List.of(), organisationAccounts, new PlanGateway.CalendarOverview(List.of(), List.of()), form,
                    all, notice, handover, roleOptions()))).build();
        }
    }

    /** The roles an administrator grants, by the titles of their organisation. */
    private List<RoleOption> roleOptions() {
        return AccountRules.GRANTABLE_ROLES.stream().map(r -> new RoleOption(r, session.roleTitle(r))).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}
