package vn.hungyen.snv.webui.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.hungyen.snv.webui.client.PlanGateway;
import vn.hungyen.snv.webui.client.ServiceMessage;
import vn.hungyen.snv.webui.client.TaskGateway;
import vn.hungyen.snv.webui.domain.TaskBoard;

/** "Nhiệm vụ của tôi": an officer's tasks, one task, and the completion report. */
@Path("/tasks")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class TaskPageResource {

    /** What the completion form holds, to show it again with the person's input. */
    public record ReportForm(String documentNumber, String issuedOn, String summary, String link) {
        static ReportForm empty() {
            return new ReportForm("", "", "", "");
        }
    }

    /** What the extension request form holds, to show it again with the person's input. */
    public record ExtensionForm(String requestedDueDate, String reason) {
        static ExtensionForm empty() {
            return new ExtensionForm("", "");
        }
    }

    /**
     * A page of all the officer's finished work, however old, when asked for ({@code page} from 1); {@code more}
     * when a later page exists.
     */
    public record Older(List<TaskGateway.Task> tasks, int page, boolean more) {

        public int previous() {
            return page - 1;
        }

        public int next() {
            return page + 1;
        }
    }

    /** What the person sent that the page shows again. */
    private record Forms(ReportForm report, ExtensionForm extension) {
        static final Forms EMPTY = new Forms(ReportForm.empty(), ExtensionForm.empty());
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance myTasks(List<TaskGateway.Task> tasks, String error, Older older);

        static native TemplateInstance task(TaskGateway.Task task, PlanGateway.Item item, ReportForm form,
                ExtensionForm extension,
                List<String> errors, String notice, boolean canReview, TaskGateway.ExtensionLine pending,
                boolean canDecide, List<PlanGateway.Officer> unitOfficers);
    }

    private static final Map<String, String> NOTICES = Map.of(
            "submitted", "Đã gửi báo cáo hoàn thành. Chờ lãnh đạo nghiệm thu.",
            "accepted", "Đã nghiệm thu: sản phẩm đạt.",
            "returned", "Đã trả lại sản phẩm để làm lại.",
            "assigned", "Đã giao nhiệm vụ.",
            "extension-requested", "Đã gửi đề nghị gia hạn. Chờ người giao việc quyết định.",
            "extension-approved", "Đã đồng ý gia hạn; hạn hoàn thành đã được cập nhật.",
            "extension-refused", "Đã không đồng ý gia hạn; hạn hoàn thành giữ nguyên.",
            "assignee-changed", "Đã giao nhiệm vụ cho cán bộ được chọn.",
            "cancelled", "Đã hủy nhiệm vụ.");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private final TaskGateway tasks;
    private final PlanGateway plans;
    private final UserSession session;
    private final Clock clock;

    TaskPageResource(TaskGateway tasks, PlanGateway plans, UserSession session, Clock clock) {
        this.clock = clock;
        this.tasks = tasks;
        this.plans = plans;
        this.session = session;
    }

    @GET
    @Operation(hidden = true)
    public Response myTasks(@QueryParam("older") int olderPage) {
        if (!session.isOfficer()) {
            return Response.seeOther(URI.create("/")).build();
        }
        try {
            List<TaskGateway.Task> mine = TaskBoard.ordered(
                    tasks.tasksOf(session.getOfficerId(), LocalDate.now(clock)),
                    TaskGateway.Task::timeliness, TaskGateway.Task::dueDate);
            Older older = null;
            if (olderPage > 0) {
                TaskGateway.TaskPage page = tasks.finishedTasksOf(session.getOfficerId(), olderPage - 1);
                older = new Older(page.items(), olderPage,
                        (long) olderPage * TaskGateway.OLDER_PAGE_SIZE < page.total());
            }
            return Response.ok(Templates.myTasks(mine, null, older)).build();
        } catch (ServiceMessage e) {
            return Response.status(e.status()).entity(Templates.myTasks(List.of(), e.getMessage(), null)).build();
        }
    }

    @GET
    @Path("/{id}")
    @Operation(hidden = true)
    public Response task(@PathParam("id") long id, @QueryParam("notice") String notice) {
        return taskPage(200, id, Forms.EMPTY, List.of(), notice == null ? null : NOTICES.get(notice));
    }

    @POST
    @Path("/{id}/report")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response report(@PathParam("id") long id, @FormParam("documentNumber") String documentNumber,
            @FormParam("issuedOn") String issuedOn, @FormParam("summary") String summary,
            @FormParam("link") String link) {
        ReportForm form = new ReportForm(trim(documentNumber), trim(issuedOn), trim(summary), trim(link));
        List<String> errors = new ArrayList<>();
        if (form.documentNumber().isEmpty()) {
            errors.add("Nhập số, ký hiệu văn bản của sản phẩm.");
        }
        LocalDate issued = parseDate(form.issuedOn(), "ngày ban hành sản phẩm", errors);
        if (form.summary().isEmpty()) {
            errors.add("Nhập trích yếu nội dung sản phẩm.");
        }
        if (!errors.isEmpty()) {
            return taskPage(400, id, new Forms(form, ExtensionForm.empty()), errors, null);
        }
        try {
            tasks.submit(id, new TaskGateway.Submission(form.documentNumber(), issued, form.summary(),
                    form.link().isEmpty() ? null : form.link()));
            return Response.seeOther(URI.create("/tasks/" + id + "?notice=submitted")).build();
        } catch (ServiceMessage e) {
            return taskPage(e.status(), id, new Forms(form, ExtensionForm.empty()), e.lines(), null);
        }
    }

    @POST
    @Path("/{id}/review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response review(@PathParam("id") long id, @FormParam("verdict") String verdict,
            @FormParam("majorError") boolean majorError, @FormParam("note") String note,
            @FormParam("version") long version) {
        if (!"ACCEPTED".equals(verdict) && !"RETURNED".equals(verdict)) {
            return taskPage(400, id, Forms.EMPTY, List.of("Chọn kết quả nghiệm thu: Đạt hoặc Không đạt – làm lại."), null);
        }
        try {
            tasks.review(id, new TaskGateway.Review(verdict, "RETURNED".equals(verdict) && majorError, trim(note),
                    version));
            String notice = "ACCEPTED".equals(verdict) ? "accepted" : "returned";
            return Response.seeOther(URI.create("/tasks/" + id + "?notice=" + notice)).build();
        } catch (ServiceMessage e) {
            return taskPage(e.status(), id, Forms.EMPTY, e.lines(), null);
        }
    }

    @POST
    @Path("/{id}/extensions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response requestExtension(@PathParam("id") long id, @FormParam("requestedDueDate") String requestedDueDate,
            @FormParam("reason") String reason, @FormParam("version") long version) {
        ExtensionForm form = new ExtensionForm(trim(requestedDueDate), trim(reason));
        Forms forms = new Forms(ReportForm.empty(), form);
        List<String> errors = new ArrayList<>();
        LocalDate requested = parseDate(form.requestedDueDate(), "hạn đề nghị gia hạn", errors);
        if (form.reason().isEmpty()) {
            errors.add("Nhập lý do đề nghị gia hạn.");
        }
        if (!errors.isEmpty()) {
            return taskPage(400, id, forms, errors, null);
        }
        try {
            tasks.requestExtension(id, new TaskGateway.ExtensionRequest(requested, form.reason(), version));
            return Response.seeOther(URI.create("/tasks/" + id + "?notice=extension-requested")).build();
        } catch (ServiceMessage e) {
            return taskPage(e.status(), id, forms, e.lines(), null);
        }
    }

    @POST
    @Path("/{id}/extensions/{extensionId}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response decideExtension(@PathParam("id") long id, @PathParam("extensionId") long extensionId,
            @FormParam("approved") String approved, @FormParam("objectiveCause") boolean objectiveCause,
            @FormParam("note") String note, @FormParam("version") long version) {
        if (!"true".equals(approved) && !"false".equals(approved)) {
            return taskPage(400, id, Forms.EMPTY, List.of("Chọn Đồng ý hoặc Không đồng ý gia hạn."), null);
        }
        boolean yes = Boolean.parseBoolean(approved);
        try {
            tasks.decideExtension(id, extensionId,
                    new TaskGateway.ExtensionDecision(yes, yes && objectiveCause, trim(note), version));
            return Response.seeOther(URI.create("/tasks/" + id + "?notice=extension-" + (yes ? "approved" : "refused")))
                    .build();
        } catch (ServiceMessage e) {
            return taskPage(e.status(), id, Forms.EMPTY, e.lines(), null);
        }
    }

    @POST
    @Path("/{id}/assignee")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response changeAssignee(@PathParam("id") long id, @FormParam("assigneeId") String assigneeId,
            @FormParam("version") long version) {
        Long officer;
        try {
            officer = Long.valueOf(trim(assigneeId));
        } catch (NumberFormatException e) {
            return taskPage(400, id, Forms.EMPTY, List.of("Chọn cán bộ được giao nhiệm vụ."), null);
        }
        try {
            tasks.changeAssignee(id, new TaskGateway.AssigneeChange(officer, version));
            return Response.seeOther(URI.create("/tasks/" + id + "?notice=assignee-changed")).build();
        } catch (ServiceMessage e) {
            return taskPage(e.status(), id, Forms.EMPTY, e.lines(), null);
        }
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response cancel(@PathParam("id") long id, @FormParam("reason") String reason,
            @FormParam("version") long version) {
        if (trim(reason).isEmpty()) {
            return taskPage(400, id, Forms.EMPTY, List.of("Nhập lý do hủy nhiệm vụ."), null);
        }
        try {
            tasks.cancel(id, new TaskGateway.Cancellation(trim(reason), version));
            return Response.seeOther(URI.create("/tasks/" + id + "?notice=cancelled")).build();
        } catch (ServiceMessage e) {
            return taskPage(e.status(), id, Forms.EMPTY, e.lines(), null);
        }
    }

    /** The task page with a status; when the task itself cannot be read, the list page says why. */
    private Response taskPage(int status, long id, Forms forms, List<String> errors, String notice) {
        try {
            TaskGateway.Task task = tasks.task(id);
            boolean leaderOfTask = session.isLeader() && !session.isAssigneeOf(task.assigneeId());
            TaskGateway.ExtensionLine pending = task.pendingExtension().orElse(null);
            return Response.status(status).entity(Templates.task(task, catalogueItem(task), forms.report(),
                    forms.extension(), errors, notice, leaderOfTask && "SUBMITTED".equals(task.status()), pending,
                    leaderOfTask && pending != null, unitOfficers(task))).build();
        } catch (ServiceMessage e) {
            return Response.status(e.status()).entity(Templates.myTasks(List.of(), e.getMessage(), null)).build();
        }
    }

    /**
     * The officers a leader of the task's unit may give work in progress to; none for anyone else, for finished
     * work, or while plan-service cannot tell (task-service decides in the end).
     */
    private List<PlanGateway.Officer> unitOfficers(TaskGateway.Task task) {
        boolean inProgress = "ASSIGNED".equals(task.status()) || "RETURNED".equals(task.status());
        if (!inProgress || !session.mayAssignTo(task.unitCode())) {
            return List.of();
        }
        try {
            return plans.officers(task.unitCode()).stream()
                    .filter(o -> !Long.valueOf(o.id()).equals(task.assigneeId())).toList();
        } catch (ServiceMessage e) {
            return List.of();
        }
    }

    /** The task's catalogue item, or null: none, or plan-service cannot tell (the page then shows its id). */
    private PlanGateway.Item catalogueItem(TaskGateway.Task task) {
        if (task.planItemId() == null) {
            return null;
        }
        try {
            return plans.item(task.planItemId());
        } catch (ServiceMessage e) {
            return null;
        }
    }

    /**
     * Accepts dd/MM/yyyy (what people type) and yyyy-MM-dd (what a date picker sends); {@code what}
     * names the date in the messages, e.g. "ngày ban hành sản phẩm".
     */
    private static LocalDate parseDate(String text, String what, List<String> errors) {
        if (text.isEmpty()) {
            errors.add("Nhập " + what + ".");
            return null;
        }
        try {
            Matcher dayFirst = DAY_MONTH_YEAR.matcher(text);
            if (dayFirst.matches()) {
                return LocalDate.of(Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)),
                        Integer.parseInt(dayFirst.group(1)));
            }
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            errors.add("\"" + text + "\" không phải là ngày hợp lệ (" + what
                    + "); nhập theo dạng ngày/tháng/năm, ví dụ 15/03/2024.");
            return null;
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}
