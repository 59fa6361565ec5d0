package vn.hungyen.snv.plan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hungyen.snv.common.deadline.DeadlineKind;
import vn.hungyen.snv.common.input.InputDates;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.common.security.Caller;
import vn.hungyen.snv.common.security.CurrentCaller;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.plan.domain.SearchText;
import vn.hungyen.snv.plan.repository.ItemFilter;
import vn.hungyen.snv.plan.repository.Plan;
import vn.hungyen.snv.plan.repository.PlanRepository;
import vn.hungyen.snv.plan.rest.PlanViews.ItemPageView;
import vn.hungyen.snv.plan.rest.PlanViews.ItemView;
import vn.hungyen.snv.plan.rest.PlanViews.PlanView;
import vn.hungyen.snv.plan.service.CatalogueFiles;
import vn.hungyen.snv.plan.service.CatalogueImportService;
import vn.hungyen.snv.plan.service.CatalogueService;
import vn.hungyen.snv.plan.service.PlanLifecycleService;

/**
 * An organisation's plans and their catalogues of tasks. Every member of the organisation reads all of them; only
 * its administrator creates, imports ({@link CatalogueImportResource}) and publishes. Another organisation's plan
 * answers 404.
 */
@Path("/api/plans")
@Tag(name = "Kế hoạch", description = "Plans and their catalogues of tasks (danh mục nhiệm vụ), each of one "
        + "organisation. Every signed-in member (admin, director, deputy_director, head, officer) reads every plan "
        + "and item of their organisation, not scoped by unit; another organisation's plan or item answers 404. "
        + "Only admin creates, imports and publishes.")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD, Roles.OFFICER})
public class PlanResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The body of POST /api/plans/{planId}/copy-recurring. */
    public record CopyRecurringRequest(String fromPlanId) {
    }

    /** How many items a copy added. */
    public record CopyRecurringView(long planId, int copied) {
    }

    private final CatalogueService catalogue;
    private final CatalogueImportService imports;
    private final PlanLifecycleService lifecycle;
    private final CurrentCaller caller;

    PlanResource(CatalogueService catalogue, CatalogueImportService imports, PlanLifecycleService lifecycle,
            CurrentCaller caller) {
        this.catalogue = catalogue;
        this.imports = imports;
        this.lifecycle = lifecycle;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Every version of every plan of one's organisation, with its status and number of items",
            description = "Readable by every signed-in role.")
    public List<PlanView> plans() {
        return catalogue.plans(caller.get()).stream().map(PlanResource::view).toList();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a plan of a year for one's organisation, as a draft (admin)",
            description = "The draft (version 1) gets its catalogue by import or copy-recurring, then is published. "
                    + "year must be 2000–2100; organisation, when given, must be one's own (400); a code in use "
                    + "answers 409 plan-exists.")
    public Response create(@Valid @NotNull(message = "Cần gửi nội dung kế hoạch (code, title, year).")
            PlanLifecycleService.NewPlan request) {
        Plan plan = lifecycle.create(request, caller.get());
        return Response.created(URI.create("/api/plans/" + plan.id)).entity(PlanView.of(plan, 0)).build();
    }

    @POST
    @Path("/{planId}/publish")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publish a draft (admin)", description = "Refused with 409 plan-not-draft for a plan that "
            + "is not a draft, 409 plan-empty for an empty catalogue and 422 plan-check-failed when the last dry run "
            + "of an import found problems. The version of the same code published until now is archived.")
    public PlanView publish(@PathParam("planId") String planId) {
        return view(catalogue.summary(lifecycle.publish(planId, caller.get())));
    }

    @POST
    @Path("/{planId}/copy-recurring")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Copy the recurring items of another plan into a draft (admin)",
            description = "Copies the items of fromPlanId (an id or a code, a plan of one's organisation) due "
                    + "REGULAR (thường xuyên) or MONTHLY_DAY (hằng tháng) into the draft planId, numbered on from its "
                    + "last item; answers how many were copied.")
    public CopyRecurringView copyRecurring(@PathParam("planId") String planId,
            @NotNull(message = "Cần gửi kế hoạch nguồn (fromPlanId).") CopyRecurringRequest request) {
        Caller current = caller.get();
        int copied = lifecycle.copyRecurring(planId, request.fromPlanId(), current);
        return new CopyRecurringView(catalogue.plan(planId, current).id, copied);
    }

    @GET
    @Path("/{planId}")
    @Operation(summary = "One plan version", description = "planId is the numeric id of a version, or the plan's "
            + "code for its latest version. Readable by every signed-in role.")
    public PlanView plan(@PathParam("planId") String planId) {
        return view(catalogue.summary(catalogue.plan(planId, caller.get())));
    }

    @GET
    @Path("/{planId}/items")
    @Operation(summary = "Catalogue items, filtered and paged, ordered by number",
            description = "q matches the content with or without Vietnamese diacritics (\"cai cach\" finds "
                    + "\"cải cách\"). dueMonth (YYYY-MM) gives the items due that month: one-off items whose due "
                    + "date falls in it and recurring items. Readable by every signed-in role.")
    public ItemPageView items(@PathParam("planId") String planId,
            @Parameter(description = "Field of work, exactly as listed, e.g. Cải cách hành chính")
            @QueryParam("field") String field,
            @Parameter(description = "Lead unit code, e.g. CCHC") @QueryParam("leadUnit") String leadUnit,
            @Parameter(description = "Supervising leader's username, e.g. deputy1")
            @QueryParam("supervisor") String supervisor,
            @Parameter(description = "DATE, MONTH, QUARTER, HALF_YEAR, YEAR, REGULAR or MONTHLY_DAY")
            @QueryParam("deadlineKind") String deadlineKind,
            @Parameter(description = "YYYY-MM") @QueryParam("dueMonth") String dueMonth,
            @Parameter(description = "Words of the content, with or without diacritics") @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "trang bắt đầu từ 0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "cỡ trang tối thiểu 1")
            @Max(value = 200, message = "cỡ trang tối đa 200") int size) {
        ItemFilter filter = new ItemFilter(blankToNull(field), blankToNull(leadUnit), blankToNull(supervisor),
                deadlineKind(deadlineKind), month(dueMonth), q == null ? null : SearchText.fold(q));
        Plan plan = catalogue.plan(planId, caller.get());
        PlanRepository.ItemPage result = catalogue.items(plan, filter, page, size);
        return new ItemPageView(result.items().stream().map(item -> ItemView.of(item, plan)).toList(), page, size,
                result.total());
    }

    @GET
    @Path("/{planId}/items/{number}")
    @Operation(summary = "One catalogue item by its number (STT)", description = "Readable by every signed-in role.")
    public ItemView item(@PathParam("planId") String planId, @PathParam("number") int number) {
        Plan plan = catalogue.plan(planId, caller.get());
        return ItemView.of(catalogue.item(plan, number), plan);
    }

    @GET
    @Path("/{planId}/export")
    @Produces({"text/csv", XLSX})
    @Operation(summary = "The catalogue as a spreadsheet (XLSX or CSV) with Vietnamese headers",
            description = "The columns are those the import reads, so an exported file imports unchanged. "
                    + "Readable by every signed-in role.")
    public Response export(@PathParam("planId") String planId,
            @Parameter(description = "xlsx (default) or csv") @QueryParam("format") @DefaultValue("xlsx")
            String format) {
        CatalogueFiles.Format chosen = format(format);
        Plan plan = catalogue.plan(planId, caller.get());
        byte[] file = CatalogueFiles.write(catalogue.catalogue(plan), chosen);
        return Response.ok(file, chosen.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + plan.code + "-v" + plan.version + "."
                        + chosen.extension() + "\"")
                .build();
    }

    @GET
    @Path("/{planId}/versions")
    @Operation(summary = "Every version of the plan, oldest first, with its issuing document",
            description = "Readable by every signed-in role.")
    public List<PlanView> versions(@PathParam("planId") String planId) {
        return imports.versions(planId, caller.get()).stream().map(v -> view(catalogue.summary(v))).toList();
    }

    @GET
    @Path("/{planId}/diff")
    @Operation(summary = "What changed between two versions of the plan, item by item",
            description = "to defaults to the version planId names, from to the version before it. "
                    + "Readable by every signed-in role.")
    public CatalogueImportService.VersionDiff diff(@PathParam("planId") String planId,
            @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        return imports.diff(planId, from, to, caller.get());
    }

    private static PlanView view(CatalogueService.PlanSummary summary) {
        return PlanView.of(summary.plan(), summary.itemCount());
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static DeadlineKind deadlineKind(String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        return Arrays.stream(DeadlineKind.values()).filter(k -> k.name().equalsIgnoreCase(value.strip())).findFirst()
                .orElseThrow(() -> badParameter("deadlineKind \"" + value + "\" phải là một trong: "
                        + String.join(", ", Arrays.stream(DeadlineKind.values()).map(Enum::name).toList()) + "."));
    }

    private static YearMonth month(String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return InputDates.month(value.strip());
        } catch (IllegalArgumentException e) {
            throw badParameter("dueMonth \"" + value + "\" " + e.getMessage() + ".");
        }
    }

    private static CatalogueFiles.Format format(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> CatalogueFiles.Format.CSV;
            case "xlsx" -> CatalogueFiles.Format.XLSX;
            default -> throw badParameter("format \"" + value + "\" phải là xlsx hoặc csv.");
        };
    }

    static ProblemException badParameter(String detail) {
        return new ProblemException(400, "invalid-parameter", "Tham số không hợp lệ", detail);
    }
}
