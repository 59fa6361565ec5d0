package vn.hungyen.snv.plan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hungyen.snv.common.security.CurrentCaller;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.plan.repository.Organisation;
import vn.hungyen.snv.plan.service.OrganisationService;

/** The organisations using the platform: the system administrator manages them, everyone else sees their own. */
@Path("/api/organisations")
@Tag(name = "Tổ chức", description = "Organisations, their units and officers. Everything but the organisations "
        + "themselves belongs to one organisation and is seen only by its members; another organisation's "
        + "resource answers 404.")
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD, Roles.OFFICER})
public class OrganisationResource {

    /** An organisation as the API shows it. */
    public record OrganisationView(String code, String name, String kind) {
        static OrganisationView of(Organisation o) {
            return new OrganisationView(o.code, o.name, o.kind);
        }
    }

    private final OrganisationService organisations;
    private final CurrentCaller caller;

    OrganisationResource(OrganisationService organisations, CurrentCaller caller) {
        this.organisations = organisations;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Organisations: all of them for the system administrator, one's own for anyone else")
    public List<OrganisationView> organisations() {
        return organisations.organisations(caller.get()).stream().map(OrganisationView::of).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One organisation", description = "404 for another organisation than one's own (except "
            + "for the system administrator).")
    public OrganisationView organisation(@PathParam("code") String code) {
        return OrganisationView.of(organisations.organisation(code, caller.get()));
    }

    @POST
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    @Operation(summary = "Create an organisation (system administrator)", description = "code: 2–16 capital "
            + "letters, digits, - or _; kind e.g. SO, UBND_HUYEN, UBND_XA. 409 organisation-exists for a code in use.")
    public Response create(@NotNull(message = "Cần gửi nội dung tổ chức (code, name, kind).")
            OrganisationService.NewOrganisation request) {
        Organisation created = organisations.create(request);
        return Response.created(URI.create("/api/organisations/" + created.code))
                .entity(OrganisationView.of(created)).build();
    }
}
