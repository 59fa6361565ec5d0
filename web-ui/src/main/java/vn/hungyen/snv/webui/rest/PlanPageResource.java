package vn.hungyen.snv.webui.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.hungyen.snv.webui.client.PlanGateway;
import vn.hungyen.snv.webui.client.ServiceMessage;
import vn.hungyen.snv.webui.client.TaskGateway;

/** "Kế hoạch": browse and search the plan's catalogue of key tasks. */
@Path("/plan")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class PlanPageResource {

    static final int PAGE_SIZE = 25;

    /** The search, echoed into the form and the paging links. */
    public record Search(String leadUnit, String q, int page) {

        public String previousQuery() {
            return query(page - 1);
        }

        public String nextQuery() {
            return query(page + 1);
        }

        /** The page number as people count, from 1. */
        public int shownPage() {
            return page + 1;
        }

        public boolean hasNext(int pages) {
            return page + 1 < pages;
        }

        private String query(int toPage) {
            StringBuilder query = new StringBuilder("?page=").append(toPage);
            if (leadUnit != null) {
                query.append("&leadUnit=").append(URLEncoder.encode(leadUnit, StandardCharsets.UTF_8));
            }
            if (q != null) {
                query.append("&q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
            }
            return query.toString();
        }
    }

    /**
     * How the tasks of the page's items stand, by item id (an item without tasks has none), or, when task-service
     * could not tell, the note shown instead.
     */
    public record Progress(Map<Long, TaskGateway.ItemProgress> byItem, String unavailable) {

        static final Progress NONE = new Progress(Map.of(), null);

        public TaskGateway.ItemProgress of(long itemId) {
            return byItem.get(itemId);
        }
    }

    /**
     * Where a person assigns an item from, when task-service lets them assign it to its lead unit: a head on their
     * unit's page; the Director, deputy directors and administrators on the item's lead unit's page.
     */
    public record Assigning(Predicate<String> mayAssignTo, String unitCode) {

        /** The unit page with the item chosen, or null when the person may not assign it. */
        public String link(PlanGateway.Item item) {
            if (item.leadUnit() == null || !mayAssignTo.test(item.leadUnit())) {
                return null;
            }
            if (unitCode == null) {
                return "/unit?unit=" + URLEncoder.encode(item.leadUnit(), StandardCharsets.UTF_8) + "&planItemId="
                        + item.id();
            }
            return "/unit?planItemId=" + item.id();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance plan(PlanGateway.Plan plan, PlanGateway.ItemPage items, int pages,
                List<PlanGateway.Unit> units, Search search, Progress progress, Assigning assigning, String error);
    }

    private final PlanGateway plans;
    private final TaskGateway tasks;
    private final UserSession session;

    PlanPageResource(PlanGateway plans, TaskGateway tasks, UserSession session) {
        this.plans = plans;
        this.tasks = tasks;
        this.session = session;
    }

    @GET
    @Operation(hidden = true)
    public Response plan(@QueryParam("leadUnit") String leadUnit, @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") int page) {
        Search search = new Search(blankToNull(leadUnit), blankToNull(q), Math.max(0, page));
        try {
            PlanGateway.Plan plan = plans.currentPlan()
                    .orElseThrow(() -> new ServiceMessage(404, "Chưa có kế hoạch nào được nạp."));
            PlanGateway.ItemPage items = plans.items(plan.id(), search.leadUnit(), search.q(), search.page(), PAGE_SIZE);
            int pages = (int) ((items.total() + PAGE_SIZE - 1) / PAGE_SIZE);
            Assigning assigning = new Assigning(session::mayAssignTo, session.getUnitCode());
            return Response.ok(Templates.plan(plan, items, pages, plans.units(), search, progress(items), assigning,
                    null)).build();
        } catch (ServiceMessage e) {
            return Response.status(e.status()).entity(Templates.plan(null, null, 0, List.of(), search, Progress.NONE,
                    null, e.getMessage())).build();
        }
    }

    /** The progress of the page's items in one request; without it the catalogue is still worth showing. */
    private Progress progress(PlanGateway.ItemPage items) {
        if (items.items().isEmpty()) {
            return Progress.NONE;
        }
        try {
            return new Progress(tasks.progress(items.items().stream().map(PlanGateway.Item::id).toList()).stream()
                    .collect(Collectors.toMap(TaskGateway.ItemProgress::planItemId, Function.identity())), null);
        } catch (ServiceMessage e) {
            return new Progress(Map.of(), "Tạm thời chưa xem được tiến độ thực hiện các nhiệm vụ; "
                    + "danh mục vẫn hiển thị đầy đủ. Vui lòng tải lại trang sau ít phút.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
