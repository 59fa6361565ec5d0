package vn.hungyen.snv.plan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hungyen.snv.common.security.CurrentCaller;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.plan.rest.PlanViews.ItemView;
import vn.hungyen.snv.plan.service.CatalogueService;

/** Catalogue items by their id, the reference task-service keeps (a task's planItemId). */
@Path("/api/plan-items")
@Tag(name = "Kế hoạch")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD, Roles.OFFICER})
public class PlanItemResource {

    private final CatalogueService catalogue;
    private final CurrentCaller caller;

    PlanItemResource(CatalogueService catalogue, CurrentCaller caller) {
        this.catalogue = catalogue;
        this.caller = caller;
    }

    /** A catalogue item's field of work. */
    public record ItemField(long id, String field) {
    }

    @GET
    @Path("/fields")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD, Roles.OFFICER, Roles.SERVICE})
    @Operation(summary = "The field of work of every catalogue item of one's organisation",
            description = "Every item of every plan version, by id, with its field (lĩnh vực). evaluation-service "
                    + "reads it to know which field a task of a catalogue item belongs to, when a deputy head of the "
                    + "month is in charge of some fields only (scoring-hy540 §6).")
    public List<ItemField> fields() {
        return catalogue.itemFields(caller.get()).entrySet().stream()
                .map(e -> new ItemField(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(ItemField::id)).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One catalogue item by its id, in whichever plan version it belongs to",
            description = "The same body as GET /api/plans/{planId}/items/{number}, with planStatus (DRAFT, "
                    + "PUBLISHED, ARCHIVED) and planYear. Readable by every member of the plan's organisation; 404 "
                    + "for another organisation's item.")
    public ItemView item(@PathParam("id") long id) {
        CatalogueService.ItemInPlan found = catalogue.item(id, caller.get());
        return ItemView.of(found.item(), found.plan());
    }
}
