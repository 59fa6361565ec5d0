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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hungyen.snv.common.security.CurrentCaller;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.plan.repository.Unit;
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

    private final UnitService units;
    private final CurrentCaller caller;

    UnitResource(UnitService units, CurrentCaller caller) {
        this.units = units;
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

    private UnitView view(Unit u) {
        return new UnitView(u.organisationCode, u.code, u.name, u.headUsername, u.supervisorUsername,
                units.activeToday(u), u.dissolvedOn, u.mergedInto);
    }
}
