package vn.hungyen.snv.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import vn.hungyen.snv.common.input.DateInRange;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.common.security.Caller;
import vn.hungyen.snv.plan.repository.Officer;
import vn.hungyen.snv.plan.repository.OrganisationRepository;
import vn.hungyen.snv.plan.repository.Unit;

/**
 * The units of the caller's organisation: created, renamed, dissolved from a date or merged into another of its
 * units. A unit is dissolved only once no officer works in it on or after that date.
 */
@ApplicationScoped
public class UnitService {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_-]{0,15}");

    /** A new unit. */
    public record NewUnit(String code, String name, String headUsername, String supervisorUsername) {
    }

    /** Changes to a unit; what is null stays as it is. */
    public record UnitChange(String name, String headUsername, String supervisorUsername,
            @DateInRange(message = "ngày giải thể phải từ 2000-01-01 đến 2100-12-31") LocalDate dissolvedOn,
            String mergedInto) {
    }

    private final OrganisationRepository repository;
    private final OrganisationService organisations;
    private final Clock clock;

    UnitService(OrganisationRepository repository, OrganisationService organisations, Clock clock) {
        this.repository = repository;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The organisation's units: those existing today, or all of them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Unit> units(Caller caller, boolean all) {
        return repository.units(caller.organisationCode()).stream().filter(u -> all || activeToday(u)).toList();
    }

    public boolean activeToday(Unit unit) {
        return unit.activeOn(LocalDate.now(clock));
    }

    /** A unit of the caller's organisation; 404 otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Unit unit(String code, Caller caller) {
        return repository.unit(code).filter(u -> caller.belongsTo(u.organisationCode))
                .orElseThrow(() -> ProblemException.notFound("đơn vị \"" + code + "\""));
    }

    @Transactional
    public Unit create(NewUnit request, Caller caller) {
        String organisationCode = organisations.own(caller).code;
        String code = Checks.trimmed(request.code());
        Checks.check(code != null && CODE.matcher(code).matches(), "code", "Mã đơn vị \"" + request.code()
                + "\" phải gồm tối đa 16 chữ in hoa, chữ số, gạch ngang hoặc gạch dưới, bắt đầu bằng chữ, "
                + "ví dụ MH-NV.");
        Checks.check(Checks.trimmed(request.name()) != null, "name", "Cần ghi tên đơn vị.");
        if (repository.unit(code).isPresent()) {
            throw ProblemException.conflict("unit-exists", "Mã đơn vị " + code + " đã được dùng (mã đơn vị là duy "
                    + "nhất trong toàn hệ thống); hãy chọn mã khác.");
        }
        Unit unit = new Unit();
        unit.code = code;
        unit.organisationCode = organisationCode;
        unit.name = request.name().strip();
        unit.headUsername = member("headUsername", request.headUsername(), caller);
        unit.supervisorUsername = member("supervisorUsername", request.supervisorUsername(), caller);
        unit.persist();
        return unit;
    }

    @Transactional
    public Unit update(String code, UnitChange change, Caller caller) {
        Unit unit = unit(code, caller);
        if (change.name() != null) {
            Checks.check(!change.name().isBlank(), "name", "Tên đơn vị không được để trống.");
            unit.name = change.name().strip();
        }
        if (change.headUsername() != null) {
            unit.headUsername = member("headUsername", change.headUsername(), caller);
        }
        if (change.supervisorUsername() != null) {
            unit.supervisorUsername = member("supervisorUsername", change.supervisorUsername(), caller);
        }
        if (change.mergedInto() != null || change.dissolvedOn() != null) {
            dissolve(unit, change.dissolvedOn() == null ? LocalDate.now(clock) : change.dissolvedOn(),
                    Checks.trimmed(change.mergedInto()), caller);
        }
        return unit;
    }

    private void dissolve(Unit unit, LocalDate from, String mergedInto, Caller caller) {
        if (mergedInto != null) {
            Unit target = repository.unit(mergedInto).filter(u -> caller.belongsTo(u.organisationCode)).orElse(null);
            Checks.check(target != null && !target.code.equals(unit.code) && target.activeOn(from), "mergedInto",
                    "Chỉ sáp nhập được vào một đơn vị khác, đang hoạt động của cùng tổ chức; \"" + mergedInto
                            + "\" không phải đơn vị như vậy vào ngày " + from + ".");
        }
        List<String> staying = repository.officers(unit.organisationCode).stream()
                .filter(o -> worksInOnOrAfter(o, unit.code, from)).map(o -> o.fullName).toList();
        if (!staying.isEmpty()) {
            throw ProblemException.conflict("unit-has-officers", "Đơn vị " + unit.code + " vẫn còn " + staying.size()
                    + " cán bộ từ ngày " + from + " (" + String.join(", ", staying) + "); hãy điều động họ sang đơn "
                    + "vị khác trước khi giải thể hoặc sáp nhập.");
        }
        unit.dissolvedOn = from;
        unit.mergedInto = mergedInto;
    }

    /** Whether the officer, still a member on the date, works in the unit on it or from any later posting. */
    private static boolean worksInOnOrAfter(Officer officer, String unitCode, LocalDate date) {
        if (officer.leftOn != null && !date.isBefore(officer.leftOn)) {
            return false;
        }
        boolean onTheDate = officer.postingOn(date).map(p -> unitCode.equals(p.unitCode())).orElse(false);
        return onTheDate || officer.assignments.stream()
                .anyMatch(a -> a.effectiveFrom.isAfter(date) && unitCode.equals(a.unitCode));
    }

    /** The username of an officer of the caller's organisation; null when not given. */
    private String member(String field, String username, Caller caller) {
        String given = Checks.trimmed(username);
        if (given == null) {
            return null;
        }
        boolean known = repository.officers(caller.organisationCode()).stream().anyMatch(o -> o.username.equals(given));
        Checks.check(known, field, "Không có cán bộ tên đăng nhập \"" + given + "\" trong tổ chức.");
        return given;
    }
}
