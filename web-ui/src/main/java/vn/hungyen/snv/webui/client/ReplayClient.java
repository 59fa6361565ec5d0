package vn.hungyen.snv.webui.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * evaluation-service's recomputations of a month from the stored facts, which take longer than the other calls (their
 * own read timeout, {@code quarkus.rest-client.evaluation-replay.*}); used only through {@link ScoringGateway}.
 */
@RegisterRestClient(configKey = "evaluation-replay")
@RegisterClientHeaders(BearerTokenHeaders.class)
@Path("/api/evaluations/{month}")
interface ReplayClient {

    @GET
    @Path("/verification")
    ScoringGateway.Verification verification(@PathParam("month") String month);

    @POST
    @Path("/what-if")
    ScoringGateway.WhatIf whatIf(@PathParam("month") String month, ScoringGateway.Trial trial);
}
