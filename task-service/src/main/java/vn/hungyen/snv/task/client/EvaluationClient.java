package vn.hungyen.snv.task.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** evaluation-service as task-service sees it; used only through {@link EvaluationGateway}. */
@RegisterRestClient(configKey = "evaluation")
@RegisterClientHeaders
@Path("/api/evaluations")
interface EvaluationClient {

    record OfficerRatingDto(long officerId, String unitCode, String level, String status) {
    }

    @GET
    @Path("/{month}/officers")
    List<OfficerRatingDto> officers(@PathParam("month") String month);
}
