package vn.hungyen.snv.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.common.security.Caller;
import vn.hungyen.snv.plan.config.ImportLimits;
import vn.hungyen.snv.plan.domain.CatalogueDiff;
import vn.hungyen.snv.plan.domain.CatalogueParser;
import vn.hungyen.snv.plan.domain.CellProblem;
import vn.hungyen.snv.plan.repository.Plan;
import vn.hungyen.snv.plan.repository.PlanRepository;

/**
 * Imports a catalogue file into a plan. A draft is replaced in place; a published plan gets a new version
 * (điều chỉnh, bổ sung) with its own issuing document, and the version it replaces is archived.
 */
@ApplicationScoped
public class CatalogueImportService {

    /** The issuing document of an amendment: số/ký hiệu, ngày ban hành, người ký. */
    public record IssuingDocument(String number, LocalDate date, String signer) {
        boolean complete() {
            return number != null && !number.isBlank() && date != null && signer != null && !signer.isBlank();
        }
    }

    /**
     * What an import found and did. {@code plan} is the version the catalogue now lives in (the same plan when
     * nothing was applied); {@code changes} compares the file with the plan it was imported into.
     */
    public record Outcome(Plan plan, boolean dryRun, boolean applied, int rowCount, int validRowCount,
            List<CellProblem> problems, List<CatalogueDiff.Change> changes) {
    }

    /** The changes from one version of a plan to another. */
    public record VersionDiff(String code, int fromVersion, int toVersion, List<CatalogueDiff.Change> changes) {
    }

    /** A real import refused because of problems in the file; the outcome lists them all. */
    public static final class RejectedImportException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Outcome outcome;

        RejectedImportException(Outcome outcome) {
            super("Tệp có " + outcome.problems().size() + " lỗi; chưa nhập dòng nào.");
            this.outcome = outcome;
        }

        public Outcome outcome() {
            return outcome;
        }
    }

    private final CatalogueService catalogue;
    private final PlanRepository plans;
    private final ImportLimits limits;

    CatalogueImportService(CatalogueService catalogue, PlanRepository plans, ImportLimits limits) {
        this.catalogue = catalogue;
        this.plans = plans;
        this.limits = limits;
    }

    /** Refuses a file larger than app.import.max-file-size (413), before it is read. */
    public void checkSize(long bytes) {
        if (bytes > limits.maxFileSize().asLongValue()) {
            throw fileTooLarge(bytes);
        }
    }

    /** The refusal of a file of this many bytes, beyond app.import.max-file-size. */
    public ProblemException fileTooLarge(long bytes) {
        return new ProblemException(413, "file-too-large", "Tệp quá lớn", "Tệp nặng " + megabytes(bytes)
                + ", quá giới hạn " + megabytes(limits.maxFileSize().asLongValue()) + " cho một lần nhập danh mục. "
                + "Hãy bỏ các trang tính, hình ảnh và dòng thừa, hoặc gửi tệp CSV.");
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0)).replace('.', ',');
    }

    @Transactional
    public Outcome importFile(String planId, byte[] content, boolean dryRun, IssuingDocument document,
            Caller caller) {
        checkSize(content.length);
        Plan plan = catalogue.plan(planId, caller);
        if (!dryRun) {
            Plan.getEntityManager().lock(plan, LockModeType.PESSIMISTIC_WRITE);
        }
        if (plan.status == Plan.Status.ARCHIVED) {
            throw ProblemException.conflict("plan-archived", "Kế hoạch " + plan.code + " phiên bản " + plan.version
                    + " đã được thay thế bằng phiên bản mới hơn; hãy nhập vào phiên bản hiện hành.");
        }
        List<List<String>> rows;
        try {
            rows = CatalogueFiles.read(content, new CatalogueFiles.Limits(limits.maxRows(),
                    limits.maxUnpackedPartSize().asLongValue()));
        } catch (CatalogueFiles.UnreadableFileException e) {
            throw new ProblemException(400, "unreadable-file", "Tệp không đọc được", e.getMessage());
        } catch (CatalogueFiles.TooManyRowsException e) {
            throw new ProblemException(413, "too-many-rows", "Quá nhiều dòng", e.getMessage());
        }
        CatalogueParser.Result parsed = new CatalogueParser(catalogue.rules(plan.year, plan.organisationCode))
                .parse(rows);
        if (plan.status == Plan.Status.DRAFT) {
            plan.lastCheckProblems = parsed.problems().size();
        }
        List<CatalogueDiff.Change> changes = parsed.valid()
                ? CatalogueDiff.between(catalogue.catalogue(plan), parsed.items()) : List.of();
        Outcome checked = new Outcome(plan, dryRun, false, parsed.rowCount(), parsed.items().size(),
                parsed.problems(), changes);
        if (dryRun) {
            return checked;
        }
        if (!parsed.valid()) {
            throw new RejectedImportException(checked);
        }
        if (changes.isEmpty()) {
            throw ProblemException.unprocessable("no-changes", "Tệp giống hệt danh mục hiện hành của kế hoạch "
                    + plan.code + " (phiên bản " + plan.version + "); không có gì để nhập.");
        }
        Plan target = plan.status == Plan.Status.DRAFT ? replaceDraft(plan) : amend(plan, document);
        plans.persist(target, parsed.items().stream().map(PlanItems::toEntity).toList());
        return new Outcome(target, false, true, parsed.rowCount(), parsed.items().size(), List.of(), changes);
    }

    private Plan replaceDraft(Plan draft) {
        plans.deleteItems(draft.id);
        return draft;
    }

    private Plan amend(Plan published, IssuingDocument document) {
        if (document == null || !document.complete()) {
            throw ProblemException.unprocessable("amendment-document-required", "Kế hoạch " + published.code
                    + " đã ban hành: điều chỉnh, bổ sung tạo phiên bản mới và cần văn bản ban hành — ghi đủ "
                    + "documentNumber (số/ký hiệu), documentDate (ngày, YYYY-MM-DD) và documentSigner (người ký).");
        }
        published.status = Plan.Status.ARCHIVED;
        Plan amendment = new Plan();
        amendment.code = published.code;
        amendment.organisationCode = published.organisationCode;
        amendment.version = published.version + 1;
        amendment.title = published.title;
        amendment.year = published.year;
        amendment.organization = published.organization;
        amendment.documentNumber = document.number().strip();
        amendment.documentDate = document.date();
        amendment.documentSigner = document.signer().strip();
        amendment.status = Plan.Status.PUBLISHED;
        return amendment;
    }

    /** Every version of the plan's code, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Plan> versions(String planId, Caller caller) {
        return plans.versions(catalogue.plan(planId, caller).code);
    }

    /**
     * The changes from version {@code from} to version {@code to} of the plan's code; {@code to} defaults to the
     * version the path names and {@code from} to the one before it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VersionDiff diff(String planId, Integer from, Integer to, Caller caller) {
        Plan named = catalogue.plan(planId, caller);
        Plan newer = to == null ? named : version(named.code, to);
        int olderVersion = from == null ? newer.version - 1 : from;
        if (olderVersion < 1) {
            throw ProblemException.unprocessable("no-earlier-version", "Phiên bản " + newer.version
                    + " là bản đầu tiên của kế hoạch " + newer.code + "; không có bản trước để so sánh.");
        }
        Plan older = version(named.code, olderVersion);
        return new VersionDiff(named.code, older.version, newer.version,
                CatalogueDiff.between(catalogue.catalogue(older), catalogue.catalogue(newer)));
    }

    private Plan version(String code, int version) {
        return plans.version(code, version).orElseThrow(() -> ProblemException.notFound("phiên bản " + version
                + " của kế hoạch " + code));
    }
}
