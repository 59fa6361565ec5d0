package vn.hungyen.snv.plan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hungyen.snv.common.security.CurrentCaller;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.plan.domain.OfficerHistory;
import vn.hungyen.snv.plan.repository.DeputyAssignment;
import vn.hungyen.snv.plan.repository.Officer;
import vn.hungyen.snv.plan.repository.Unit;
import vn.hungyen.snv.plan.service.DeputyService;
import vn.hungyen.snv.plan.service.UnitService;

/** The units of the caller's organisation, readable by every member; its administrator changes them. */
@Path("/api/units")
@Tag(name = "Tổ chức")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD, Roles.OFFICER})
public class UnitResource {

    /** A unit as the API shows it; {@code active} is false from {@code dissolvedOn} on. */
    public record UnitView(String organisationCode, String code, String name, String headUsername,
            String supervisorUsername, boolean active, LocalDate dissolvedOn, String mergedInto) {
    }

    /** One field assignment of a deputy head: the fields from {@code from} until {@code to} (null: until now). */
    public record FieldAssignmentView(String from, String to, List<String> fields, String recordedBy,
            Instant recordedAt) {
    }

    /**
     * A deputy head of the unit with the fields of work in force in the month asked ({@code fieldsFrom} the month
     * they were assigned from; no fields: the whole unit), every assignment recorded, oldest first, and whether the
     * caller may assign their fields (the unit's head, the administrator).
     */
    public record DeputyView(long officerId, String fullName, String username, String position, List<String> fields,
            String fieldsFrom, List<FieldAssignmentView> history, boolean mayAssign) {
    }

    /** An assignment in force in a month, as evaluation-service reads it. */
    public record DeputyFieldsView(String unitCode, long officerId, String from, List<String> fields) {
    }

    private final UnitService units;
    private final DeputyService deputies;
    private final CurrentCaller caller;

    UnitResource(UnitService units, DeputyService deputies, CurrentCaller caller) {
        this.units = units;
        this.deputies = deputies;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD, Roles.OFFICER, Roles.SERVICE})
    @Operation(summary = "The units of one's organisation with their head and supervising leader",
            description = "Units existing today; all=true also lists dissolved and merged ones.")
    public List<UnitView> units(@QueryParam("all") @DefaultValue("false") boolean all) {
        return units.units(caller.get(), all).stream().map(this::view).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One unit of one's organisation")
    public UnitView unit(@PathParam("code") String code) {
        return view(units.unit(code, caller.get()));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a unit in one's organisation (admin)", description = "Unit codes are unique across "
            + "every organisation: a code in use answers 409 unit-exists. headUsername and supervisorUsername must "
            + "be officers of the organisation.")
    public Response create(@NotNull(message = "Cần gửi nội dung đơn vị (code, name).") UnitService.NewUnit request) {
        Unit unit = units.create(request, caller.get());
        return Response.created(URI.create("/api/units/" + unit.code)).entity(view(unit)).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rename, change the head or supervisor, dissolve or merge a unit (admin)",
            description = "dissolvedOn (YYYY-MM-DD) dissolves the unit from that date; mergedInto (an active unit "
                    + "of the same organisation) merges it from dissolvedOn, today when absent. Refused with 409 "
                    + "unit-has-officers while officers still work in it on or after that date: move them first.")
    public UnitView update(@PathParam("code") String code,
            @Valid @NotNull(message = "Cần gửi nội dung thay đổi.") UnitService.UnitChange change) {
        return view(units.update(code, change, caller.get()));
    }

    @GET
    @Path("/deputies")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD, Roles.OFFICER, Roles.SERVICE})
    @Operation(summary = "The fields of work every deputy head of one's organisation is in charge of in a month",
            description = "month (YYYY-MM, this month by default): for each deputy head of a unit at the end of the "
                    + "month whose unit's head assigned them fields in force then, the unit, the officer, the month "
                    + "the assignment holds from and its fields. A deputy head not listed answers for the whole "
                    + "unit. evaluation-service reads it with the month's directory (scoring-hy540 §6).")
    public List<DeputyFieldsView> deputyFields(
            @Parameter(description = "YYYY-MM, e.g. 2024-03") @QueryParam("month") YearMonth month) {
        return deputies.inForce(month, caller.get()).stream()
                .map(a -> new DeputyFieldsView(a.unitCode, a.officerId, YearMonth.from(a.fromMonth).toString(),
                        List.copyOf(a.fields)))
                .toList();
    }

    @GET
    @Path("/{code}/deputies")
    @Operation(summary = "The deputy heads of a unit in a month with the fields of work each is in charge of",
            description = "month (YYYY-MM, this month by default): the deputy heads of the unit at the end of the "
                    + "month (officers posted in it with the role head, other than its head), each with the fields "
                    + "in force that month (empty: the whole unit) and the history of assignments.")
    public List<DeputyView> deputies(@PathParam("code") String code,
            @Parameter(description = "YYYY-MM, e.g. 2024-03") @QueryParam("month") YearMonth month) {
        return deputies.deputies(code, month, caller.get()).stream().map(UnitResource::view).toList();
    }

    @GET
    @Path("/{code}/deputies/{officerId}/fields")
    @Operation(summary = "The fields of work a deputy head is in charge of in the unit, this month and before")
    public DeputyView deputyFields(@PathParam("code") String code, @PathParam("officerId") long officerId) {
        return view(deputies.deputy(code, officerId, caller.get()));
    }

    @PUT
    @Path("/{code}/deputies/{officerId}/fields")
    @RolesAllowed({Roles.ADMIN, Roles.HEAD})
    @Operation(summary = "Assign fields of work to a deputy head of the unit from a month on (its head or admin)",
            description = "Body {\"fields\": [\"Cải cách hành chính\"], \"from\": \"2024-03\"}: from that month "
                    + "until the next assignment the deputy head is rated on the unit's tasks of these fields (and "
                    + "their own tasks) instead of the whole unit; the months before keep their assignment. An empty "
                    + "list makes them answer for the whole unit again. Only the unit's head or the organisation's "
                    + "administrator (403 not-unit-head); the officer must be a deputy head of the unit at the end "
                    + "of that month (409 not-deputy-head); fields must be fields of work of the plan (400 "
                    + "unknown-field); from may not precede the deputy's latest assignment (400), the same month "
                    + "replaces it.")
    public DeputyView assignFields(@PathParam("code") String code, @PathParam("officerId") long officerId,
            @NotNull(message = "Cần gửi nội dung phân công (fields, from).") DeputyService.NewAssignment request) {
        return view(deputies.assign(code, officerId, request, caller.get()));
    }

    private static DeputyView view(DeputyService.Deputy deputy) {
        Officer o = deputy.officer();
        LocalDate day = deputy.month().atEndOfMonth();
        List<FieldAssignmentView> history = new ArrayList<>();
        for (int i = 0; i < deputy.history().size(); i++) {
            DeputyAssignment a = deputy.history().get(i);
            String to = i + 1 < deputy.history().size()
                    ? YearMonth.from(deputy.history().get(i + 1).fromMonth).minusMonths(1).toString() : null;
            history.add(new FieldAssignmentView(YearMonth.from(a.fromMonth).toString(), to, List.copyOf(a.fields),
                    a.recordedBy, a.recordedAt));
        }
        return new DeputyView(o.id, o.fullName, o.username,
                o.postingOn(day).map(OfficerHistory.Posting::position).orElse(null),
                deputy.inForce().map(a -> List.copyOf(a.fields)).orElse(List.of()),
                deputy.inForce().filter(a -> !a.fields.isEmpty()).map(a -> YearMonth.from(a.fromMonth).toString())
                        .orElse(null), history, deputy.mayAssign());
    }

    private UnitView view(Unit u) {
        return new UnitView(u.organisationCode, u.code, u.name, u.headUsername, u.supervisorUsername,
                units.activeToday(u), u.dissolvedOn, u.mergedInto);
    }
}
