package vn.hungyen.snv.webui.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** plan-service as the pages see it; used only through {@link PlanGateway}. */
@RegisterRestClient(configKey = "plan")
@RegisterClientHeaders(BearerTokenHeaders.class)
@Path("/api")
interface PlanClient {

    @GET
    @Path("/officers")
    List<PlanGateway.Officer> officers(@QueryParam("unit") String unit);

    @GET
    @Path("/officers/{id}")
    PlanGateway.Officer officer(@PathParam("id") long id);

    @POST
    @Path("/officers")
    PlanGateway.Officer createOfficer(PlanGateway.NewOfficer officer);

    @GET
    @Path("/organisations/{code}")
    PlanGateway.Organisation organisation(@PathParam("code") String code);

    @GET
    @Path("/units")
    List<PlanGateway.Unit> units();

    @GET
    @Path("/units/{code}/deputies")
    List<PlanGateway.Deputy> deputies(@PathParam("code") String code);

    @PUT
    @Path("/units/{code}/deputies/{officerId}/fields")
    PlanGateway.Deputy assignFields(@PathParam("code") String code, @PathParam("officerId") long officerId,
            PlanGateway.FieldAssignment assignment);

    @GET
    @Path("/plans")
    List<PlanGateway.Plan> plans();

    @POST
    @Path("/plans")
    PlanGateway.Plan createPlan(PlanGateway.NewPlan plan);

    @POST
    @Path("/plans/{planId}/publish")
    PlanGateway.Plan publish(@PathParam("planId") long planId);

    @POST
    @Path("/plans/{planId}/copy-recurring")
    PlanGateway.Copied copyRecurring(@PathParam("planId") long planId, PlanGateway.CopyRecurring request);

    @POST
    @Path("/plans/{planId}/import")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    PlanGateway.ImportReport importFile(@PathParam("planId") long planId, @QueryParam("dryRun") boolean dryRun,
            byte[] file);

    @GET
    @Path("/plans/{planId}/diff")
    PlanGateway.VersionDiff diff(@PathParam("planId") String planId);

    @GET
    @Path("/plans/{planId}/export")
    Response export(@PathParam("planId") String planId, @QueryParam("format") String format);

    @GET
    @Path("/plans/{planId}/items")
    PlanGateway.ItemPage items(@PathParam("planId") long planId, @QueryParam("field") String field,
            @QueryParam("leadUnit") String leadUnit, @QueryParam("q") String q, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/plan-items/{id}")
    PlanGateway.Item item(@PathParam("id") long id);

    @GET
    @Path("/calendar")
    PlanGateway.CalendarOverview calendar();

    @GET
    @Path("/calendar/{year}")
    PlanGateway.CalendarYear calendarYear(@PathParam("year") int year);

    @PUT
    @Path("/calendar/{year}")
    PlanGateway.CalendarYear replaceCalendar(@PathParam("year") int year, PlanGateway.CalendarChange change);
}
