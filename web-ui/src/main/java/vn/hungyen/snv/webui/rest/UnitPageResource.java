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
import jakarta.ws.rs.core.UriBuilder;
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
 * "Nhiệm vụ của phòng": a head's view of the unit's tasks, and assigning new work: an item of the plan's
 * catalogue that the unit leads, or an ad-hoc task. It also lists the unit's recurring work (one task every month),
 * each of which may be stopped with a reason. The Director and deputy directors open any unit in their
 * scope with {@code ?unit=CODE} (the dashboard links here); {@code ?planItemId=ID} preselects a catalogue item
 * (the plan page links here).
 */
@Path("/unit")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class UnitPageResource {

    /** A task row with the assignee's name. */
    public record Row(TaskGateway.Task task, String assigneeName) {
    }

    /** A recurring assignment with the assignee's name. */
    public record RecurringRow(TaskGateway.Recurring assignment, String assigneeName) {
    }

    /** The filters of the list, echoed back into the form. */
    public record Filters(String status, boolean overdue) {
    }

    /** The assignment form, to show it again with the person's input; an empty planItemId means ad-hoc work. */
    public record AssignForm(String planItemId, String title, String assigneeId, String dueDate,
            String expectedProduct, boolean recurring) {
        static AssignForm choosing(String planItemId) {
            return new AssignForm(trim(planItemId), "", "", "", "", false);
        }

        public boolean selects(long officerId) {
            return assigneeId.equals(String.valueOf(officerId));
        }

        public boolean selectsItem(long itemId) {
            return planItemId.equals(String.valueOf(itemId));
        }
    }

    /** The catalogue items the unit leads in the current plan, to choose from. */
    public record Catalogue(List<PlanGateway.Item> items) {
        static final Catalogue NONE = new Catalogue(List.of());

        public boolean anyRecurring() {
            return items.stream().anyMatch(PlanGateway.Item::recurring);
        }
    }

    /** At most this many of the unit's items are offered; the whole plan has 196. */
    static final int CATALOGUE_SIZE = 200;

    private static final String STOPPED = "recurring-stopped";
    private static final Map<String, String> NOTICES = Map.of(STOPPED, "Đã dừng việc định kỳ.");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance unitTasks(String unit, List<Row> rows, List<Row> pendingExtensions,
                long total, Filters filters,
                List<PlanGateway.Officer> officers, Catalogue catalogue, AssignForm form,
                List<RecurringRow> recurring, List<String> errors, String notice);
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
            @QueryParam("overdue") boolean overdue, @QueryParam("planItemId") String planItemId,
            @QueryParam("notice") String notice) {
        String shown = unitShown(unit);
        if (shown == null) {
            return Response.seeOther(URI.create("/")).build();
        }
        return page(200, shown, new Filters(blankToNull(status), overdue), AssignForm.choosing(planItemId), List.of(),
                notice == null ? null : NOTICES.get(notice));
    }

    @POST
    @Path("/assign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response assign(@FormParam("unit") String unit, @FormParam("planItemId") String planItemId,
            @FormParam("title") String title, @FormParam("assigneeId") String assigneeId,
            @FormParam("dueDate") String dueDate, @FormParam("expectedProduct") String expectedProduct,
            @FormParam("recurring") boolean recurring) {
        String shown = unitShown(unit);
        if (shown == null) {
            return Response.seeOther(URI.create("/")).build();
        }
        AssignForm form = new AssignForm(trim(planItemId), trim(title), trim(assigneeId), trim(dueDate),
                trim(expectedProduct), recurring);
        List<String> errors = new ArrayList<>();
        Long item = id(form.planItemId(), "Chọn nhiệm vụ trong danh mục của đơn vị.", errors);
        boolean adHoc = form.planItemId().isEmpty();
        if (adHoc && form.title().isEmpty()) {
            errors.add("Chọn một nhiệm vụ trong danh mục hoặc nhập nội dung việc phát sinh.");
        }
        if (adHoc && form.recurring()) {
            errors.add("Chỉ giao hằng tháng được với nhiệm vụ thường xuyên trong danh mục.");
        }
        LocalDate due = null;
        if (!form.dueDate().isEmpty()) {
            try {
                due = LocalDate.parse(form.dueDate());
            } catch (DateTimeException e) {
                errors.add("Hạn hoàn thành không hợp lệ; chọn ngày trên lịch.");
            }
        } else if (adHoc) {
            errors.add("Chọn hạn hoàn thành.");
        }
        Long assignee = id(form.assigneeId(), "Chọn người thực hiện trong danh sách.", errors);
        if (!errors.isEmpty()) {
            return page(400, shown, new Filters(null, false), form, errors, null);
        }
        try {
            long id = tasks.assign(new TaskGateway.Assignment(item, blankToNull(form.title()), shown, assignee, due,
                    blankToNull(form.expectedProduct()), form.recurring() ? Boolean.TRUE : null));
            return Response.seeOther(URI.create("/tasks/" + id + "?notice=assigned")).build();
        } catch (ServiceMessage e) {
            return page(e.status(), shown, new Filters(null, false), form, e.lines(), null);
        }
    }

    /** Stops one of the unit's recurring assignments, with a reason, whoever may assign in the unit. */
    @POST
    @Path("/recurring/{id}/stop")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response stopRecurring(@PathParam("id") long id, @FormParam("unit") String unit,
            @FormParam("reason") String reason) {
        String shown = unitShown(unit);
        if (shown == null) {
            return Response.seeOther(URI.create("/")).build();
        }
        if (trim(reason).isEmpty()) {
            return page(400, shown, new Filters(null, false), AssignForm.choosing(null),
                    List.of("Nhập lý do dừng việc định kỳ."), null);
        }
        try {
            tasks.stopRecurring(id, trim(reason));
            return Response.seeOther(UriBuilder.fromPath("/unit").queryParam("unit", shown)
                    .queryParam("notice", STOPPED).build()).build();
        } catch (ServiceMessage e) {
            return page(e.status(), shown, new Filters(null, false), AssignForm.choosing(null), e.lines(), null);
        }
    }

    /** A head's own unit whatever is asked; for the Director and deputies the unit asked for; else none. */
    private String unitShown(String asked) {
        if (!session.isLeader()) {
            return null;
        }
        return session.getUnitCode() != null ? session.getUnitCode() : blankToNull(asked);
    }

    private Response page(int status, String unit, Filters filters, AssignForm form, List<String> errors,
            String notice) {
        try {
            List<PlanGateway.Officer> officers = plans.officers(unit);
            Map<Long, String> names = officers.stream()
                    .collect(Collectors.toMap(PlanGateway.Officer::id, PlanGateway.Officer::fullName));
            TaskGateway.TaskPage page = tasks.unitTasks(unit, filters.status(), filters.overdue() ? true : null, 0);
            List<Row> rows = page.items().stream().map(t -> new Row(t, assigneeName(t.assigneeId(), names))).toList();
            List<Row> pending = tasks.pendingExtensions(unit).stream()
                    .map(t -> new Row(t, assigneeName(t.assigneeId(), names))).toList();
            List<RecurringRow> recurring = tasks.activeRecurring(unit).stream()
                    .map(r -> new RecurringRow(r, assigneeName(r.assigneeId(), names))).toList();
            return Response.status(status).entity(Templates.unitTasks(unit, rows, pending, page.total(), filters,
                    officers,
                    catalogue(unit), form, recurring, errors, notice)).build();
        } catch (ServiceMessage e) {
            List<String> all = new ArrayList<>(errors);
            all.addAll(e.lines());
            return Response.status(e.status()).entity(Templates.unitTasks(unit, List.of(), List.of(), 0, filters,
                    List.of(),
                    Catalogue.NONE, form, List.of(), all, null)).build();
        }
    }

    /** The officer's name, or the whole unit's when the work is not given to one officer yet. */
    private static String assigneeName(Long officerId, Map<Long, String> names) {
        return officerId == null ? "Cả đơn vị" : names.getOrDefault(officerId, "");
    }

    /** The items of the current plan that the unit leads; none while no plan is loaded. */
    private Catalogue catalogue(String unit) {
        return plans.currentPlan()
                .map(plan -> new Catalogue(plans.items(plan.id(), null, unit, null, 0, CATALOGUE_SIZE).items()))
                .orElse(Catalogue.NONE);
    }

    /** An id chosen in a list, or null when none is; {@code message} says what to do when it is not a number. */
    private static Long id(String value, String message, List<String> errors) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            errors.add(message);
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}
