package vn.hungyen.snv.plan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hungyen.snv.common.security.CurrentCaller;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.plan.repository.Officer;
import vn.hungyen.snv.plan.repository.OfficerAssignment;
import vn.hungyen.snv.plan.repository.OfficerLeave;
import vn.hungyen.snv.plan.service.OfficerService;
import vn.hungyen.snv.plan.service.OfficerService.OfficerOn;

/** The officers of the caller's organisation, with their postings over time and their leaves. */
@Path("/api/officers")
@Tag(name = "Tổ chức")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD, Roles.OFFICER})
public class OfficerResource {

    /** One posting: the unit (null for the leadership) and position from {@code from} until {@code to}. */
    public record AssignmentView(String unitCode, String position, LocalDate from, LocalDate to) {
    }

    /** One leave, both days included. */
    public record LeaveView(long id, String kind, LocalDate from, LocalDate to, String note) {
        static LeaveView of(OfficerLeave l) {
            return new LeaveView(l.id, l.kind.name(), l.from, l.to, l.note);
        }
    }

    /**
     * An officer as the API shows it; {@code unitCode} and {@code position} are those in force on the date asked
     * (today by default), null before the officer's first posting.
     */
    public record OfficerView(long id, String organisationCode, String username, String fullName, String unitCode,
            String position, String role, String quotaGroup, String contractType, boolean active, LocalDate joinedOn,
            LocalDate leftOn, List<AssignmentView> assignments, List<LeaveView> leaves) {

        static OfficerView of(OfficerOn on) {
            Officer o = on.officer();
            List<AssignmentView> assignments = new ArrayList<>();
            for (int i = 0; i < o.assignments.size(); i++) {
                OfficerAssignment a = o.assignments.get(i);
                LocalDate to = i + 1 < o.assignments.size() ? o.assignments.get(i + 1).effectiveFrom.minusDays(1)
                        : null;
                assignments.add(new AssignmentView(a.unitCode, a.position, a.effectiveFrom, to));
            }
            return new OfficerView(o.id, o.organisationCode, o.username, o.fullName,
                    on.posting() == null ? null : on.posting().unitCode(),
                    on.posting() == null ? null : on.posting().position(), o.role, o.quotaGroup, o.contractType,
                    o.active, o.joinedOn, o.leftOn, assignments, o.leaves.stream().map(LeaveView::of).toList());
        }
    }

    private final OfficerService officers;
    private final CurrentCaller caller;

    OfficerResource(OfficerService officers, CurrentCaller caller) {
        this.officers = officers;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD, Roles.OFFICER, Roles.SERVICE})
    @Operation(summary = "The officers of one's organisation on a date, optionally of one unit",
            description = "Lists those who belonged to the organisation on asOf (today by default): joined on or "
                    + "before it and not left by then; unitCode and position are those in force on that date, and "
                    + "unit filters by them. all=true lists every officer, also those who left or had not joined. "
                    + "evaluation-service reads each month's directory with asOf = the month's last day.")
    public List<OfficerView> officers(@Parameter(description = "Unit code, e.g. CCHC") @QueryParam("unit") String unit,
            @Parameter(description = "YYYY-MM-DD") @QueryParam("asOf") LocalDate asOf,
            @QueryParam("all") @DefaultValue("false") boolean all) {
        String unitCode = unit == null || unit.isBlank() ? null : unit.strip();
        return officers.officers(caller.get(), unitCode, asOf, all).stream().map(OfficerView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One officer of one's organisation, with postings and leaves",
            description = "asOf (YYYY-MM-DD) picks the date whose unit and position are shown; today by default.")
    public OfficerView officer(@PathParam("id") long id,
            @Parameter(description = "YYYY-MM-DD") @QueryParam("asOf") LocalDate asOf) {
        return OfficerView.of(officers.officer(id, caller.get(), asOf));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add an officer to one's organisation (admin)", description = "role defaults to officer, "
            + "contractType to BIEN_CHE, joinedOn to today, username to officer.<id>. unitCode must be a unit of the "
            + "organisation (only director and deputy_director may have none).")
    public Response create(@Valid @NotNull(message = "Cần gửi nội dung cán bộ (fullName, unitCode, position).")
            OfficerService.NewOfficer request) {
        OfficerView created = OfficerView.of(officers.create(request, caller.get()));
        return Response.created(URI.create("/api/officers/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change an officer (admin)", description = "A new unitCode or position takes effect from "
            + "effectiveFrom (today by default): before it the officer keeps the old ones. It may not precede the "
            + "officer's joining or latest posting (400). active=false records leaving from effectiveFrom; "
            + "active=true takes the officer back.")
    public OfficerView update(@PathParam("id") long id,
            @Valid @NotNull(message = "Cần gửi nội dung thay đổi.") OfficerService.OfficerChange change) {
        return OfficerView.of(officers.update(id, change, caller.get()));
    }

    @POST
    @Path("/{id}/leaves")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Record a leave of an officer (admin)", description = "kind: MATERNITY, SICK, STUDY or "
            + "OTHER; from and to (YYYY-MM-DD) both included. 409 leave-overlaps when it overlaps another leave.")
    public Response addLeave(@PathParam("id") long id,
            @Valid @NotNull(message = "Cần gửi nội dung đợt nghỉ (kind, from, to).") OfficerService.NewLeave request) {
        LeaveView leave = LeaveView.of(officers.addLeave(id, request, caller.get()));
        return Response.created(URI.create("/api/officers/" + id + "/leaves/" + leave.id())).entity(leave).build();
    }

    @DELETE
    @Path("/{id}/leaves/{leaveId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Remove a leave recorded by mistake (admin)")
    public Response deleteLeave(@PathParam("id") long id, @PathParam("leaveId") long leaveId) {
        officers.deleteLeave(id, leaveId, caller.get());
        return Response.noContent().build();
    }
}
