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
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.hungyen.snv.webui.client.PlanGateway;
import vn.hungyen.snv.webui.client.ServiceMessage;

/**
 * "Lĩnh vực phụ trách của cấp phó": the deputy heads of a unit with the fields of work each is in charge of, and for
 * the unit's head (or the administrator) a form per deputy to assign them from a month on. A deputy head with fields
 * is rated on the unit's tasks of those fields; one without on the whole unit (scoring-hy540 §6). plan-service
 * decides who may assign and refuses what is wrong; the page shows its answer. A head sees their own unit, the
 * Director and deputy directors the unit asked for with {@code ?unit=CODE}.
 */
@Path("/deputies")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class DeputyPageResource {

    private static final String SAVED = "saved";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance deputies(String unit, List<PlanGateway.Deputy> deputies, List<String> fields,
                String month, List<String> errors, String notice);
    }

    private final PlanGateway plans;
    private final UserSession session;
    private final Clock clock;

    DeputyPageResource(PlanGateway plans, UserSession session, Clock clock) {
        this.plans = plans;
        this.session = session;
        this.clock = clock;
    }

    @GET
    @Operation(hidden = true)
    public Response deputies(@QueryParam("unit") String unit, @QueryParam("notice") String notice) {
        String shown = unitShown(unit);
        if (shown == null) {
            return Response.seeOther(URI.create("/")).build();
        }
        return page(200, shown, List.of(), SAVED.equals(notice) ? "Đã lưu phân công lĩnh vực." : null);
    }

    @POST
    @Path("/{officerId}/fields")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response assign(@PathParam("officerId") long officerId, @FormParam("unit") String unit,
            @FormParam("from") String from, @FormParam("fields") List<String> fields) {
        String shown = unitShown(unit);
        if (shown == null) {
            return Response.seeOther(URI.create("/")).build();
        }
        try {
            plans.assignFields(shown, officerId, new PlanGateway.FieldAssignment(
                    fields == null ? List.of() : fields, from == null || from.isBlank() ? null : from.strip()));
            return Response.seeOther(UriBuilder.fromPath("/deputies").queryParam("unit", shown)
                    .queryParam("notice", SAVED).build()).build();
        } catch (ServiceMessage e) {
            return page(e.status(), shown, e.lines(), null);
        }
    }

    /** A head's own unit whatever is asked; for the Director, deputy directors and the administrator the one asked. */
    private String unitShown(String asked) {
        if (!session.isLeader()) {
            return null;
        }
        return session.getUnitCode() != null ? session.getUnitCode()
                : asked == null || asked.isBlank() ? null : asked.strip();
    }

    private Response page(int status, String unit, List<String> errors, String notice) {
        try {
            List<PlanGateway.Deputy> deputies = plans.deputies(unit);
            return Response.status(status).entity(Templates.deputies(unit, deputies, fields(deputies),
                    YearMonth.now(clock).toString(), errors, notice)).build();
        } catch (ServiceMessage e) {
            List<String> all = new ArrayList<>(errors);
            all.addAll(e.lines());
            return Response.status(e.status()).entity(Templates.deputies(unit, List.of(), List.of(),
                    YearMonth.now(clock).toString(), all, null)).build();
        }
    }

    /** The fields of work of the current plan, and those a deputy is in charge of now, to choose from. */
    private List<String> fields(List<PlanGateway.Deputy> deputies) {
        Set<String> fields = new LinkedHashSet<>();
        plans.currentPlan().ifPresent(plan -> fields.addAll(plans.fields(plan.id())));
        deputies.forEach(d -> fields.addAll(d.fields()));
        return List.copyOf(fields);
    }
}
