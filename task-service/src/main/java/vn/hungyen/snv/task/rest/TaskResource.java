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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.common.security.CurrentCaller;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.task.config.TaskConfig;
import vn.hungyen.snv.task.domain.ExtensionStatus;
import vn.hungyen.snv.task.domain.ReviewVerdict;
import vn.hungyen.snv.task.domain.TaskStatus;
import vn.hungyen.snv.task.domain.Timeliness;
import vn.hungyen.snv.task.repository.TaskExtension;
import vn.hungyen.snv.task.repository.TaskHistory;
import vn.hungyen.snv.task.repository.TaskRepository;
import vn.hungyen.snv.task.repository.TaskSubmission;
import vn.hungyen.snv.task.service.TaskService;
import vn.hungyen.snv.task.service.TaskWorkflowService;

/** Assignments (giao việc), their lists and their lifecycle, in the caller's scope. */
@Path("/api/tasks")
@Tag(name = "Nhiệm vụ", description = "Assign, list and read tasks; report, review, extend and cancel them")
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

    /** One line of a task's history; {@code backfill} marks an administrator's nhập bù. */
    public record HistoryView(Instant at, String actor, String action, String detail, String client,
            boolean backfill) {
    }

    /** A completion report and, once reviewed, its verdict. */
    public record SubmissionView(long id, Long officerId, String recordedBy, Instant submittedAt,
            String documentNumber, LocalDate issuedOn, String summary, String link, ReviewVerdict verdict,
            Boolean majorError, String reviewNote, String reviewedBy, Instant reviewedAt) {
    }

    /** An extension request and its decision. */
    public record ExtensionView(long id, String requestedBy, Instant requestedAt, LocalDate requestedDueDate,
            String reason, ExtensionStatus status, LocalDate previousDueDate, Boolean objectiveCause,
            String decisionNote, String decidedBy, Instant decidedAt) {
    }

    /** A task as the API shows it; lists leave history, submissions and extensions empty. */
    public record TaskView(long id, Long parentId, Long planItemId, String title, String unitCode, Long assigneeId,
            String assignedBy, LocalDate dueDate, String expectedProduct, BigDecimal weight, TaskStatus status,
            Timeliness timeliness, Instant createdAt, Instant completedAt, long version, List<HistoryView> history,
            List<SubmissionView> submissions, List<ExtensionView> extensions) {
    }

    /** One page of a list. */
    public record PageView(List<TaskView> items, int page, int size, long total) {
    }

    private final TaskService service;
    private final TaskWorkflowService workflow;
    private final CurrentCaller caller;
    private final TaskConfig config;

    TaskResource(TaskService service, TaskWorkflowService workflow, CurrentCaller caller, TaskConfig config) {
        this.service = service;
        this.workflow = workflow;
        this.caller = caller;
        this.config = config;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD})
    @Operation(summary = "Assign a catalogue item or an ad-hoc task to a unit and optionally one officer")
    @APIResponse(responseCode = "201", description = "Location names the task; the body is the task as it now stands; ETag = its version",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    public Response assign(@Valid @NotNull(message = "cần nội dung yêu cầu") AssignRequest request,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        var task = service.assign(new TaskService.Assignment(request.planItemId(), request.title(),
                request.unitCode(), request.assigneeId(), request.dueDate(), request.coordinatingUnits(),
                request.expectedProduct(), request.weight()), caller.get(), client(headers));
        return current(task.id, Response.created(taskUri(uri, task.id)));
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
    @Operation(summary = "One task with its history, submissions and extensions; 404 outside the caller's scope",
            description = "The ETag header carries the task's version; send it back as If-Match to change the task.")
    @APIResponse(responseCode = "200", description = "the task as it now stands; ETag = its version",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    public Response get(@PathParam("id") long id) {
        return current(id, Response.ok());
    }

    @POST
    @Path("/{id}/submissions")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.HEAD})
    @Operation(summary = "The assignee reports completion with the product (báo cáo hoàn thành)",
            description = "The submission time is the completion time; the task becomes SUBMITTED. Only an "
                    + "administrator may send submittedAt, to backfill a completion on the assignee's behalf. "
                    + "Answers 201 with the task (Location), which lists the new submission.")
    @APIResponse(responseCode = "201", description = "Location names the task; the body is the task as it now stands; ETag = its version",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = "The task version the client saw "
            + "(the ETag of GET /api/tasks/{id}); a stale one answers 409. The body's version field does the same.")
    public Response submit(@PathParam("id") long id,
            @Valid @NotNull(message = "cần nội dung báo cáo") SubmissionRequest body,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        workflow.submit(id, new TaskWorkflowService.Submission(body.documentNumber(), body.issuedOn(),
                body.summary(), body.link(), body.submittedAt()), request(headers, body.version()));
        return current(id, Response.created(taskUri(uri, id)));
    }

    @POST
    @Path("/{id}/reviews")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD})
    @Operation(summary = "The assigner or their superior accepts the latest submission or returns it (nghiệm thu)",
            description = "ACCEPTED makes the task DONE, completed at the submission time; RETURNED (with a note, "
                    + "and majorError for a major content error) sends it back for rework. Nobody reviews their "
                    + "own submission. Only an administrator may send reviewedAt, to backfill.")
    @APIResponse(responseCode = "200", description = "the task as it now stands; ETag = its version",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = "The task version the client saw "
            + "(the ETag of GET /api/tasks/{id}); a stale one answers 409. The body's version field does the same.")
    public Response review(@PathParam("id") long id,
            @Valid @NotNull(message = "cần nội dung nghiệm thu") ReviewRequest body, @Context HttpHeaders headers) {
        workflow.review(id, new TaskWorkflowService.Review(body.verdict(), Boolean.TRUE.equals(body.majorError()),
                body.note(), body.reviewedAt()), request(headers, body.version()));
        return current(id, Response.ok());
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD})
    @Operation(summary = "The assigner or their superior cancels the task, with a reason")
    @APIResponse(responseCode = "200", description = "the task as it now stands; ETag = its version",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = "The task version the client saw "
            + "(the ETag of GET /api/tasks/{id}); a stale one answers 409. The body's version field does the same.")
    public Response cancel(@PathParam("id") long id,
            @Valid @NotNull(message = "cần lý do hủy") CancelRequest body, @Context HttpHeaders headers) {
        workflow.cancel(id, body.reason(), request(headers, body.version()));
        return current(id, Response.ok());
    }

    @POST
    @Path("/{id}/extensions")
    @RolesAllowed({Roles.OFFICER, Roles.HEAD})
    @Operation(summary = "The assignee or the unit's head asks for a later due date (đề nghị gia hạn)",
            description = "Answers 201 with the task (Location), which lists the new request with its id.")
    @APIResponse(responseCode = "201", description = "Location names the task; the body is the task as it now stands; ETag = its version",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = "The task version the client saw "
            + "(the ETag of GET /api/tasks/{id}); a stale one answers 409. The body's version field does the same.")
    public Response requestExtension(@PathParam("id") long id,
            @Valid @NotNull(message = "cần nội dung đề nghị gia hạn") ExtensionRequest body,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        workflow.requestExtension(id, body.requestedDueDate(), body.reason(), request(headers, body.version()));
        return current(id, Response.created(taskUri(uri, id)));
    }

    @POST
    @Path("/{id}/extensions/{extensionId}/decision")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD})
    @Operation(summary = "The assigner or their superior approves or refuses an extension request",
            description = "An approval moves the due date and emits TaskDueDateChanged. With objectiveCause the "
                    + "new date also counts for scoring; without it scoring keeps the original due date.")
    @APIResponse(responseCode = "200", description = "the task as it now stands; ETag = its version",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = "The task version the client saw "
            + "(the ETag of GET /api/tasks/{id}); a stale one answers 409. The body's version field does the same.")
    public Response decideExtension(@PathParam("id") long id, @PathParam("extensionId") long extensionId,
            @Valid @NotNull(message = "cần quyết định") ExtensionDecisionRequest body, @Context HttpHeaders headers) {
        workflow.decideExtension(id, extensionId, new TaskWorkflowService.ExtensionDecision(body.approved(),
                Boolean.TRUE.equals(body.objectiveCause()), body.note()), request(headers, body.version()));
        return current(id, Response.ok());
    }

    @PUT
    @Path("/{id}/assignee")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD})
    @Operation(summary = "A leader of the unit gives the task to one of its officers, or to another one",
            description = "For a unit-level task (no assignee yet) or to replace the assignee while work is in "
                    + "progress. The caller becomes the task's assigner (who reviews the product). Emits "
                    + "TaskAssigned again for the same task id with the new assigneeId and a higher sequence; "
                    + "consumers keep the latest.")
    @APIResponse(responseCode = "200", description = "the task as it now stands; ETag = its version",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = "The task version the client saw "
            + "(the ETag of GET /api/tasks/{id}); a stale one answers 409. The body's version field does the same.")
    public Response assignOfficer(@PathParam("id") long id,
            @Valid @NotNull(message = "cần mã cán bộ") AssigneeRequest body, @Context HttpHeaders headers) {
        workflow.assignOfficer(id, body.assigneeId(), request(headers, body.version()));
        return current(id, Response.ok());
    }

    private Response current(long id, Response.ResponseBuilder response) {
        TaskView task = service.find(id, caller.get()).map(TaskResource::view)
                .orElseThrow(() -> ProblemException.notFound("nhiệm vụ " + id));
        return response.tag(new EntityTag(String.valueOf(task.version()))).entity(task).build();
    }

    private static URI taskUri(UriInfo uri, long id) {
        return uri.getBaseUriBuilder().path("api/tasks").path(String.valueOf(id)).build();
    }

    /** The caller, their client and the version they saw, from If-Match or the body's version field. */
    private TaskWorkflowService.Request request(HttpHeaders headers, Long bodyVersion) {
        Long headerVersion = ifMatchVersion(headers.getHeaderString(HttpHeaders.IF_MATCH));
        if (headerVersion != null && bodyVersion != null && !headerVersion.equals(bodyVersion)) {
            throw new ProblemException(400, "version-mismatch", "Dữ liệu không hợp lệ",
                    "Phiên bản trong If-Match (" + headerVersion + ") khác trường version (" + bodyVersion + ").");
        }
        return new TaskWorkflowService.Request(caller.get(), client(headers),
                headerVersion != null ? headerVersion : bodyVersion);
    }

    private static Long ifMatchVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String value = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw new ProblemException(400, "bad-if-match", "Dữ liệu không hợp lệ",
                    "If-Match phải là phiên bản của nhiệm vụ (ETag nhận được khi đọc nhiệm vụ), ví dụ \"3\".");
        }
    }

    private static TaskView view(TaskService.TaskView v) {
        var t = v.task();
        return new TaskView(t.id, t.parentId, t.planItemId, t.title, t.unitCode, t.assigneeId, t.assignedBy,
                t.dueDate, t.expectedProduct, t.weight, t.status, v.timeliness(), t.createdAt, t.completedAt,
                t.version, v.history().stream().map(TaskResource::view).toList(),
                v.submissions().stream().map(TaskResource::view).toList(),
                v.extensions().stream().map(TaskResource::view).toList());
    }

    private static HistoryView view(TaskHistory h) {
        return new HistoryView(h.at, h.actor, h.action, h.detail, h.client, h.backfill);
    }

    private static SubmissionView view(TaskSubmission s) {
        return new SubmissionView(s.id, s.officerId, s.recordedBy, s.submittedAt, s.documentNumber, s.issuedOn,
                s.summary, s.link, s.verdict, s.majorError, s.reviewNote, s.reviewedBy, s.reviewedAt);
    }

    private static ExtensionView view(TaskExtension e) {
        return new ExtensionView(e.id, e.requestedBy, e.requestedAt, e.requestedDueDate, e.reason, e.status,
                e.previousDueDate, e.objectiveCause, e.decisionNote, e.decidedBy, e.decidedAt);
    }

    private static String client(HttpHeaders headers) {
        String agent = headers.getHeaderString(HttpHeaders.USER_AGENT);
        return agent == null ? null : agent.substring(0, Math.min(agent.length(), 300));
    }
}
