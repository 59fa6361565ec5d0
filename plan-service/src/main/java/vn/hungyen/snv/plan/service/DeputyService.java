package vn.hungyen.snv.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.hungyen.snv.common.input.InputDates;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.common.rules.RuleViolationException;
import vn.hungyen.snv.common.security.Caller;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.plan.domain.DeputyFields;
import vn.hungyen.snv.plan.repository.DeputyAssignment;
import vn.hungyen.snv.plan.repository.Officer;
import vn.hungyen.snv.plan.repository.OrganisationRepository;
import vn.hungyen.snv.plan.repository.PlanRepository;
import vn.hungyen.snv.plan.repository.Unit;

/**
 * The fields of work the deputy heads of a unit are in charge of, month by month ({@link DeputyFields}): the unit's
 * head, or the organisation's administrator, records them; everyone of the organisation reads them, and
 * evaluation-service rates a deputy head on the unit's tasks of those fields (scoring-hy540 §6).
 */
@ApplicationScoped
public class DeputyService {

    /** A new assignment: the fields (none: the whole unit again) from a month on. */
    public record NewAssignment(List<String> fields, YearMonth from) {
    }

    /**
     * A deputy head of a unit in a month, with the fields in force then, every assignment recorded, and whether the
     * caller may assign their fields.
     */
    public record Deputy(Officer officer, YearMonth month, Optional<DeputyAssignment> inForce,
            List<DeputyAssignment> history, boolean mayAssign) {
    }

    private final OrganisationRepository repository;
    private final PlanRepository plans;
    private final UnitService units;
    private final Clock clock;

    DeputyService(OrganisationRepository repository, PlanRepository plans, UnitService units, Clock clock) {
        this.repository = repository;
        this.plans = plans;
        this.units = units;
        this.clock = clock;
    }

    /** The unit's deputy heads at the end of {@code month} (this month when null), each with their fields. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Deputy> deputies(String unitCode, YearMonth month, Caller caller) {
        Unit unit = units.unit(unitCode, caller);
        YearMonth shown = month == null ? YearMonth.now(clock) : month;
        Map<Long, List<DeputyAssignment>> histories = repository.deputyAssignments(unit.organisationCode).stream()
                .filter(a -> a.unitCode.equals(unit.code))
                .collect(Collectors.groupingBy(a -> a.officerId));
        return repository.officers(unit.organisationCode).stream()
                .filter(o -> deputyHead(o, unit, shown))
                .map(o -> deputy(o, histories.getOrDefault(o.id, List.of()), shown, mayAssign(unit, caller)))
                .toList();
    }

    /** One officer's assignments in the unit, whether or not they are a deputy head there this month. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Deputy deputy(String unitCode, long officerId, Caller caller) {
        Unit unit = units.unit(unitCode, caller);
        return deputy(officer(officerId, caller), history(unit, officerId), YearMonth.now(clock),
                mayAssign(unit, caller));
    }

    /**
     * Records the fields the officer, a deputy head of the unit at the end of {@code from}, is in charge of from that
     * month on; the unit's head or the administrator only.
     */
    @Transactional
    public Deputy assign(String unitCode, long officerId, NewAssignment request, Caller caller) {
        Unit unit = units.unit(unitCode, caller);
        if (!mayAssign(unit, caller)) {
            throw ProblemException.forbidden("not-unit-head", "Chỉ trưởng đơn vị " + unit.name + " (hoặc quản trị "
                    + "hệ thống của tổ chức) được phân công lĩnh vực cho cấp phó của đơn vị.");
        }
        Officer officer = officer(officerId, caller);
        Checks.check(request.from() != null, "from", "Cần ghi tháng bắt đầu áp dụng, " + InputDates.MONTH_FORM + ".");
        Checks.check(InputDates.inRange(request.from().atDay(1)), "from", "Tháng áp dụng phải là "
                + InputDates.MONTH_FORM + ".");
        Checks.check(request.fields() != null, "fields", "Cần gửi danh sách lĩnh vực (fields); danh sách rỗng nghĩa "
                + "là cấp phó phụ trách chung cả đơn vị từ tháng đó.");
        if (!deputyHead(officer, unit, request.from())) {
            throw ProblemException.conflict("not-deputy-head", officer.fullName + " không phải cấp phó của đơn vị "
                    + unit.name + " vào cuối tháng " + request.from() + "; chỉ phân công lĩnh vực cho cấp phó "
                    + "của đơn vị trong tháng đó.");
        }
        List<DeputyAssignment> history = history(unit, officerId);
        DeputyFields.Assignment proposed = new DeputyFields.Assignment(unit.code, officerId, request.from(),
                DeputyFields.normalised(request.fields()));
        RuleViolationException.throwIfAny(DeputyFields.check(proposed, new HashSet<>(plans.fields()),
                history.stream().map(DeputyAssignment::assignment).toList()));
        DeputyAssignment assignment = history.stream().filter(a -> a.fromMonth.equals(request.from().atDay(1)))
                .findFirst().orElseGet(DeputyAssignment::new);
        assignment.unitCode = unit.code;
        assignment.officerId = officerId;
        assignment.fromMonth = request.from().atDay(1);
        assignment.fields.clear();
        assignment.fields.addAll(proposed.fields());
        assignment.recordedBy = caller.username();
        assignment.persist();
        DeputyAssignment.getEntityManager().flush();
        return deputy(officer, history(unit, officerId), YearMonth.now(clock), true);
    }

    /**
     * The assignments in force in {@code asked} (this month when null) in the caller's organisation, for the deputy heads of their unit at
     * the end of it, with at least one field: what evaluation-service reads with the month's directory.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DeputyAssignment> inForce(YearMonth asked, Caller caller) {
        YearMonth month = asked == null ? YearMonth.now(clock) : asked;
        Map<String, Unit> unitsByCode = repository.units(caller.organisationCode()).stream()
                .collect(Collectors.toMap(u -> u.code, u -> u));
        Map<Long, Officer> officers = repository.officers(caller.organisationCode()).stream()
                .collect(Collectors.toMap(o -> o.id, o -> o));
        Map<String, List<DeputyAssignment>> byDeputy = repository.deputyAssignments(caller.organisationCode())
                .stream().collect(Collectors.groupingBy(a -> a.unitCode + "/" + a.officerId));
        return byDeputy.values().stream()
                .map(history -> latest(history, month))
                .flatMap(Optional::stream)
                .filter(a -> !a.fields.isEmpty())
                .filter(a -> officers.containsKey(a.officerId)
                        && deputyHead(officers.get(a.officerId), unitsByCode.get(a.unitCode), month))
                .sorted(Comparator.comparing((DeputyAssignment a) -> a.unitCode)
                        .thenComparing(a -> a.officerId))
                .toList();
    }

    /** The unit's head and the organisation's administrator assign the fields of the unit's deputy heads. */
    private static boolean mayAssign(Unit unit, Caller caller) {
        return caller.hasRole(Roles.ADMIN) || caller.username().equals(unit.headUsername);
    }

    private static Deputy deputy(Officer officer, List<DeputyAssignment> history, YearMonth month,
            boolean mayAssign) {
        return new Deputy(officer, month, latest(history, month), history, mayAssign);
    }

    private static Optional<DeputyAssignment> latest(List<DeputyAssignment> history, YearMonth month) {
        return DeputyFields.inForce(history.stream().map(DeputyAssignment::assignment).toList(), month)
                .flatMap(inForce -> history.stream().filter(a -> YearMonth.from(a.fromMonth).equals(inForce.from()))
                        .findFirst());
    }

    private List<DeputyAssignment> history(Unit unit, long officerId) {
        return repository.deputyAssignments(unit.organisationCode).stream()
                .filter(a -> a.unitCode.equals(unit.code) && a.officerId == officerId).toList();
    }

    /** Whether the officer is a deputy head of the unit on the last day of the month, as evaluation rates it. */
    private static boolean deputyHead(Officer officer, Unit unit, YearMonth month) {
        LocalDate day = month.atEndOfMonth();
        return officer.belongsOn(day) && DeputyFields.deputyHeadOf(unit.code, officer.postingOn(day),
                Roles.HEAD.equals(officer.role), officer.username, unit.headUsername);
    }

    private Officer officer(long id, Caller caller) {
        return repository.officer(id).filter(o -> caller.belongsTo(o.organisationCode))
                .orElseThrow(() -> ProblemException.notFound("cán bộ mã " + id));
    }
}
