package vn.hungyen.snv.plan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.plan.repository.Officer;
import vn.hungyen.snv.plan.service.OrganisationService;

/** The Department's directory of units and officers, readable by every signed-in user. */
@Path("/api")
@Tag(name = "Tổ chức", description = "Units and officers of the Department")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD, Roles.OFFICER})
public class OrganisationResource {

    /** A unit as the API shows it. */
    public record UnitView(String code, String name, String headUsername, String supervisorUsername) {
    }

    /** An officer as the API shows it. */
    public record OfficerView(long id, String username, String fullName, String unitCode, String position,
            String role, String quotaGroup) {
    }

    private final OrganisationService organisation;

    OrganisationResource(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @GET
    @Path("/units")
    @Operation(summary = "All units with their head and supervising deputy director")
    public List<UnitView> units() {
        return organisation.units().stream()
                .map(u -> new UnitView(u.code, u.name, u.headUsername, u.supervisorUsername)).toList();
    }

    @GET
    @Path("/officers")
    @Operation(summary = "Officers, optionally of one unit")
    public List<OfficerView> officers(@QueryParam("unit") String unit) {
        return organisation.officers(unit).stream().map(OrganisationResource::view).toList();
    }

    @GET
    @Path("/officers/{id}")
    @Operation(summary = "One officer by id")
    public OfficerView officer(@PathParam("id") long id) {
        return organisation.officer(id).map(OrganisationResource::view)
                .orElseThrow(() -> ProblemException.notFound("cán bộ mã " + id));
    }

    private static OfficerView view(Officer o) {
        return new OfficerView(o.id, o.username, o.fullName, o.unitCode, o.position, o.role, o.quotaGroup);
    }
}
