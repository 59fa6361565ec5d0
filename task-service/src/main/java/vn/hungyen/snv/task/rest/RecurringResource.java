package vn.hungyen.snv.task.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.hungyen.snv.common.input.VisibleText;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hungyen.snv.common.security.CurrentCaller;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.task.service.RecurringTaskService;

/** Recurring assignments (việc định kỳ hằng tháng) in the caller's scope: what they have written, and stopping one. */
@Path("/api/tasks/recurring")
@Tag(name = "Việc định kỳ", description = "List recurring assignments (one task a month) and stop them")
public class RecurringResource {

    /** POST /api/tasks/recurring/{id}/stop body. */
    public record RecurringStopRequest(
            @VisibleText(message = "cần lý do dừng việc định kỳ")
            @Size(max = 1000, message = "lý do tối đa 1000 ký tự") String reason) {
    }

    /** A recurring assignment as the API shows it; stoppedAt, stoppedBy and stopReason are null while it runs. */
    public record RecurringView(long id, String organisationCode, Long planItemId, String title, String unitCode,
            Long assigneeId, String expectedProduct,
            @Schema(description = "The catalogue item's deadline, e.g. \"Trước ngày 20 hằng tháng\"") String deadline,
            @Schema(type = SchemaType.STRING, description = "YYYY-MM: the month of the first task")
            YearMonth firstMonth,
            String assignedBy, Instant createdAt,
            @Schema(description = "How many months have a task so far") long monthsWritten,
            @Schema(description = "The task of the latest month written") Long lastTaskId,
            @Schema(description = "When it was stopped; no later month gets a task") Instant stoppedAt,
            String stoppedBy, String stopReason) {

        static RecurringView of(RecurringTaskService.RecurringView view) {
            var a = view.assignment();
            return new RecurringView(a.id, a.organisationCode, a.planItemId, a.title, a.unitCode, a.assigneeId,
                    a.expectedProduct, a.deadline, YearMonth.from(a.firstMonth), a.assignedBy, a.createdAt,
                    view.written().months(), view.written().lastTaskId(), a.stoppedAt, a.stoppedBy, a.stopReason);
        }
    }

    private final RecurringTaskService service;
    private final CurrentCaller caller;

    RecurringResource(RecurringTaskService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD, Roles.OFFICER})
    @Operation(summary = "Recurring assignments in the caller's scope, by unit then age",
            description = "The scope of GET /api/tasks, within the caller's organisation: an officer's are those "
                    + "assigned to them, a head's their unit's, a deputy director's their supervised units', the "
                    + "Director's and an administrator's all. Each says how many months have a task so far and which task is the latest month's.")
    @APIResponse(responseCode = "200", description = "the recurring assignments",
            content = @Content(schema = @Schema(implementation = RecurringView.class, type = SchemaType.ARRAY)))
    public List<RecurringView> list(@Parameter(description = "Only the assignments of this unit")
            @QueryParam("unit") String unitCode,
            @Parameter(description = "true: only those still running; false: only the stopped ones")
            @QueryParam("active") Boolean active) {
        return service.list(unitCode, active, caller.get()).stream().map(RecurringView::of).toList();
    }

    @POST
    @Path("/{id}/stop")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD})
    @Operation(summary = "Whoever may assign in the unit, or the assigner, stops a recurring assignment, with a reason",
            description = "No month after the stop gets a task; the tasks already written stay as they are and go on "
                    + "through their own lifecycle (cancel one with POST /api/tasks/{id}/cancel). Who, when and why "
                    + "are recorded on the assignment; no event is published, since events concern tasks.")
    @APIResponse(responseCode = "200", description = "the assignment as it now stands",
            content = @Content(schema = @Schema(implementation = RecurringView.class)))
    @APIResponse(responseCode = "400", description = "problem+json with code validation: no reason")
    @APIResponse(responseCode = "403", description = "problem+json with code not-unit-leader")
    @APIResponse(responseCode = "404", description = "problem+json: no such assignment in the caller's scope")
    @APIResponse(responseCode = "409", description = "problem+json with code recurring-stopped: already stopped")
    public RecurringView stop(@PathParam("id") long id,
            @Valid @NotNull(message = "cần lý do dừng việc định kỳ") RecurringStopRequest body) {
        return RecurringView.of(service.stop(id, body.reason(), caller.get()));
    }
}
