package vn.hungyen.snv.plan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser;
import vn.hungyen.snv.common.rest.Problem;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.common.security.CurrentCaller;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.plan.rest.PlanViews.ImportProblemView;
import vn.hungyen.snv.plan.rest.PlanViews.ImportReportView;
import vn.hungyen.snv.plan.service.CatalogueImportService;

/**
 * The import of a catalogue file into a plan (admin). A resource of its own so that its exception mappers, which
 * turn a body the framework cannot read into a 400, apply to the import only.
 */
@Path("/api/plans/{planId}/import")
@Tag(name = "Kế hoạch")
@RolesAllowed(Roles.ADMIN)
public class CatalogueImportResource {

    private final CatalogueImportService imports;
    private final CurrentCaller caller;

    CatalogueImportResource(CatalogueImportService imports, CurrentCaller caller) {
        this.imports = imports;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import a catalogue file sent as the multipart part \"file\" (admin)",
            description = "See the raw-body variant of this operation for the rules. A body that is not valid "
                    + "multipart, or has no part \"file\", answers 400 (malformed-multipart, file-missing).")
    public Response importUpload(@PathParam("planId") String planId, @RestForm("file") FileUpload file,
            @QueryParam("dryRun") @DefaultValue("true") boolean dryRun,
            @QueryParam("documentNumber") String documentNumber, @QueryParam("documentDate") String documentDate,
            @QueryParam("documentSigner") String documentSigner) {
        if (file == null) {
            throw new ProblemException(400, "file-missing", "Thiếu tệp", "Thiếu tệp: gửi tệp CSV hoặc XLSX trong "
                    + "phần \"file\" của biểu mẫu.");
        }
        imports.checkSize(file.size());
        try {
            return importFile(planId, Files.readAllBytes(file.uploadedFile()), dryRun, documentNumber, documentDate,
                    documentSigner);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, PlanResource.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import a catalogue file (CSV UTF-8 or XLSX) sent as the body (admin)",
            description = "dryRun=true (the default) checks every row and reports each row's problems by column, "
                    + "and the changes the file would make, without changing anything. dryRun=false applies a file "
                    + "without problems: a draft plan is replaced; a published plan gets a new version (điều chỉnh, "
                    + "bổ sung) issued by the document given as documentNumber, documentDate (YYYY-MM-DD) and "
                    + "documentSigner, and the version it replaces is archived. A file with problems is refused "
                    + "with 422 and the same per-row report. An empty or unreadable file, or an XLSX formula "
                    + "without a stored value, answers 400; a file beyond app.import.max-file-size or "
                    + "app.import.max-rows 413.")
    public Response importBody(@PathParam("planId") String planId, byte[] body,
            @QueryParam("dryRun") @DefaultValue("true") boolean dryRun,
            @QueryParam("documentNumber") String documentNumber, @QueryParam("documentDate") String documentDate,
            @QueryParam("documentSigner") String documentSigner) {
        return importFile(planId, body, dryRun, documentNumber, documentDate, documentSigner);
    }

    @ServerExceptionMapper
    public Response rejected(CatalogueImportService.RejectedImportException e) {
        ImportProblemView body = new ImportProblemView("urn:snv:problem:import-invalid", "Tệp có lỗi", 422,
                "import-invalid", e.getMessage() + " Sửa các dòng được liệt kê rồi gửi lại.",
                ImportReportView.of(e.outcome()));
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /**
     * A body the framework could not read before the import ran: a multipart body that is cut off, lacks the
     * boundary its Content-Type names or has garbled part headers, or a raw body whose sending broke off. Without
     * this the framework answers 500.
     */
    @ServerExceptionMapper({IOException.class, MultipartParser.MalformedMessageException.class})
    public Response unreadableBody(Exception e, HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        ProblemException problem = type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)
                ? new ProblemException(400, "malformed-multipart", "Biểu mẫu không đọc được", "Nội dung gửi lên "
                        + "không phải biểu mẫu multipart/form-data hợp lệ (thiếu đường phân cách hoặc bị cắt "
                        + "giữa chừng). Hãy chọn lại tệp CSV hoặc XLSX và gửi lại trong phần \"file\".")
                : new ProblemException(400, "unreadable-body", "Nội dung không đọc được", "Không đọc được nội dung "
                        + "gửi lên (bị cắt giữa chừng). Hãy gửi lại tệp CSV hoặc XLSX.");
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(problem.problem()).build();
    }

    private Response importFile(String planId, byte[] content, boolean dryRun, String documentNumber,
            String documentDate, String documentSigner) {
        if (content == null || content.length == 0) {
            throw new ProblemException(400, "file-missing", "Thiếu tệp", "Tệp gửi lên trống: gửi tệp CSV hoặc XLSX "
                    + "của danh mục.");
        }
        var document = new CatalogueImportService.IssuingDocument(PlanResource.blankToNull(documentNumber),
                date(documentDate), PlanResource.blankToNull(documentSigner));
        CatalogueImportService.Outcome outcome = imports.importFile(planId, content, dryRun, document,
                caller.get());
        ImportReportView report = ImportReportView.of(outcome);
        return outcome.applied()
                ? Response.created(URI.create("/api/plans/" + outcome.plan().id)).entity(report).build()
                : Response.ok(report).build();
    }

    private static LocalDate date(String value) {
        if (PlanResource.blankToNull(value) == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw PlanResource.badParameter("documentDate \"" + value + "\" phải có dạng YYYY-MM-DD, ví dụ "
                    + "2024-07-15.");
        }
    }
}
