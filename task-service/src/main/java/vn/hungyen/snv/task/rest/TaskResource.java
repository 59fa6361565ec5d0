package vn.hungyen.snv.task.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.common.security.CurrentCaller;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.task.config.TaskConfig;
import vn.hungyen.snv.task.domain.TaskStatus;
import vn.hungyen.snv.task.domain.Timeliness;
import vn.hungyen.snv.task.repository.TaskHistory;
import vn.hungyen.snv.task.repository.TaskRepository;
import vn.hungyen.snv.task.service.TaskService;

/** Assignments (giao việc) and their lists, in the caller's scope. */
@Path("/api/tasks")
@Tag(name = "Nhiệm vụ", description = "Assign, list and read tasks")
public class TaskResource {

    /** POST /api/tasks body. */
    public record AssignRequest(
            Long planItemId,
            @Size(max = 2000, message = "nội dung tối đa 2000 ký tự") String title,
            @NotBlank(message = "cần mã đơn vị chủ trì") String unitCode,
            Long assigneeId,
            @NotNull(message = "cần hạn hoàn thành (YYYY-MM-DD)") LocalDate dueDate,
            List<@NotBlank String> coordinatingUnits,
            @Size(max = 200, message = "sản phẩm tối đa 200 ký tự") String expectedProduct,
            @DecimalMin(value = "0.1", message = "hệ số tối thiểu 0,1")
            @DecimalMax(value = "10", message = "hệ số tối đa 10") BigDecimal weight) {
    }

    /** One line of a task's history. */
    public record HistoryView(Instant at, String actor, String action, String detail, String client) {
    }

    /** A task as the API shows it. */
    public record TaskView(long id, Long parentId, Long planItemId, String title, String unitCode, Long assigneeId,
            String assignedBy, LocalDate dueDate, String expectedProduct, BigDecimal weight, TaskStatus status,
            Timeliness timeliness, Instant createdAt, Instant completedAt, long version, List<HistoryView> history) {
    }

    /** One page of a list. */
    public record PageView(List<TaskView> items, int page, int size, long total) {
    }

    private final TaskService service;
    private final CurrentCaller caller;
    private final TaskConfig config;

    TaskResource(TaskService service, CurrentCaller caller, TaskConfig config) {
        this.service = service;
        this.caller = caller;
        this.config = config;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD})
    @Operation(summary = "Assign a catalogue item or an ad-hoc task to a unit and optionally one officer")
    public Response assign(@Valid @NotNull(message = "cần nội dung yêu cầu") AssignRequest request,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        var task = service.assign(new TaskService.Assignment(request.planItemId(), request.title(),
                request.unitCode(), request.assigneeId(), request.dueDate(), request.coordinatingUnits(),
                request.expectedProduct(), request.weight()), caller.get(), client(headers));
        TaskView body = service.find(task.id, caller.get()).map(TaskResource::view)
                .orElseThrow(() -> ProblemException.notFound("nhiệm vụ " + task.id));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(task.id)).build()).entity(body)
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD, Roles.OFFICER})
    @Operation(summary = "Tasks in the caller's scope, filtered, earliest due first")
    public PageView list(@QueryParam("unit") String unit, @QueryParam("assigneeId") Long assigneeId,
            @QueryParam("status") TaskStatus status, @QueryParam("overdue") Boolean overdue,
            @QueryParam("dueFrom") LocalDate dueFrom, @QueryParam("dueTo") LocalDate dueTo,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "trang bắt đầu từ 0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "cỡ trang tối thiểu 1")
            @Max(value = 200, message = "cỡ trang tối đa 200") int size) {
        var filter = new TaskRepository.Filter(unit, assigneeId, status, overdue, dueFrom, dueTo, service.today());
        TaskService.Page result = service.list(filter, caller.get(), page, Math.min(size, config.maxPageSize()));
        return new PageView(result.items().stream().map(TaskResource::view).toList(), page, size, result.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD, Roles.OFFICER})
    @Operation(summary = "One task with its history; 404 outside the caller's scope")
    public TaskView get(@PathParam("id") long id) {
        return service.find(id, caller.get()).map(TaskResource::view)
                .orElseThrow(() -> ProblemException.notFound("nhiệm vụ " + id));
    }

    private static TaskView view(TaskService.TaskView v) {
        var t = v.task();
        return new TaskView(t.id, t.parentId, t.planItemId, t.title, t.unitCode, t.assigneeId, t.assignedBy,
                t.dueDate, t.expectedProduct, t.weight, t.status, v.timeliness(), t.createdAt, t.completedAt,
                t.version, v.history().stream().map(TaskResource::view).toList());
    }

    private static HistoryView view(TaskHistory h) {
        return new HistoryView(h.at, h.actor, h.action, h.detail, h.client);
    }

    private static String client(HttpHeaders headers) {
        String agent = headers.getHeaderString(HttpHeaders.USER_AGENT);
        return agent == null ? null : agent.substring(0, Math.min(agent.length(), 300));
    }
}
