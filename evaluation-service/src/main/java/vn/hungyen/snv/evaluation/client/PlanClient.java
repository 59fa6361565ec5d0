package vn.hungyen.snv.evaluation.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** plan-service's directory, called with the caller's own Authorization header; used only through {@link PlanGateway}. */
@Path("/api")
@RegisterRestClient(configKey = "plan")
@RegisterClientHeaders
interface PlanClient {

    @GET
    @Path("/units")
    List<PlanGateway.Unit> units();

    @GET
    @Path("/officers")
    List<PlanGateway.Officer> officers();
}
