package vn.hungyen.snv.webui.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** plan-service as the pages see it; used only through {@link Directory}. */
@RegisterRestClient(configKey = "plan")
@RegisterClientHeaders(BearerTokenHeaders.class)
@Path("/api")
interface PlanClient {

    @GET
    @Path("/officers")
    List<Directory.Officer> officers(@QueryParam("unit") String unit);
}
