package vn.hungyen.snv.plan.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.hungyen.snv.common.organisation.DemoOrganisation;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.common.security.Caller;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.plan.domain.OfficerHistory;
import vn.hungyen.snv.plan.repository.Officer;
import vn.hungyen.snv.plan.repository.OfficerAssignment;
import vn.hungyen.snv.plan.repository.Organisation;
import vn.hungyen.snv.plan.repository.OrganisationRepository;
import vn.hungyen.snv.plan.repository.Unit;

/**
 * The organisations: the system administrator creates them, everyone else sees their own only; the demo
 * organisations are loaded once each, where the demo is on.
 */
@ApplicationScoped
public class OrganisationService {

    private static final Logger LOG = Logger.getLogger(OrganisationService.class);
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_-]{1,15}");
    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z_]{1,31}");

    /**
     * An organisation's directory under a version: the same version means the same answers of the directory's reads
     * for the same day or month.
     */
    public record DirectoryVersion(String organisationCode, long version) {
    }

    /** What a new organisation is made of. */
    public record NewOrganisation(String code, String name, String kind) {
    }

    private final OrganisationRepository repository;
    private final boolean demoData;

    OrganisationService(OrganisationRepository repository, @ConfigProperty(name = "app.demo-data") boolean demoData) {
        this.repository = repository;
        this.demoData = demoData;
    }

    /** Loads every demo organisation the database does not hold yet, with its units and officers. */
    @Transactional
    void loadDemoOrganisations(@Observes StartupEvent start) {
        if (!demoData) {
            return;
        }
        DemoOrganisation demo = DemoOrganisation.load();
        demo.organisations().stream().filter(o -> repository.organisation(o.code()).isEmpty())
                .forEach(o -> load(demo.of(o.code())));
    }

    private void load(DemoOrganisation demo) {
        DemoOrganisation.Organisation o = demo.organisations().get(0);
        Organisation organisation = new Organisation();
        organisation.code = o.code();
        organisation.name = o.name();
        organisation.kind = o.kind();
        organisation.persist();
        demo.units().forEach(u -> {
            Unit unit = new Unit();
            unit.organisationCode = o.code();
            unit.code = u.code();
            unit.name = u.name();
            unit.headUsername = u.headUsername();
            unit.supervisorUsername = u.supervisorUsername();
            unit.persist();
        });
        demo.officers().forEach(d -> {
            Officer officer = new Officer();
            officer.id = d.id();
            officer.organisationCode = o.code();
            officer.username = d.username();
            officer.fullName = d.fullName();
            officer.role = d.role();
            officer.quotaGroup = d.quotaGroup();
            officer.contractType = "contract".equals(d.quotaGroup()) ? OfficerService.HOP_DONG
                    : OfficerService.BIEN_CHE;
            officer.active = true;
            officer.assignments.add(OfficerAssignment.of(d.unitCode(), d.position(), OfficerHistory.SINCE_ALWAYS));
            officer.persist();
        });
        LOG.infof("Loaded the demo organisation %s: %d units, %d officers", o.code(), demo.units().size(),
                demo.officers().size());
    }

    /** The system administrator sees every organisation, anyone else their own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Organisation> organisations(Caller caller) {
        return caller.hasRole(Roles.SYSTEM_ADMIN) ? repository.organisations()
                : repository.organisation(caller.organisationCode()).stream().toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Organisation organisation(String code, Caller caller) {
        return repository.organisation(code)
                .filter(o -> caller.hasRole(Roles.SYSTEM_ADMIN) || caller.belongsTo(o.code))
                .orElseThrow(() -> ProblemException.notFound("tổ chức \"" + code + "\""));
    }

    /** The caller's organisation and the version of its directory ({@link OrganisationRepository#directoryVersion}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DirectoryVersion directoryVersion(Caller caller) {
        return new DirectoryVersion(caller.organisationCode(), repository.directoryVersion());
    }

    /** The caller's own organisation; 404 when their token names one that does not exist (yet). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Organisation own(Caller caller) {
        return repository.organisation(caller.organisationCode())
                .orElseThrow(() -> ProblemException.notFound("tổ chức \"" + caller.organisationCode()
                        + "\" của tài khoản"));
    }

    @Transactional
    public Organisation create(NewOrganisation request) {
        String code = Objects.requireNonNullElse(Checks.trimmed(request.code()), "");
        String name = Checks.trimmed(request.name());
        String kind = Objects.requireNonNullElse(Checks.trimmed(request.kind()), "");
        Checks.check(CODE.matcher(code).matches(), "code", "Mã tổ chức \"" + code + "\" phải gồm 2–16 chữ in hoa, "
                + "chữ số, gạch ngang hoặc gạch dưới, bắt đầu bằng chữ, ví dụ MYHAO.");
        Checks.check(name != null, "name", "Cần ghi tên tổ chức.");
        Checks.check(KIND.matcher(kind).matches(), "kind", "Loại tổ chức \"" + kind + "\" phải viết in hoa, ví dụ "
                + "SO, UBND_HUYEN, UBND_XA.");
        if (repository.organisation(code).isPresent()) {
            throw ProblemException.conflict("organisation-exists", "Đã có tổ chức mã " + code + ".");
        }
        Organisation organisation = new Organisation();
        organisation.code = code;
        organisation.name = name;
        organisation.kind = kind;
        organisation.persist();
        return organisation;
    }
}
