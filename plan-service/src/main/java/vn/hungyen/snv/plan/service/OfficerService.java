package vn.hungyen.snv.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.hibernate.Hibernate;
import vn.hungyen.snv.common.input.DateInRange;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.common.rules.RuleViolationException;
import vn.hungyen.snv.common.security.Caller;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.plan.domain.OfficerHistory;
import vn.hungyen.snv.plan.repository.Officer;
import vn.hungyen.snv.plan.repository.OfficerAssignment;
import vn.hungyen.snv.plan.repository.OfficerLeave;
import vn.hungyen.snv.plan.repository.OrganisationRepository;
import vn.hungyen.snv.plan.repository.Unit;

/**
 * The officers of the caller's organisation with their history: who belonged on a date and where they worked then,
 * moves from a date on, leaving, and leaves.
 */
@ApplicationScoped
public class OfficerService {

    /** Biên chế: on the organisation's staff quota. */
    public static final String BIEN_CHE = "BIEN_CHE";
    /** Hợp đồng lao động: under a labour contract. */
    public static final String HOP_DONG = "HOP_DONG";

    private static final Set<String> CONTRACT_TYPES = Set.of(BIEN_CHE, HOP_DONG);
    private static final Set<String> ROLES = Set.of(Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD,
            Roles.OFFICER);
    private static final Set<String> LEADERSHIP = Set.of(Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR);

    /** A new officer; only fullName and position are required (unitCode too, except for the leadership). */
    public record NewOfficer(String fullName, String unitCode, String position, String role, String quotaGroup,
            String contractType, String username, @DateInRange(message = "ngày vào làm phải từ 2000-01-01 đến "
            + "2100-12-31") LocalDate joinedOn) {
    }

    /**
     * Changes to an officer; what is null stays. A new unit or position, and leaving ({@code active} false), take
     * effect from {@code effectiveFrom} (today when absent).
     */
    public record OfficerChange(String fullName, String unitCode, String position, String role, String quotaGroup,
            String contractType, Boolean active, @DateInRange(message = "ngày hiệu lực phải từ 2000-01-01 đến "
            + "2100-12-31") LocalDate effectiveFrom) {
    }

    /** A new leave. */
    public record NewLeave(String kind,
            @DateInRange(message = "ngày bắt đầu nghỉ phải từ 2000-01-01 đến 2100-12-31") LocalDate from,
            @DateInRange(message = "ngày kết thúc nghỉ phải từ 2000-01-01 đến 2100-12-31") LocalDate to, String note) {
    }

    /** An officer as of a date: their posting then (none before their first one). */
    public record OfficerOn(Officer officer, OfficerHistory.Posting posting) {
    }

    private final OrganisationRepository repository;
    private final OrganisationService organisations;
    private final Clock clock;

    OfficerService(OrganisationRepository repository, OrganisationService organisations, Clock clock) {
        this.repository = repository;
        this.organisations = organisations;
        this.clock = clock;
    }

    /**
     * The officers who belonged to the caller's organisation on the date (today when null), with that date's unit
     * and position, optionally of one unit; {@code all} also lists those who had left or not yet joined.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OfficerOn> officers(Caller caller, String unitCode, LocalDate asOf, boolean all) {
        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        return repository.officers(caller.organisationCode()).stream()
                .filter(o -> all || o.belongsOn(date))
                .map(o -> on(o, date))
                .filter(o -> unitCode == null || o.posting() != null && unitCode.equals(o.posting().unitCode()))
                .toList();
    }

    /** An officer of the caller's organisation as of the date (today when null); 404 otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OfficerOn officer(long id, Caller caller, LocalDate asOf) {
        return on(find(id, caller), asOf == null ? LocalDate.now(clock) : asOf);
    }

    @Transactional
    public OfficerOn create(NewOfficer request, Caller caller) {
        String organisationCode = organisations.own(caller).code;
        Checks.check(Checks.trimmed(request.fullName()) != null, "fullName", "Cần ghi họ và tên cán bộ.");
        Checks.check(Checks.trimmed(request.position()) != null, "position", "Cần ghi chức vụ, vị trí của cán bộ.");
        String role = role(request.role() == null ? Roles.OFFICER : request.role());
        LocalDate joinedOn = request.joinedOn() == null ? LocalDate.now(clock) : request.joinedOn();
        String unitCode = posting(request.unitCode(), role, joinedOn, caller);
        String username = Checks.trimmed(request.username());
        if (username != null && repository.usernameTaken(username)) {
            throw ProblemException.conflict("username-taken", "Tên đăng nhập \"" + username + "\" đã được dùng.");
        }
        Officer officer = new Officer();
        officer.id = repository.nextOfficerId();
        officer.organisationCode = organisationCode;
        officer.username = username == null ? "officer." + officer.id : username;
        officer.fullName = request.fullName().strip();
        officer.role = role;
        officer.quotaGroup = request.quotaGroup() == null ? "staff" : request.quotaGroup().strip();
        officer.contractType = contractType(request.contractType() == null ? BIEN_CHE : request.contractType());
        officer.active = true;
        officer.joinedOn = joinedOn;
        officer.assignments.add(OfficerAssignment.of(unitCode, request.position().strip(), joinedOn));
        officer.persist();
        return on(officer, LocalDate.now(clock));
    }

    @Transactional
    public OfficerOn update(long id, OfficerChange change, Caller caller) {
        Officer officer = find(id, caller);
        LocalDate from = change.effectiveFrom() == null ? LocalDate.now(clock) : change.effectiveFrom();
        if (change.fullName() != null) {
            Checks.check(!change.fullName().isBlank(), "fullName", "Họ và tên không được để trống.");
            officer.fullName = change.fullName().strip();
        }
        if (change.role() != null) {
            officer.role = role(change.role());
        }
        if (change.quotaGroup() != null) {
            officer.quotaGroup = change.quotaGroup().strip();
        }
        if (change.contractType() != null) {
            officer.contractType = contractType(change.contractType());
        }
        if (change.unitCode() != null || change.position() != null) {
            move(officer, change, from, caller);
        }
        if (Boolean.FALSE.equals(change.active()) && officer.active) {
            RuleViolationException.throwIfAny(OfficerHistory.leaving(officer.postings(), from));
            officer.active = false;
            officer.leftOn = from;
        } else if (Boolean.TRUE.equals(change.active())) {
            officer.active = true;
            officer.leftOn = null;
        }
        return on(officer, LocalDate.now(clock));
    }

    private void move(Officer officer, OfficerChange change, LocalDate from, Caller caller) {
        RuleViolationException.throwIfAny(OfficerHistory.move(officer.joinedOn, officer.leftOn, officer.postings(),
                from));
        OfficerHistory.Posting current = OfficerHistory.inForce(officer.postings(), from).orElseThrow();
        String unitCode = change.unitCode() == null ? current.unitCode()
                : posting(change.unitCode(), officer.role, from, caller);
        String position = change.position() == null ? current.position() : change.position().strip();
        Checks.check(!position.isEmpty(), "position", "Chức vụ, vị trí không được để trống.");
        officer.assignments.removeIf(a -> a.effectiveFrom.equals(from));
        officer.assignments.add(OfficerAssignment.of(unitCode, position, from));
    }

    @Transactional
    public OfficerLeave addLeave(long officerId, NewLeave request, Caller caller) {
        Officer officer = find(officerId, caller);
        OfficerHistory.LeaveKind kind = Arrays.stream(OfficerHistory.LeaveKind.values())
                .filter(k -> k.name().equals(request.kind())).findFirst().orElse(null);
        Checks.check(kind != null, "kind", "Loại nghỉ \"" + request.kind() + "\" phải là một trong: MATERNITY (thai "
                + "sản), SICK (ốm đau), STUDY (đi học), OTHER (khác).");
        Checks.check(request.from() != null, "from", "Cần ghi ngày bắt đầu nghỉ (YYYY-MM-DD).");
        Checks.check(request.to() != null, "to", "Cần ghi ngày kết thúc nghỉ (YYYY-MM-DD).");
        OfficerHistory.Leave span = new OfficerHistory.Leave(request.from(), request.to());
        RuleViolationException.throwIfAny(OfficerHistory.newLeave(span,
                officer.leaves.stream().map(OfficerLeave::span).toList()));
        OfficerLeave leave = new OfficerLeave();
        leave.kind = kind;
        leave.from = request.from();
        leave.to = request.to();
        leave.note = Checks.trimmed(request.note());
        leave.recordedBy = caller.username();
        officer.leaves.add(leave);
        Officer.getEntityManager().flush();
        return leave;
    }

    @Transactional
    public void deleteLeave(long officerId, long leaveId, Caller caller) {
        Officer officer = find(officerId, caller);
        if (!officer.leaves.removeIf(l -> l.id == leaveId)) {
            throw ProblemException.notFound("đợt nghỉ mã " + leaveId + " của cán bộ mã " + officerId);
        }
    }

    private Officer find(long id, Caller caller) {
        return repository.officer(id).filter(o -> caller.belongsTo(o.organisationCode))
                .orElseThrow(() -> ProblemException.notFound("cán bộ mã " + id));
    }

    /** The officer as of the date, with their postings and leaves loaded for the view. */
    private static OfficerOn on(Officer officer, LocalDate date) {
        Hibernate.initialize(officer.leaves);
        return new OfficerOn(officer, officer.postingOn(date).orElse(null));
    }

    /**
     * The unit a posting from the date names: a unit of the caller's organisation existing on that date; none
     * only for the leadership.
     */
    private String posting(String unitCode, String role, LocalDate from, Caller caller) {
        String code = Checks.trimmed(unitCode);
        if (code == null) {
            Checks.check(LEADERSHIP.contains(role), "unitCode", "Cần ghi đơn vị công tác (chỉ lãnh đạo cơ quan "
                    + "không thuộc đơn vị nào).");
            return null;
        }
        Unit unit = repository.unit(code).filter(u -> caller.belongsTo(u.organisationCode)).orElse(null);
        Checks.check(unit != null, "unitCode", "Không có đơn vị \"" + code + "\" trong tổ chức.");
        Checks.check(unit.activeOn(from), "unitCode", "Đơn vị " + code + " đã giải thể từ " + unit.dissolvedOn
                + "; không thể bố trí cán bộ vào đó từ " + from + ".");
        return code;
    }

    private static String role(String value) {
        String role = value.strip();
        Checks.check(ROLES.contains(role), "role", "Vai trò \"" + role + "\" phải là một trong: director, "
                + "deputy_director, head, officer.");
        return role;
    }

    private static String contractType(String value) {
        String type = value.strip();
        Checks.check(CONTRACT_TYPES.contains(type), "contractType", "Loại hợp đồng \"" + type + "\" phải là BIEN_CHE "
                + "(biên chế) hoặc HOP_DONG (hợp đồng lao động).");
        return type;
    }
}
