package vn.hungyen.snv.evaluation.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * plan-service's directory of the caller's organisation, called with the caller's own Authorization header; used
 * only through {@link PlanGateway}.
 */
@Path("/api")
@RegisterRestClient(configKey = "plan")
@RegisterClientHeaders
interface PlanClient {

    /** The caller's organisation and the version its directory is read under. */
    @GET
    @Path("/directory/version")
    PlanGateway.DirectoryVersion directoryVersion();

    /** The units; with {@code all}, dissolved ones too. */
    @GET
    @Path("/units")
    List<PlanGateway.Unit> units(@QueryParam("all") boolean all);

    /** The officers of the organisation on {@code asOf} (YYYY-MM-DD), each in the unit and position of that day. */
    @GET
    @Path("/officers")
    List<PlanGateway.Officer> officers(@QueryParam("asOf") String asOf);

    /** The fields of work of the deputy heads whose unit's head assigned them some, in force in {@code month}. */
    @GET
    @Path("/units/deputies")
    List<PlanGateway.DeputyFields> deputyFields(@QueryParam("month") String month);

    /** The field of work of every catalogue item of the organisation's plans. */
    @GET
    @Path("/plan-items/fields")
    List<PlanGateway.ItemField> itemFields();

    /** The organisation {@code code} (the caller's own). */
    @GET
    @Path("/organisations/{code}")
    PlanGateway.Organisation organisation(@PathParam("code") String code);
}
