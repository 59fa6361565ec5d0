package vn.hungyen.snv.task.client;

import jakarta.ws.rs.GET;
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

    @GET
    @Path("/units")
    List<UnitDto> units();

    @GET
    @Path("/officers")
    List<OfficerDto> officers(@QueryParam("unit") String unit);

    @GET
    @Path("/plan-items/{id}")
    PlanItemDto planItem(@PathParam("id") long id);
}
