package vn.hungyen.snv.webui.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** evaluation-service as the pages see it; used only through {@link EvaluationGateway}. */
@RegisterRestClient(configKey = "evaluation")
@RegisterClientHeaders(BearerTokenHeaders.class)
@Path("/api/evaluations/{month}")
interface EvaluationClient {

    @GET
    @Path("/officers")
    List<EvaluationGateway.Rating> officers(@PathParam("month") String month, @QueryParam("unit") String unit);

    @GET
    @Path("/officers/{officerId}")
    EvaluationGateway.Rating officer(@PathParam("month") String month, @PathParam("officerId") long officerId);

    @PUT
    @Path("/officers/{officerId}/self-assessment")
    void selfAssess(@PathParam("month") String month, @PathParam("officerId") long officerId,
            EvaluationGateway.SelfAssessmentEntry entry);

    @POST
    @Path("/officers/{officerId}/projection")
    EvaluationGateway.Projection project(@PathParam("month") String month, @PathParam("officerId") long officerId,
            EvaluationGateway.Groups groups);

    @PUT
    @Path("/officers/{officerId}/review")
    void review(@PathParam("month") String month, @PathParam("officerId") long officerId,
            EvaluationGateway.ReviewEntry entry);

    @POST
    @Path("/officers/{officerId}/exemptions")
    void requestExemption(@PathParam("month") String month, @PathParam("officerId") long officerId,
            EvaluationGateway.ExemptionEntry entry);

    @PUT
    @Path("/officers/{officerId}/exemptions/{exemptionId}")
    void ruleOnExemption(@PathParam("month") String month, @PathParam("officerId") long officerId,
            @PathParam("exemptionId") long exemptionId, EvaluationGateway.ExemptionRuling ruling);

    @GET
    @Path("/schedule")
    EvaluationGateway.Schedule schedule(@PathParam("month") String month);

    @POST
    @Path("/publish")
    void publish(@PathParam("month") String month);

    @GET
    @Path("/adjustments")
    List<EvaluationGateway.Adjustment> adjustments(@PathParam("month") String month);

    @GET
    @Path("/dashboard")
    EvaluationGateway.Dashboard dashboard(@PathParam("month") String month);

    @GET
    @Path("/export")
    @Produces(EvaluationGateway.XLSX)
    byte[] export(@PathParam("month") String month, @QueryParam("format") String format);
}
