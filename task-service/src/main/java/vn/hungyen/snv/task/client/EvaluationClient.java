package vn.hungyen.snv.task.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.LocalDate;
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

    /** A step of the month someone still has: SELF_ASSESSMENT, REVIEW, UNIT_REVIEW or PUBLICATION. */
    record PendingStepDto(String step, Long officerId, String username, LocalDate remindFrom, String message) {
    }

    @GET
    @Path("/{month}/officers")
    List<OfficerRatingDto> officers(@PathParam("month") String month);

    /** The month's pending steps, asked with the given token (the reminder job has no caller). */
    @GET
    @Path("/{month}/pending-steps")
    List<PendingStepDto> pendingSteps(@PathParam("month") String month,
            @HeaderParam("Authorization") String authorization);
}
