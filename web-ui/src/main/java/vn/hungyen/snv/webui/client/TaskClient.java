package vn.hungyen.snv.webui.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** task-service as the pages see it; used only through {@link TaskGateway}. */
@RegisterRestClient(configKey = "task")
@RegisterClientHeaders(BearerTokenHeaders.class)
@Path("/api/tasks")
interface TaskClient {

    @GET
    TaskGateway.TaskPage list(@QueryParam("assigneeId") Long assigneeId, @QueryParam("unit") String unit,
            @QueryParam("status") String status, @QueryParam("open") Boolean open,
            @QueryParam("overdue") Boolean overdue, @QueryParam("dueFrom") LocalDate dueFrom,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    TaskGateway.TaskPage pendingExtensions(@QueryParam("unit") String unit,
            @QueryParam("pendingExtension") boolean pendingExtension, @QueryParam("size") int size);

    @GET
    @Path("/progress")
    List<TaskGateway.ItemProgress> progress(@QueryParam("planItemId") List<Long> planItemIds);

    @POST
    TaskGateway.Task assign(TaskGateway.Assignment assignment);

    @GET
    @Path("/recurring")
    List<TaskGateway.Recurring> recurring(@QueryParam("unit") String unitCode,
            @QueryParam("active") Boolean active);

    @POST
    @Path("/recurring/{id}/stop")
    void stopRecurring(@PathParam("id") long id, TaskGateway.RecurringStop stop);

    @POST
    @Path("/{id}/reviews")
    void review(@PathParam("id") long id, TaskGateway.Review review);

    @GET
    @Path("/{id}")
    TaskGateway.Task get(@PathParam("id") long id);

    @POST
    @Path("/{id}/submissions")
    void submit(@PathParam("id") long id, TaskGateway.Submission submission);

    @POST
    @Path("/{id}/extensions")
    void requestExtension(@PathParam("id") long id, TaskGateway.ExtensionRequest request);

    @PUT
    @Path("/{id}/assignee")
    void changeAssignee(@PathParam("id") long id, TaskGateway.AssigneeChange change);

    @POST
    @Path("/{id}/cancel")
    void cancel(@PathParam("id") long id, TaskGateway.Cancellation cancellation);

    @POST
    @Path("/{id}/extensions/{extensionId}/decision")
    void decideExtension(@PathParam("id") long id, @PathParam("extensionId") long extensionId,
            TaskGateway.ExtensionDecision decision);
}
