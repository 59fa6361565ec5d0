package vn.hungyen.snv.plan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hungyen.snv.common.security.CurrentCaller;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.plan.service.OrganisationService;
import vn.hungyen.snv.plan.service.OrganisationService.DirectoryVersion;

/**
 * When the organisation's directory changed: evaluation-service reads a month's directory (units, officers, deputy
 * heads' fields, catalogue items' fields) again only when this version is not the one it read it under.
 */
@Path("/api/directory")
@Tag(name = "Tổ chức")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD, Roles.OFFICER, Roles.SERVICE})
public class DirectoryResource {

    private final OrganisationService organisations;
    private final CurrentCaller caller;

    DirectoryResource(OrganisationService organisations, CurrentCaller caller) {
        this.organisations = organisations;
        this.caller = caller;
    }

    @GET
    @Path("/version")
    @Operation(summary = "The version of one's organisation's directory", description = "A number that grows with "
            + "every change of units, officers, postings, leaves, deputy heads' fields or catalogue items (of any "
            + "organisation). The same number means the same answers from GET /api/units, /api/officers, "
            + "/api/units/deputies and /api/plan-items/fields for the same date or month.")
    public DirectoryVersion version() {
        return organisations.directoryVersion(caller.get());
    }
}
