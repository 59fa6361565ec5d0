package vn.hungyen.snv.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.common.security.Caller;
import vn.hungyen.snv.common.security.CurrentCaller;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.evaluation.service.TaskFactService;

/** What evaluation-service knows of a task: the facts every score is computed from. */
@Path("/api/facts/tasks")
@Tag(name = "Dữ kiện", description = "Task facts received from task-service")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD, Roles.OFFICER})
public class TaskFactResource {

    /** One received event. */
    public record EventView(UUID eventId, String type, long sequence, Instant occurredAt) {
    }

    /** The task's current state and its events. */
    public record TaskFactView(long taskId, Long planItemId, String title, String organisationCode, String unitCode,
            Long assigneeId,
            LocalDate dueDate, BigDecimal weight, String lastType, List<EventView> events) {
    }

    private final TaskFactService facts;
    private final CurrentCaller caller;

    TaskFactResource(TaskFactService facts, CurrentCaller caller) {
        this.facts = facts;
        this.caller = caller;
    }

    @GET
    @Path("/{taskId}")
    @Operation(summary = "A task's facts and the events they came from; 404 outside the caller's scope (another "
            + "organisation's task included)")
    public TaskFactView task(@PathParam("taskId") long taskId) {
        Caller who = caller.get();
        return facts.task(taskId)
                .filter(h -> who.belongsTo(h.fact().organisationCode)
                        && who.seesOfficer(h.fact().assigneeId, h.fact().unitCode))
                .map(h -> new TaskFactView(h.fact().taskId, h.fact().planItemId, h.fact().title,
                        h.fact().organisationCode, h.fact().unitCode,
                        h.fact().assigneeId, h.fact().dueDate, h.fact().weight, h.fact().lastType,
                        h.events().stream().map(e -> new EventView(e.eventId, e.type, e.sequence, e.occurredAt))
                                .toList()))
                .orElseThrow(() -> ProblemException.notFound("dữ kiện của nhiệm vụ " + taskId));
    }
}
