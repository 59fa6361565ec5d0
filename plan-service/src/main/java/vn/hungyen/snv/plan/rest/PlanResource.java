package vn.hungyen.snv.plan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.hungyen.snv.common.deadline.DeadlineKind;
import vn.hungyen.snv.common.input.InputDates;
import vn.hungyen.snv.common.rest.Problem;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.common.security.Caller;
import vn.hungyen.snv.common.security.CurrentCaller;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.plan.domain.SearchText;
import vn.hungyen.snv.plan.repository.ItemFilter;
import vn.hungyen.snv.plan.repository.Plan;
import vn.hungyen.snv.plan.repository.PlanRepository;
import vn.hungyen.snv.plan.rest.PlanViews.ImportProblemView;
import vn.hungyen.snv.plan.rest.PlanViews.ImportReportView;
import vn.hungyen.snv.plan.rest.PlanViews.ItemPageView;
import vn.hungyen.snv.plan.rest.PlanViews.ItemView;
import vn.hungyen.snv.plan.rest.PlanViews.PlanView;
import vn.hungyen.snv.plan.service.CatalogueFiles;
import vn.hungyen.snv.plan.service.CatalogueImportService;
import vn.hungyen.snv.plan.service.CatalogueService;
import vn.hungyen.snv.plan.service.PlanLifecycleService;

/**
 * An organisation's plans and their catalogues of tasks. Every member of the organisation reads all of them; only
 * its administrator creates, imports and publishes. Another organisation's plan answers 404.
 */
@Path("/api/plans")
@Tag(name = "Kế hoạch", description = "Plans and their catalogues of tasks (danh mục nhiệm vụ), each of one "
        + "organisation. Every signed-in member (admin, director, deputy_director, head, officer) reads every plan "
        + "and item of their organisation, not scoped by unit; another organisation's plan or item answers 404. "
        + "Only admin creates, imports and publishes.")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD, Roles.OFFICER})
public class PlanResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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

    @POST
    @Path("/{planId}/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import a catalogue file sent as the multipart part \"file\" (admin)",
            description = "See the raw-body variant of this operation for the rules.")
    public Response importUpload(@PathParam("planId") String planId, @RestForm("file") FileUpload file,
            @QueryParam("dryRun") @DefaultValue("true") boolean dryRun,
            @QueryParam("documentNumber") String documentNumber, @QueryParam("documentDate") String documentDate,
            @QueryParam("documentSigner") String documentSigner) {
        if (file == null) {
            throw ProblemException.unprocessable("file-missing", "Thiếu tệp: gửi tệp CSV hoặc XLSX trong phần "
                    + "\"file\" của biểu mẫu.");
        }
        try {
            return importFile(planId, Files.readAllBytes(file.uploadedFile()), dryRun, documentNumber, documentDate,
                    documentSigner);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @POST
    @Path("/{planId}/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import a catalogue file (CSV UTF-8 or XLSX) sent as the body (admin)",
            description = "dryRun=true (the default) checks every row and reports each row's problems by column, "
                    + "and the changes the file would make, without changing anything. dryRun=false applies a file "
                    + "without problems: a draft plan is replaced; a published plan gets a new version (điều chỉnh, "
                    + "bổ sung) issued by the document given as documentNumber, documentDate (YYYY-MM-DD) and "
                    + "documentSigner, and the version it replaces is archived. A file with problems is refused "
                    + "with 422 and the same per-row report.")
    public Response importBody(@PathParam("planId") String planId, byte[] body,
            @QueryParam("dryRun") @DefaultValue("true") boolean dryRun,
            @QueryParam("documentNumber") String documentNumber, @QueryParam("documentDate") String documentDate,
            @QueryParam("documentSigner") String documentSigner) {
        return importFile(planId, body, dryRun, documentNumber, documentDate, documentSigner);
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

    @ServerExceptionMapper
    public Response rejected(CatalogueImportService.RejectedImportException e) {
        ImportProblemView body = new ImportProblemView("urn:snv:problem:import-invalid", "Tệp có lỗi", 422,
                "import-invalid", e.getMessage() + " Sửa các dòng được liệt kê rồi gửi lại.",
                ImportReportView.of(e.outcome()));
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private Response importFile(String planId, byte[] content, boolean dryRun, String documentNumber,
            String documentDate, String documentSigner) {
        if (content == null || content.length == 0) {
            throw ProblemException.unprocessable("file-missing", "Tệp gửi lên trống: gửi tệp CSV hoặc XLSX của "
                    + "danh mục.");
        }
        var document = new CatalogueImportService.IssuingDocument(blankToNull(documentNumber), date(documentDate),
                blankToNull(documentSigner));
        CatalogueImportService.Outcome outcome = imports.importFile(planId, content, dryRun, document,
                caller.get());
        ImportReportView report = ImportReportView.of(outcome);
        return outcome.applied()
                ? Response.created(URI.create("/api/plans/" + outcome.plan().id)).entity(report).build()
                : Response.ok(report).build();
    }

    private static PlanView view(CatalogueService.PlanSummary summary) {
        return PlanView.of(summary.plan(), summary.itemCount());
    }

    private static String blankToNull(String value) {
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

    private static LocalDate date(String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw badParameter("documentDate \"" + value + "\" phải có dạng YYYY-MM-DD, ví dụ 2024-07-15.");
        }
    }

    private static CatalogueFiles.Format format(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> CatalogueFiles.Format.CSV;
            case "xlsx" -> CatalogueFiles.Format.XLSX;
            default -> throw badParameter("format \"" + value + "\" phải là xlsx hoặc csv.");
        };
    }

    private static ProblemException badParameter(String detail) {
        return new ProblemException(400, "invalid-parameter", "Tham số không hợp lệ", detail);
    }
}
