package vn.hungyen.snv.webui.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** task-service's results reports, called with the signed-in person's token; used only through {@link ReportGateway}. */
@RegisterRestClient(configKey = "task")
@RegisterClientHeaders(BearerTokenHeaders.class)
@Path("/api/reports")
interface ReportClient {

    @GET
    @Path("/results")
    Response results(@QueryParam("plan") String plan, @QueryParam("period") String period,
            @QueryParam("format") String format);
}
