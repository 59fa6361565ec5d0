package vn.hungyen.snv.webui.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** evaluation-service's scoring profiles as the pages see them; used only through {@link ScoringGateway}. */
@RegisterRestClient(configKey = "evaluation")
@RegisterClientHeaders(BearerTokenHeaders.class)
@Path("/api/scoring-profiles")
interface ScoringClient {

    @GET
    List<ScoringGateway.Profile> history();

    @GET
    @Path("/in-force")
    ScoringGateway.Profile inForce(@QueryParam("month") String month);

    @GET
    @Path("/{version}/differences")
    List<ScoringGateway.SettingChange> differences(@PathParam("version") int version, @QueryParam("from") int from);

    @POST
    ScoringGateway.Profile publish(ScoringGateway.NewProfile profile);
}
