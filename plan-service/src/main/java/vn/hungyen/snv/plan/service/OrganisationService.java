package vn.hungyen.snv.plan.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.hungyen.snv.common.organisation.DemoOrganisation;
import vn.hungyen.snv.plan.repository.Officer;
import vn.hungyen.snv.plan.repository.OrganisationRepository;
import vn.hungyen.snv.plan.repository.Unit;

/** The organisation: reads, and the demo organisation loaded once into an empty database. */
@ApplicationScoped
public class OrganisationService {

    private static final Logger LOG = Logger.getLogger(OrganisationService.class);

    private final OrganisationRepository repository;
    private final boolean demoData;

    OrganisationService(OrganisationRepository repository, @ConfigProperty(name = "app.demo-data") boolean demoData) {
        this.repository = repository;
        this.demoData = demoData;
    }

    @Transactional
    void loadDemoOrganisation(@Observes StartupEvent start) {
        if (!demoData || !repository.isEmpty()) {
            return;
        }
        DemoOrganisation demo = DemoOrganisation.load();
        demo.units().forEach(u -> {
            Unit unit = new Unit();
            unit.code = u.code();
            unit.name = u.name();
            unit.headUsername = u.headUsername();
            unit.supervisorUsername = u.supervisorUsername();
            unit.persist();
        });
        demo.officers().forEach(o -> {
            Officer officer = new Officer();
            officer.id = o.id();
            officer.username = o.username();
            officer.fullName = o.fullName();
            officer.unitCode = o.unitCode();
            officer.position = o.position();
            officer.role = o.role();
            officer.quotaGroup = o.quotaGroup();
            officer.persist();
        });
        LOG.infof("Loaded the demo organisation: %d units, %d officers", demo.units().size(), demo.officers().size());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Unit> units() {
        return repository.units();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Officer> officer(long id) {
        return repository.officer(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Officer> officers(String unitCode) {
        return repository.officers(unitCode);
    }
}
