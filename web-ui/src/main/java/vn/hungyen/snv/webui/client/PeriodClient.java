package vn.hungyen.snv.webui.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** evaluation-service's quarter and year ratings as the pages see them; used only through {@link EvaluationGateway}. */
@RegisterRestClient(configKey = "evaluation")
@RegisterClientHeaders(BearerTokenHeaders.class)
@Path("/api/evaluations/periods/{period}")
interface PeriodClient {

    @GET
    @Path("/officers")
    List<EvaluationGateway.PeriodRating> officers(@PathParam("period") String period);

    @GET
    @Path("/export")
    @Produces(EvaluationGateway.XLSX)
    byte[] export(@PathParam("period") String period, @QueryParam("format") String format);
}
