package vn.hungyen.snv.webui.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.hungyen.snv.webui.client.PlanGateway;
import vn.hungyen.snv.webui.client.ServiceMessage;
import vn.hungyen.snv.webui.client.TaskGateway;

/**
 * "Kế hoạch": the organisation's plans by year, the chosen plan's versions and what changed between them, its
 * catalogue of key tasks (searched, with each item's source), its export; for the administrator, a new plan, a
 * draft's catalogue checked then imported, recurring items copied from another plan, and publication.
 */
@Path("/plan")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class PlanPageResource {

    static final int PAGE_SIZE = 25;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Map<String, String> NOTICES = Map.of("plan-created",
            "Đã tạo dự thảo kế hoạch. Nạp danh mục nhiệm vụ hoặc sao chép nhiệm vụ thường xuyên, rồi ban hành.",
            "catalogue-imported", "Đã nạp danh mục nhiệm vụ vào dự thảo.",
            "plan-published", "Đã ban hành kế hoạch; các nhiệm vụ của kế hoạch có thể được giao.");

    /** The search, echoed into the form and the paging links; {@code plan} is the plan asked for, if any. */
    public record Search(String plan, String field, String leadUnit, String q, int page) {

        static final Search NONE = new Search(null, null, null, null, 0);

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
            append(query, "leadUnit", leadUnit);
            append(query, "q", q);
            append(query, "field", field);
            append(query, "plan", plan);
            return query.toString();
        }

        private static void append(StringBuilder query, String name, String value) {
            if (value != null) {
                query.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
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

    /** The plans of one year: the latest version of each, by code. */
    public record Year(int year, List<PlanGateway.Plan> plans) {
    }

    /** The chosen plan: its versions, the fields of work of its items and the page of its catalogue shown. */
    public record Chosen(PlanGateway.Plan plan, List<PlanGateway.Plan> versions, List<String> fields,
            PlanGateway.ItemPage items, int pages, Progress progress, Assigning assigning) {
    }

    /** A catalogue file checked by a dry run, with the file itself (Base64) for the form that imports it. */
    public record Checked(PlanGateway.ImportReport report, String file) {
    }

    /** Everything the page shows; {@code chosen} is null when there is no plan to show. */
    public record View(List<Year> years, Chosen chosen, List<PlanGateway.Plan> others, List<PlanGateway.Unit> units,
            Search search, List<String> errors, String notice, Checked checked) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance plan(View view);

        static native TemplateInstance diff(PlanGateway.Plan plan, PlanGateway.VersionDiff diff, String error);
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
    public Response plan(@QueryParam("plan") String plan, @QueryParam("field") String field,
            @QueryParam("leadUnit") String leadUnit, @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("notice") String notice) {
        Search search = new Search(blankToNull(plan), blankToNull(field), blankToNull(leadUnit), blankToNull(q),
                Math.max(0, page));
        return page(200, search, List.of(), notice == null ? null : NOTICES.get(notice), null);
    }

    /** What changed in a version from the one before it. */
    @GET
    @Path("/diff")
    @Operation(hidden = true)
    public Response diff(@QueryParam("plan") String plan) {
        try {
            PlanGateway.Plan chosen = choose(plans.plans(), blankToNull(plan));
            return Response.ok(Templates.diff(chosen, plans.diff(Long.toString(chosen.id())), null)).build();
        } catch (ServiceMessage e) {
            return Response.status(e.status()).entity(Templates.diff(null, null, e.getMessage())).build();
        }
    }

    /** The plan's catalogue as the file plan-service makes ({@code xlsx} or {@code csv}), under its name. */
    @GET
    @Path("/export")
    @Produces({XLSX, "text/csv", MediaType.TEXT_HTML})
    @Operation(hidden = true)
    public Response export(@QueryParam("plan") String plan, @QueryParam("format") @DefaultValue("xlsx")
            String format) {
        if (blankToNull(plan) == null || !List.of("xlsx", "csv").contains(format)) {
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(PageResource.Templates.error(
                    "Chọn kế hoạch và định dạng tệp (xlsx hoặc csv) cần tải.")).build();
        }
        try {
            PlanGateway.File file = plans.export(plan.trim(), format);
            return Response.ok(file.content(), file.mediaType())
                    .header(HttpHeaders.CONTENT_DISPOSITION, file.disposition()).build();
        } catch (ServiceMessage e) {
            return Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE)
                    .entity(PageResource.Templates.error(e.getMessage())).build();
        }
    }

    /** A new plan of a year, as a draft (administrator). */
    @POST
    @Path("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@FormParam("code") String code, @FormParam("title") String title,
            @FormParam("year") String year, @FormParam("documentNumber") String documentNumber,
            @FormParam("documentDate") String documentDate, @FormParam("signer") String signer) {
        if (!session.isAdmin()) {
            return Response.seeOther(URI.create("/plan")).build();
        }
        List<String> problems = new ArrayList<>();
        if (blankToNull(code) == null || blankToNull(title) == null) {
            problems.add("Nhập mã và tên của kế hoạch.");
        }
        Integer planYear = parse(year, Integer::valueOf, "Năm của kế hoạch phải là một số, ví dụ 2025.", problems);
        LocalDate date = parse(documentDate, LocalDate::parse, "Ngày văn bản phải là một ngày hợp lệ.", problems);
        if (!problems.isEmpty()) {
            return page(400, Search.NONE, problems, null, null);
        }
        return act(Search.NONE, () -> plans.createPlan(new PlanGateway.NewPlan(code.trim(), title.trim(), planYear,
                blankToNull(documentNumber), date, blankToNull(signer))), created -> notice(created.id(),
                "plan-created"));
    }

    /** Checks a catalogue file against a draft, changing nothing: the page shows the report (administrator). */
    @POST
    @Path("/{planId}/import/check")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response checkImport(@PathParam("planId") long planId, @RestForm("file") FileUpload file) {
        if (!session.isAdmin()) {
            return Response.seeOther(URI.create("/plan")).build();
        }
        Search search = planSearch(planId);
        byte[] content = file == null ? new byte[0] : read(file);
        if (content.length == 0) {
            return page(400, search, List.of("Chọn tệp danh mục (CSV hoặc XLSX) cần kiểm tra."), null, null);
        }
        return act(search, () -> plans.importFile(planId, content, true), report -> page(200, search, List.of(),
                null, new Checked(report, Base64.getEncoder().encodeToString(content))));
    }

    /** Replaces the draft's catalogue with the file checked before (administrator). */
    @POST
    @Path("/{planId}/import")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response importCatalogue(@PathParam("planId") long planId, @FormParam("file") String file) {
        if (!session.isAdmin()) {
            return Response.seeOther(URI.create("/plan")).build();
        }
        Search search = planSearch(planId);
        byte[] content;
        try {
            content = Base64.getDecoder().decode(file == null ? "" : file.trim());
        } catch (IllegalArgumentException e) {
            content = new byte[0];
        }
        if (content.length == 0) {
            return page(400, search, List.of("Không có tệp đã kiểm tra để nạp; hãy chọn tệp và kiểm tra lại."),
                    null, null);
        }
        byte[] checked = content;
        return act(search, () -> plans.importFile(planId, checked, false),
                report -> notice(planId, "catalogue-imported"));
    }

    /** Copies the recurring items of another plan of the organisation into the draft (administrator). */
    @POST
    @Path("/{planId}/copy-recurring")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response copyRecurring(@PathParam("planId") long planId, @FormParam("fromPlanId") Long fromPlanId) {
        if (!session.isAdmin()) {
            return Response.seeOther(URI.create("/plan")).build();
        }
        Search search = planSearch(planId);
        if (fromPlanId == null) {
            return page(400, search, List.of("Chọn kế hoạch có các nhiệm vụ thường xuyên cần sao chép."), null,
                    null);
        }
        return act(search, () -> plans.copyRecurring(planId, fromPlanId), copied -> page(200, search, List.of(),
                "Đã sao chép " + copied.copied() + " nhiệm vụ thường xuyên vào dự thảo.", null));
    }

    /** Publishes the draft (administrator). */
    @POST
    @Path("/{planId}/publish")
    @Operation(hidden = true)
    public Response publish(@PathParam("planId") long planId) {
        if (!session.isAdmin()) {
            return Response.seeOther(URI.create("/plan")).build();
        }
        return act(planSearch(planId), () -> plans.publish(planId), published -> notice(planId, "plan-published"));
    }

    /** Does the step and answers with {@code then}, or shows the page again with why plan-service refused it. */
    private <T> Response act(Search search, Supplier<T> step, Function<T, Response> then) {
        T done;
        try {
            done = step.get();
        } catch (ServiceMessage e) {
            return page(e.status(), search, e.lines(), null, null);
        }
        return then.apply(done);
    }

    private Response page(int status, Search search, List<String> errors, String notice, Checked checked) {
        List<PlanGateway.Plan> all;
        try {
            all = plans.plans();
        } catch (ServiceMessage e) {
            return Response.status(e.status()).entity(Templates.plan(new View(List.of(), null, List.of(),
                    List.of(), search, concat(errors, e.lines()), notice, null))).build();
        }
        List<Year> years = years(all);
        if (all.isEmpty()) {
            return Response.status(status).entity(Templates.plan(new View(years, null, List.of(), List.of(), search,
                    errors, notice == null ? "Tổ chức chưa có kế hoạch nào." : notice, null))).build();
        }
        try {
            PlanGateway.Plan plan = choose(all, search.plan());
            List<PlanGateway.Plan> others = all.stream().filter(p -> !p.code().equals(plan.code()))
                    .sorted(PlanGateway.NEWEST.reversed()).toList();
            return Response.status(status).entity(Templates.plan(new View(years, chosen(plan, all, search), others,
                    plans.units(), search, errors, notice, checked))).build();
        } catch (ServiceMessage e) {
            return Response.status(status == 200 ? e.status() : status).entity(Templates.plan(new View(years, null,
                    List.of(), List.of(), search, concat(errors, e.lines()), notice, null))).build();
        }
    }

    private Chosen chosen(PlanGateway.Plan plan, List<PlanGateway.Plan> all, Search search) {
        List<PlanGateway.Plan> versions = all.stream().filter(p -> p.code().equals(plan.code()))
                .sorted(Comparator.comparingInt(PlanGateway.Plan::version)).toList();
        PlanGateway.ItemPage items = plans.items(plan.id(), search.field(), search.leadUnit(), search.q(),
                search.page(), PAGE_SIZE);
        int pages = (int) ((items.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        // task-service refuses to assign the items of a plan not in force
        Assigning assigning = new Assigning(plan.isPublished() ? session::mayAssignTo : unit -> false,
                session.getUnitCode());
        return new Chosen(plan, versions, plans.fields(plan.id()), items, pages, progress(items), assigning);
    }

    /**
     * The plan asked for, by id or by code (its latest version); without one, the newest published plan, else the
     * newest plan.
     */
    static PlanGateway.Plan choose(List<PlanGateway.Plan> plans, String wanted) {
        Optional<PlanGateway.Plan> chosen = wanted == null
                ? PlanGateway.current(plans)
                : plans.stream().filter(p -> wanted.equals(Long.toString(p.id()))).findFirst()
                        .or(() -> plans.stream().filter(p -> p.code().equalsIgnoreCase(wanted))
                                .max(Comparator.comparingInt(PlanGateway.Plan::version)));
        return chosen.orElseThrow(() -> new ServiceMessage(404, wanted == null ? "Tổ chức chưa có kế hoạch nào."
                : "Không có kế hoạch \"" + wanted + "\" trong tổ chức của bạn."));
    }

    /** The latest version of each plan, by year (newest first), then by code. */
    private static List<Year> years(List<PlanGateway.Plan> plans) {
        Map<String, PlanGateway.Plan> latest = plans.stream().collect(Collectors.toMap(PlanGateway.Plan::code,
                Function.identity(), BinaryOperator.maxBy(Comparator.comparingInt(PlanGateway.Plan::version))));
        return latest.values().stream().collect(Collectors.groupingBy(PlanGateway.Plan::year,
                () -> new TreeMap<>(Comparator.reverseOrder()), Collectors.toList())).entrySet().stream()
                .map(e -> new Year(e.getKey(), e.getValue().stream()
                        .sorted(Comparator.comparing(PlanGateway.Plan::code)).toList()))
                .toList();
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

    private static Search planSearch(long planId) {
        return new Search(Long.toString(planId), null, null, null, 0);
    }

    private static Response notice(long planId, String notice) {
        return Response.seeOther(UriBuilder.fromPath("/plan").queryParam("plan", planId)
                .queryParam("notice", notice).build()).build();
    }

    private static <T> T parse(String value, Function<String, T> parser, String problem, List<String> problems) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return parser.apply(value.trim());
        } catch (RuntimeException e) {
            problems.add(problem);
            return null;
        }
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> concat(List<String> first, List<String> then) {
        return Stream.concat(first.stream(), then.stream()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
