package vn.hungyen.snv.task.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.hungyen.snv.common.input.DateInRange;
import vn.hungyen.snv.common.input.InputText;
import vn.hungyen.snv.common.input.VisibleText;
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
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.common.security.CurrentCaller;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.task.config.TaskConfig;
import vn.hungyen.snv.task.domain.AssignmentRules;
import vn.hungyen.snv.task.domain.ExtensionStatus;
import vn.hungyen.snv.task.domain.ReviewVerdict;
import vn.hungyen.snv.task.domain.TaskStatus;
import vn.hungyen.snv.task.domain.Timeliness;
import vn.hungyen.snv.common.rules.Violation;
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

    /** The OpenAPI description of the If-Match header every change of a task accepts. */
    private static final String IF_MATCH = "The task version the client saw (the ETag of GET /api/tasks/{id}); "
            + "a stale one answers 409. The body's version field does the same.";
    /** The OpenAPI description of what every change of a task answers. */
    private static final String CURRENT_TASK = "the task as it now stands; ETag = its version";

    /**
     * POST /api/tasks/{id}/submissions body: the product that proves completion.
     *
     * @param submittedAt administrators only, to backfill a completion that happened earlier
     * @param version     the task version the client saw (alternative to If-Match)
     */
    public record SubmissionRequest(
            @VisibleText(message = "cần số/ký hiệu văn bản sản phẩm")
            @Size(max = 100, message = "số/ký hiệu tối đa 100 ký tự") String documentNumber,
            @NotNull(message = "cần ngày ban hành văn bản (YYYY-MM-DD)")
            @PastOrPresent(message = "ngày ban hành không được ở tương lai")
            @DateInRange(message = "ngày ban hành phải từ 2000-01-01 đến 2100-12-31") LocalDate issuedOn,
            @VisibleText(message = "cần trích yếu nội dung sản phẩm")
            @Size(max = 2000, message = "trích yếu tối đa 2000 ký tự") String summary,
            @Size(max = 1000, message = "đường dẫn tối đa 1000 ký tự")
            @Pattern(regexp = "https?://\\S+", message = "đường dẫn phải bắt đầu bằng http:// hoặc https://") String link,
            @PastOrPresent(message = "thời điểm nhập bù phải ở quá khứ") Instant submittedAt,
            Long version) {
    }

    /**
     * POST /api/tasks/{id}/reviews body.
     *
     * @param majorError RETURNED only: the product has a major content error (counts as a quality return)
     * @param reviewedAt administrators only, to backfill a review that happened earlier
     * @param version    the task version the client saw (alternative to If-Match)
     */
    public record ReviewRequest(
            @NotNull(message = "cần kết quả nghiệm thu: ACCEPTED (Đạt) hoặc RETURNED (Không đạt – làm lại)")
            ReviewVerdict verdict,
            Boolean majorError,
            @Size(max = 2000, message = "ghi chú tối đa 2000 ký tự") String note,
            @PastOrPresent(message = "thời điểm nhập bù phải ở quá khứ") Instant reviewedAt,
            Long version) {

        /** A returned product needs the reason, so that the officer knows what to redo. */
        @AssertTrue(message = "trả lại sản phẩm (RETURNED) cần ghi chú lý do")
        public boolean isReasonGivenForReturn() {
            return verdict != ReviewVerdict.RETURNED || InputText.visible(note);
        }
    }

    /** POST /api/tasks/{id}/cancel body; {@code version} is the task version the client saw (alternative to If-Match). */
    public record CancelRequest(
            @VisibleText(message = "cần lý do hủy nhiệm vụ")
            @Size(max = 2000, message = "lý do tối đa 2000 ký tự") String reason,
            Long version) {
    }

    /** PUT /api/tasks/{id}/assignee body; {@code version} is the task version the client saw (alternative to If-Match). */
    public record AssigneeRequest(
            @NotNull(message = "cần mã cán bộ được giao (assigneeId)") Long assigneeId,
            Long version) {
    }

    /** POST /api/tasks/{id}/extensions body; {@code version} is the task version the client saw (alternative to If-Match). */
    public record ExtensionRequest(
            @NotNull(message = "cần hạn đề nghị (YYYY-MM-DD)")
            @DateInRange(message = "hạn đề nghị phải từ 2000-01-01 đến 2100-12-31") LocalDate requestedDueDate,
            @VisibleText(message = "cần lý do đề nghị gia hạn")
            @Size(max = 2000, message = "lý do tối đa 2000 ký tự") String reason,
            Long version) {
    }

    /**
     * POST /api/tasks/{id}/extensions/{extensionId}/decision body.
     *
     * @param objectiveCause approvals only: the cause is objective (nguyên nhân khách quan), so scoring uses the new date
     * @param version        the task version the client saw (alternative to If-Match)
     */
    public record ExtensionDecisionRequest(
            @NotNull(message = "cần quyết định: approved = true (đồng ý) hoặc false (không đồng ý)") Boolean approved,
            Boolean objectiveCause,
            @Size(max = 2000, message = "ghi chú tối đa 2000 ký tự") String note,
            Long version) {
    }

    /** POST /api/tasks body, and one row of POST /api/tasks/bulk. */
    public record AssignRequest(
            @Schema(description = "A catalogue item (plan-service's item id). Without title the item is read from "
                    + "plan-service: its content, lead unit, coordinating units, product and the next due date of "
                    + "its deadline fill what the request leaves out.")
            Long planItemId,
            @Size(max = 2000, message = "nội dung tối đa 2000 ký tự")
            @VisibleText(required = false, message = "nội dung nhiệm vụ phải có chữ đọc được, không chỉ ký tự ẩn")
            String title,
            @Schema(description = "The lead unit; defaults to the catalogue item's") String unitCode,
            Long assigneeId,
            @Schema(description = "YYYY-MM-DD; defaults to the next due date of the catalogue item's deadline")
            @DateInRange(message = "hạn phải từ 2000-01-01 đến 2100-12-31") LocalDate dueDate,
            @Schema(description = "Each gets its own child task; defaults to the catalogue item's")
            List<@VisibleText(message = "mã đơn vị phối hợp không được trống") String> coordinatingUnits,
            @Size(max = 200, message = "sản phẩm tối đa 200 ký tự")
            @VisibleText(required = false, message = "sản phẩm phải có chữ đọc được, không chỉ ký tự ẩn")
            String expectedProduct,
            @DecimalMin(value = "0.1", message = "hệ số tối thiểu 0,1")
            @DecimalMax(value = "10", message = "hệ số tối đa 10")
            @Digits(integer = 2, fraction = 2, message = "hệ số có tối đa 2 chữ số thập phân, ví dụ 1,25")
            BigDecimal weight,
            @Schema(description = "true for a catalogue item due \"Thường xuyên\" or \"Trước ngày N hằng tháng\": "
                    + "the assignment recurs, with one task every month (this or, when its day has passed, next "
                    + "month's is created now; later months' on their first day)")
            Boolean recurring) {

        AssignmentRules.Draft draft() {
            return new AssignmentRules.Draft(planItemId, title, unitCode, assigneeId, dueDate, coordinatingUnits,
                    expectedProduct, weight, Boolean.TRUE.equals(recurring));
        }
    }

    /** One problem of a bulk row. */
    public record RowProblemView(String field, String code, String message) {
    }

    /** Every problem of one row of a bulk assignment; rows count from 1. */
    public record RowProblemsView(int row, List<RowProblemView> problems) {
    }

    /** The tasks one row created: the lead task and the coordinating units' child tasks. */
    public record CreatedRowView(int row, long taskId, List<Long> coordinatingTaskIds) {
    }

    /** What a bulk assignment found and, unless a dry run, created; {@code rows} lists only rows with problems. */
    public record BulkReportView(boolean dryRun, boolean applied, int rowCount, int problemRowCount,
            List<RowProblemsView> rows, List<CreatedRowView> created) {

        static BulkReportView of(TaskService.BulkOutcome outcome) {
            return new BulkReportView(outcome.dryRun(), !outcome.created().isEmpty(), outcome.rowCount(),
                    outcome.problems().size(), outcome.problems().stream().map(r -> new RowProblemsView(r.row(),
                            r.problems().stream().map(p -> new RowProblemView(p.field(), p.code(), p.message()))
                                    .toList())).toList(),
                    outcome.created().stream().map(c -> new CreatedRowView(c.row(), c.taskId(),
                            c.coordinatingTaskIds())).toList());
        }
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
    public record TaskView(long id,
            @Schema(description = "The organisation the task belongs to, that of whoever assigned it")
            String organisationCode,
            Long parentId, Long planItemId, String title, String unitCode, Long assigneeId,
            String assignedBy,
            @Schema(description = "The current deadline, after every approved extension") LocalDate dueDate,
            @Schema(description = "The due date the monthly rating scores against: the first due date, moved only by "
                    + "extensions granted for an objective cause; timeliness is measured against it")
            LocalDate ratedDueDate,
            String expectedProduct, BigDecimal weight, TaskStatus status,
            Timeliness timeliness, Instant createdAt, Instant completedAt, long version, List<HistoryView> history,
            List<SubmissionView> submissions, List<ExtensionView> extensions,
            @Schema(description = "The coordinating units' child tasks of a lead task and where they stand, shown to "
                    + "whoever sees the lead task (its unit's head included); empty in lists")
            List<CoordinatingView> coordinating) {
    }

    /** A coordinating unit's child task as the lead task shows it. */
    public record CoordinatingView(long id, String unitCode, Long assigneeId, LocalDate dueDate,
            LocalDate ratedDueDate, TaskStatus status, Timeliness timeliness, Instant completedAt) {
    }

    /** How the caller's top-level assignments of one catalogue item stand; done + open = total. */
    public record ItemProgressView(long planItemId,
            @Schema(description = "Top-level assignments of the item, cancelled ones and coordinating units' "
                    + "child tasks left out") long total,
            @Schema(description = "Done (product accepted): timeliness DONE_ON_TIME or DONE_LATE") long done,
            @Schema(description = "Of the done ones, those with timeliness DONE_LATE") long doneLate,
            @Schema(description = "Not done yet (ASSIGNED, SUBMITTED or RETURNED)") long open,
            @Schema(description = "Of the open ones, those with timeliness OVERDUE") long overdue) {
    }

    /** One page of a list. */
    public record PageView(List<TaskView> items, int page, int size, long total) {
    }

    /** Most catalogue items one progress request may name. */
    static final int MAX_PROGRESS_ITEMS = 200;

    private final TaskService service;
    private final TaskWorkflowService workflow;
    private final CurrentCaller caller;
    private final TaskConfig config;
    private final Validator validator;

    TaskResource(TaskService service, TaskWorkflowService workflow, CurrentCaller caller, TaskConfig config,
            Validator validator) {
        this.service = service;
        this.workflow = workflow;
        this.caller = caller;
        this.config = config;
        this.validator = validator;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD})
    @Operation(summary = "Assign a catalogue item or an ad-hoc task to a unit and optionally one officer",
            description = "planItemId without title takes the catalogue item from plan-service (503 when it cannot "
                    + "be reached). recurring=true on an item due \"Thường xuyên\" or \"Trước ngày N hằng tháng\" "
                    + "starts a recurring assignment: this task is its first month's, and every later month gets "
                    + "exactly one task of its own, due on the deadline's day of that month. The task belongs to "
                    + "the caller's organisation. A missing field answers 400, a unit outside the caller's scope "
                    + "403, a catalogue item of a plan not yet published 409 (plan-not-published), any other broken "
                    + "rule 422; the problem lists every violation.")
    @APIResponse(responseCode = "201", description = "Location names the task; the body is " + CURRENT_TASK,
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    public Response assign(@Valid @NotNull(message = "cần nội dung yêu cầu") AssignRequest request,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        var task = service.assign(request.draft(), caller.get(), client(headers));
        return current(task.id, Response.created(taskUri(uri, task.id)));
    }

    @POST
    @Path("/bulk")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD})
    @Operation(summary = "Assign many tasks at once, all or nothing",
            description = "The body is a JSON array of POST /api/tasks bodies, each checked like a single "
                    + "assignment (including the caller's right to assign to its unit). dryRun=true (the default) "
                    + "answers 200 with every row's problems and changes nothing. dryRun=false assigns every row in "
                    + "one transaction and answers 201 with the created task ids, one event each through the outbox; "
                    + "if any row has a problem it answers 422 with the same report and writes nothing. At most "
                    + "app.tasks.max-bulk-rows rows (500) per request, else 413.")
    @APIResponse(responseCode = "200", description = "dry run: the report",
            content = @Content(schema = @Schema(implementation = BulkReportView.class)))
    @APIResponse(responseCode = "201", description = "assigned: the report with the created task ids",
            content = @Content(schema = @Schema(implementation = BulkReportView.class)))
    @APIResponse(responseCode = "422", description = "problem+json with code bulk-invalid and the report; nothing written")
    @APIResponse(responseCode = "413", description = "problem+json with code too-many-rows")
    public Response assignAll(@QueryParam("dryRun") @DefaultValue("true") boolean dryRun,
            @NotNull(message = "cần danh sách nhiệm vụ (mảng JSON)") List<AssignRequest> rows,
            @Context HttpHeaders headers) {
        if (rows.size() > config.maxBulkRows()) {
            throw new ProblemException(413, "too-many-rows", "Quá nhiều dòng", "Mỗi lần giao tối đa "
                    + config.maxBulkRows() + " nhiệm vụ; danh sách có " + rows.size()
                    + " dòng. Hãy chia thành nhiều lần gửi.");
        }
        if (rows.isEmpty()) {
            throw ProblemException.unprocessable("no-rows", "Danh sách nhiệm vụ trống.");
        }
        var outcome = service.assignAll(rows.stream().map(this::bulkRow).toList(), dryRun, caller.get(),
                client(headers));
        return Response.status(dryRun ? 200 : 201).entity(BulkReportView.of(outcome)).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD, Roles.OFFICER})
    @Operation(summary = "Tasks in the caller's scope, filtered, earliest due first",
            description = "Only the caller's organisation's tasks: an officer's list is their own tasks; a head's "
                    + "their unit's; the Director's and an administrator's all of the organisation's. open=true: "
                    + "tasks neither DONE nor CANCELLED (open=false: the others); overdue=true: tasks in progress "
                    + "(ASSIGNED or RETURNED; a product awaiting review stops the clock) whose rated due date is before "
                    + "today; dueSoon=true: tasks in progress rated due today or within "
                    + "app.tasks.due-soon-working-days working days (Vietnamese calendar); pendingExtension=true: tasks "
                    + "with an extension request awaiting a decision, each listed with that request in extensions (the "
                    + "requested date and the reason); other lists leave extensions empty. Every filter combination "
                    + "is read from an index in due-date order.")
    public PageView list(@QueryParam("unit") String unit, @QueryParam("assigneeId") Long assigneeId,
            @Parameter(description = "A catalogue item's id") @QueryParam("planItemId") Long planItemId,
            @QueryParam("status") TaskStatus status, @QueryParam("open") Boolean open,
            @QueryParam("overdue") Boolean overdue, @QueryParam("dueSoon") Boolean dueSoon,
            @QueryParam("pendingExtension") Boolean pendingExtension, @QueryParam("dueFrom") LocalDate dueFrom, @QueryParam("dueTo") LocalDate dueTo,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "trang bắt đầu từ 0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "cỡ trang tối thiểu 1")
            @Max(value = 200, message = "cỡ trang tối đa 200") int size) {
        var filter = new TaskRepository.Filter(unit, assigneeId, planItemId, status, open, overdue, dueSoon,
                pendingExtension, dueFrom, dueTo, service.today(), service.dueSoonBefore());
        TaskService.Page result = service.list(filter, caller.get(), page, Math.min(size, config.maxPageSize()));
        return new PageView(result.items().stream().map(TaskResource::view).toList(), page, size, result.total());
    }

    @GET
    @Path("/progress")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD, Roles.OFFICER})
    @Operation(summary = "How the tasks of catalogue items stand, counted in the caller's scope",
            description = "For each planItemId (repeat the parameter, 1 to " + MAX_PROGRESS_ITEMS + " ids) that "
                    + "has tasks in the caller's scope (the same scope as GET /api/tasks), counts its top-level "
                    + "assignments that are not cancelled: done (on time or late) and open (of which overdue), "
                    + "with the timeliness definitions of the task view. Items without such tasks are left out; "
                    + "the answer is ordered by planItemId.")
    @APIResponse(responseCode = "200", description = "one entry per item that has tasks",
            content = @Content(schema = @Schema(implementation = ItemProgressView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "problem+json with code validation: no planItemId, or more than "
            + MAX_PROGRESS_ITEMS)
    public List<ItemProgressView> progress(@Parameter(description = "A catalogue item's id; repeatable")
            @QueryParam("planItemId")
            @NotEmpty(message = "cần ít nhất một planItemId (mã mục danh mục)")
            @Size(max = MAX_PROGRESS_ITEMS, message = "mỗi lần tối đa " + MAX_PROGRESS_ITEMS + " mục danh mục (planItemId)")
            List<Long> planItemId) {
        return service.progress(new LinkedHashSet<>(planItemId), caller.get()).stream()
                .map(p -> new ItemProgressView(p.planItemId(), p.total(), p.done(), p.doneLate(), p.open(),
                        p.overdue()))
                .toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD, Roles.OFFICER})
    @Operation(summary = "One task with its history, submissions and extensions; 404 outside the caller's scope",
            description = "Another organisation's task is outside every scope, for this and every change of a task. "
                    + "The ETag header carries the task's version; send it back as If-Match to change the task.")
    @APIResponse(responseCode = "200", description = CURRENT_TASK,
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
    @APIResponse(responseCode = "201", description = "Location names the task; the body is " + CURRENT_TASK,
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = IF_MATCH)
    @Transactional
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
    @APIResponse(responseCode = "200", description = CURRENT_TASK,
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = IF_MATCH)
    @Transactional
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
    @APIResponse(responseCode = "200", description = CURRENT_TASK,
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = IF_MATCH)
    @Transactional
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
    @APIResponse(responseCode = "201", description = "Location names the task; the body is " + CURRENT_TASK,
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = IF_MATCH)
    @Transactional
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
    @APIResponse(responseCode = "200", description = CURRENT_TASK,
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = IF_MATCH)
    @Transactional
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
    @APIResponse(responseCode = "200", description = CURRENT_TASK,
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = IF_MATCH)
    @Transactional
    public Response assignOfficer(@PathParam("id") long id,
            @Valid @NotNull(message = "cần mã cán bộ") AssigneeRequest body, @Context HttpHeaders headers) {
        workflow.assignOfficer(id, body.assigneeId(), request(headers, body.version()));
        return current(id, Response.ok());
    }

    /** A bulk row with what bean validation finds in it; a null element is an empty row. */
    private TaskService.BulkRow bulkRow(AssignRequest row) {
        if (row == null) {
            return new TaskService.BulkRow(null, List.of(new Violation("", "empty-row", Violation.Kind.INPUT,
                    "Dòng trống: cần nội dung giao việc.")));
        }
        return new TaskService.BulkRow(row.draft(), validator.validate(row).stream()
                .map(v -> new Violation(v.getPropertyPath().iterator().next().getName(), "validation",
                        Violation.Kind.INPUT, v.getMessage()))
                .sorted(Comparator.comparing(Violation::field)).toList());
    }

    /**
     * The task as it stands after a change. Every change endpoint is one transaction, so this reads the answer from
     * the change's own session (no second connection, the task not selected again) and the answer is what commits.
     */
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
        return new TaskView(t.id, t.organisationCode, t.parentId, t.planItemId, t.title, t.unitCode, t.assigneeId,
                t.assignedBy, t.dueDate, t.ratedDueDate, t.expectedProduct, t.weight, t.status, v.timeliness(), t.createdAt,
                t.completedAt, t.version, v.history().stream().map(TaskResource::view).toList(),
                v.submissions().stream().map(TaskResource::view).toList(),
                v.extensions().stream().map(TaskResource::view).toList(),
                v.coordinating().stream().map(c -> new CoordinatingView(c.task().id, c.task().unitCode,
                        c.task().assigneeId, c.task().dueDate, c.task().ratedDueDate, c.task().status,
                        c.timeliness(), c.task().completedAt)).toList());
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
