package vn.hungyen.snv.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.hungyen.snv.common.input.DateInRange;
import vn.hungyen.snv.common.input.InputDates;
import vn.hungyen.snv.common.deadline.DeadlineKind;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.common.security.Caller;
import vn.hungyen.snv.plan.repository.Organisation;
import vn.hungyen.snv.plan.repository.Plan;
import vn.hungyen.snv.plan.repository.PlanItem;
import vn.hungyen.snv.plan.repository.PlanRepository;

/**
 * A plan from its draft to its publication: an organisation's administrator creates a plan of a year as a draft,
 * fills its catalogue (import, or the recurring items of an earlier plan) and publishes it.
 */
@ApplicationScoped
public class PlanLifecycleService {

    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,31}");
    private static final List<DeadlineKind> RECURRING = List.of(DeadlineKind.REGULAR, DeadlineKind.MONTHLY_DAY);

    /** A new plan; {@code organisation}, when given, must be the caller's. */
    public record NewPlan(String code, String title, Integer year, String organisation, String documentNumber,
            @DateInRange(message = "ngày ban hành phải từ 2000-01-01 đến 2100-12-31") LocalDate documentDate,
            String signer) {
    }

    private final CatalogueService catalogue;
    private final PlanRepository plans;
    private final OrganisationService organisations;

    PlanLifecycleService(CatalogueService catalogue, PlanRepository plans, OrganisationService organisations) {
        this.catalogue = catalogue;
        this.plans = plans;
        this.organisations = organisations;
    }

    /** A draft, version 1, of a new plan of the caller's organisation. */
    @Transactional
    public Plan create(NewPlan request, Caller caller) {
        String code = Checks.trimmed(request.code());
        Checks.check(code != null && CODE.matcher(code).matches(), "code", "Mã kế hoạch \"" + request.code()
                + "\" phải gồm tối đa 32 chữ, chữ số, dấu chấm, gạch ngang hoặc gạch dưới, bắt đầu bằng chữ, ví dụ "
                + "KH-MYHAO-2026.");
        Checks.check(Checks.trimmed(request.title()) != null, "title", "Cần ghi tên kế hoạch.");
        Checks.check(request.year() != null && InputDates.yearInRange(request.year()), "year",
                "Năm của kế hoạch phải trong khoảng " + InputDates.years() + ".");
        String organisation = Checks.trimmed(request.organisation());
        Checks.check(organisation == null || caller.belongsTo(organisation), "organisation", "Chỉ tạo được kế hoạch "
                + "của tổ chức mình (" + caller.organisationCode() + ").");
        Organisation issuer = organisations.own(caller);
        if (plans.hasCode(code)) {
            throw ProblemException.conflict("plan-exists", "Đã có kế hoạch mã " + code + "; hãy chọn mã khác.");
        }
        Plan plan = new Plan();
        plan.code = code;
        plan.organisationCode = issuer.code;
        plan.version = 1;
        plan.title = request.title().strip();
        plan.year = request.year();
        plan.organization = issuer.name;
        plan.documentNumber = Checks.trimmed(request.documentNumber());
        plan.documentDate = request.documentDate();
        plan.documentSigner = Checks.trimmed(request.signer());
        plan.status = Plan.Status.DRAFT;
        plans.persist(plan, List.of());
        return plan;
    }

    /**
     * Publishes a draft whose catalogue is not empty and whose last check found no problem; the version of the same
     * code published until now is archived.
     */
    @Transactional
    public Plan publish(String planId, Caller caller) {
        Plan draft = draft(planId, caller);
        if (plans.itemCount(draft.id) == 0) {
            throw ProblemException.conflict("plan-empty", "Kế hoạch " + draft.code + " chưa có nhiệm vụ nào; hãy "
                    + "nhập danh mục trước khi ban hành.");
        }
        if (draft.lastCheckProblems != null && draft.lastCheckProblems > 0) {
            throw ProblemException.unprocessable("plan-check-failed", "Lần kiểm tra danh mục gần nhất của kế hoạch "
                    + draft.code + " có " + draft.lastCheckProblems + " lỗi; hãy sửa tệp, kiểm tra lại rồi ban hành.");
        }
        plans.versions(draft.code).stream().filter(p -> p.status == Plan.Status.PUBLISHED)
                .forEach(p -> p.status = Plan.Status.ARCHIVED);
        draft.status = Plan.Status.PUBLISHED;
        return draft;
    }

    /**
     * Copies the recurring items (thường xuyên, hằng tháng) of another plan of the caller's organisation into a draft,
     * numbered on from the draft's last item; answers how many were copied.
     */
    @Transactional
    public int copyRecurring(String planId, String fromPlanId, Caller caller) {
        Checks.check(Checks.trimmed(fromPlanId) != null, "fromPlanId", "Cần ghi kế hoạch nguồn (fromPlanId).");
        Plan draft = draft(planId, caller);
        Plan source = catalogue.plan(fromPlanId.strip(), caller);
        Checks.check(!source.id.equals(draft.id), "fromPlanId", "Kế hoạch nguồn phải khác kế hoạch đang soạn.");
        int number = plans.lastNumber(draft.id);
        List<PlanItem> copies = new ArrayList<>();
        for (PlanItem item : plans.items(source.id, RECURRING)) {
            copies.add(item.copy(++number));
        }
        plans.persist(draft, copies);
        return copies.size();
    }

    private Plan draft(String planId, Caller caller) {
        Plan plan = catalogue.plan(planId, caller);
        Plan.getEntityManager().lock(plan, LockModeType.PESSIMISTIC_WRITE);
        if (plan.status != Plan.Status.DRAFT) {
            throw ProblemException.conflict("plan-not-draft", "Kế hoạch " + plan.code + " phiên bản " + plan.version
                    + " không phải bản dự thảo (trạng thái " + plan.status + ").");
        }
        return plan;
    }
}
