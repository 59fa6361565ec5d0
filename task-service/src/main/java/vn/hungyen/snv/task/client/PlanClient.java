package vn.hungyen.snv.task.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** plan-service as task-service sees it; used only through {@link PlanGateway}. */
@RegisterRestClient(configKey = "plan")
@RegisterClientHeaders
@Path("/api")
interface PlanClient {

    record UnitDto(String code, String name, String headUsername, String supervisorUsername) {
    }

    record OfficerDto(long id, String username, String fullName, String unitCode, String position) {
    }

    record DeadlineDto(String kind, String text, LocalDate dueDate) {
    }

    /** {@code planStatus}: DRAFT, PUBLISHED or ARCHIVED (an older version of a published plan). */
    record PlanItemDto(long id, String content, String leadUnit, List<String> coordinatingUnits,
            DeadlineDto deadline, String product, String planStatus) {
    }

    /** A plan version as a results report needs it. */
    record PlanDto(long id, String organisationCode, String code, String title, int year, String status) {
    }

    record ItemDto(long id, int number, String field, String content, String leadUnit, DeadlineDto deadline) {
    }

    record ItemPageDto(List<ItemDto> items, int page, int size, long total) {
    }

    record OrganisationDto(String code, String name) {
    }

    @GET
    @Path("/plans/{planId}")
    PlanDto plan(@PathParam("planId") String planId);

    @GET
    @Path("/plans/{planId}/items")
    ItemPageDto items(@PathParam("planId") long planId, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/organisations/{code}")
    OrganisationDto organisation(@PathParam("code") String code);

    @GET
    @Path("/units")
    List<UnitDto> units();

    /** The units, read with the given Authorization header (task-service's own identity) instead of the caller's. */
    @GET
    @Path("/units")
    List<UnitDto> units(@HeaderParam("Authorization") String authorization);

    @GET
    @Path("/officers")
    List<OfficerDto> officers(@QueryParam("unit") String unit);

    /** Every officer, read with the given Authorization header (task-service's own identity). */
    @GET
    @Path("/officers")
    List<OfficerDto> allOfficers(@HeaderParam("Authorization") String authorization);

    @GET
    @Path("/plan-items/{id}")
    PlanItemDto planItem(@PathParam("id") long id);
}
