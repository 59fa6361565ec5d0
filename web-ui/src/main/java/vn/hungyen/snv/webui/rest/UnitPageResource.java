package vn.hungyen.snv.webui.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.hungyen.snv.webui.client.PlanGateway;
import vn.hungyen.snv.webui.client.ServiceMessage;
import vn.hungyen.snv.webui.client.TaskGateway;

/**
 * "Nhiệm vụ của phòng": a head's view of the unit's tasks, and assigning new work. The Director and
 * deputy directors open any unit in their scope with {@code ?unit=CODE} (the dashboard links here).
 */
@Path("/unit")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class UnitPageResource {

    /** A task row with the assignee's name. */
    public record Row(TaskGateway.Task task, String assigneeName) {
    }

    /** The filters of the list, echoed back into the form. */
    public record Filters(String status, boolean overdue) {
    }

    /** The assignment form, to show it again with the person's input. */
    public record AssignForm(String title, String assigneeId, String dueDate, String expectedProduct) {
        static AssignForm empty() {
            return new AssignForm("", "", "", "");
        }

        public boolean selects(long officerId) {
            return assigneeId.equals(String.valueOf(officerId));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance unitTasks(String unit, List<Row> rows, long total, Filters filters,
                List<PlanGateway.Officer> officers, AssignForm form, List<String> errors);
    }

    private final TaskGateway tasks;
    private final PlanGateway plans;
    private final UserSession session;

    UnitPageResource(TaskGateway tasks, PlanGateway plans, UserSession session) {
        this.tasks = tasks;
        this.plans = plans;
        this.session = session;
    }

    @GET
    @Operation(hidden = true)
    public Response unitTasks(@QueryParam("unit") String unit, @QueryParam("status") String status,
            @QueryParam("overdue") boolean overdue) {
        String shown = unitShown(unit);
        if (shown == null) {
            return Response.seeOther(URI.create("/")).build();
        }
        return page(200, shown, new Filters(blankToNull(status), overdue), AssignForm.empty(), List.of());
    }

    @POST
    @Path("/assign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response assign(@FormParam("unit") String unit, @FormParam("title") String title,
            @FormParam("assigneeId") String assigneeId, @FormParam("dueDate") String dueDate,
            @FormParam("expectedProduct") String expectedProduct) {
        String shown = unitShown(unit);
        if (shown == null) {
            return Response.seeOther(URI.create("/")).build();
        }
        AssignForm form = new AssignForm(trim(title), trim(assigneeId), trim(dueDate), trim(expectedProduct));
        List<String> errors = new ArrayList<>();
        if (form.title().isEmpty()) {
            errors.add("Nhập nội dung nhiệm vụ.");
        }
        LocalDate due = null;
        try {
            due = LocalDate.parse(form.dueDate());
        } catch (DateTimeException e) {
            errors.add("Chọn hạn hoàn thành.");
        }
        Long assignee = null;
        if (!form.assigneeId().isEmpty()) {
            try {
                assignee = Long.valueOf(form.assigneeId());
            } catch (NumberFormatException e) {
                errors.add("Chọn người thực hiện trong danh sách.");
            }
        }
        if (!errors.isEmpty()) {
            return page(400, shown, new Filters(null, false), form, errors);
        }
        try {
            long id = tasks.assign(new TaskGateway.Assignment(form.title(), shown, assignee, due,
                    form.expectedProduct().isEmpty() ? null : form.expectedProduct()));
            return Response.seeOther(URI.create("/tasks/" + id + "?notice=assigned")).build();
        } catch (ServiceMessage e) {
            return page(e.status(), shown, new Filters(null, false), form, e.lines());
        }
    }

    /** A head's own unit whatever is asked; for the Director and deputies the unit asked for; else none. */
    private String unitShown(String asked) {
        if (!session.isLeader()) {
            return null;
        }
        return session.getUnitCode() != null ? session.getUnitCode() : blankToNull(asked);
    }

    private Response page(int status, String unit, Filters filters, AssignForm form, List<String> errors) {
        try {
            List<PlanGateway.Officer> officers = plans.officers(unit);
            Map<Long, String> names = officers.stream()
                    .collect(Collectors.toMap(PlanGateway.Officer::id, PlanGateway.Officer::fullName));
            TaskGateway.TaskPage page = tasks.unitTasks(unit, filters.status(), filters.overdue() ? true : null, 0);
            List<Row> rows = page.items().stream()
                    .map(t -> new Row(t, t.assigneeId() == null ? "Cả đơn vị" : names.getOrDefault(t.assigneeId(), "")))
                    .toList();
            return Response.status(status)
                    .entity(Templates.unitTasks(unit, rows, page.total(), filters, officers, form, errors)).build();
        } catch (ServiceMessage e) {
            List<String> all = new ArrayList<>(errors);
            all.addAll(e.lines());
            return Response.status(e.status())
                    .entity(Templates.unitTasks(unit, List.of(), 0, filters, List.of(), form, all)).build();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}
