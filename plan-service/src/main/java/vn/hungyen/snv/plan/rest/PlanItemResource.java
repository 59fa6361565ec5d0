package vn.hungyen.snv.plan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.plan.rest.PlanViews.ItemView;
import vn.hungyen.snv.plan.service.CatalogueService;

/** Catalogue items by their id, the reference task-service keeps (a task's planItemId). */
@Path("/api/plan-items")
@Tag(name = "Kế hoạch")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD, Roles.OFFICER})
public class PlanItemResource {

    private final CatalogueService catalogue;

    PlanItemResource(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One catalogue item by its id, in whichever plan version it belongs to",
            description = "The same body as GET /api/plans/{planId}/items/{number}. Readable by every signed-in role.")
    public ItemView item(@PathParam("id") long id) {
        return ItemView.of(catalogue.item(id));
    }
}
