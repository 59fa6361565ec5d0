package vn.hungyen.snv.plan.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.plan.config.SeedPlanConfig;
import vn.hungyen.snv.plan.domain.CatalogueItem;
import vn.hungyen.snv.plan.domain.CatalogueParser;
import vn.hungyen.snv.plan.repository.ItemFilter;
import vn.hungyen.snv.plan.repository.OrganisationRepository;
import vn.hungyen.snv.plan.repository.Plan;
import vn.hungyen.snv.plan.repository.PlanItem;
import vn.hungyen.snv.plan.repository.PlanRepository;

/** Plans and their catalogues: the Department's plan loaded at first start, and reads. */
@ApplicationScoped
public class CatalogueService {

    private static final Logger LOG = Logger.getLogger(CatalogueService.class);

    /** A plan version with the number of its items. */
    public record PlanSummary(Plan plan, long itemCount) {
    }

    private final PlanRepository plans;
    private final OrganisationRepository organisation;
    private final SeedPlanConfig seed;

    CatalogueService(PlanRepository plans, OrganisationRepository organisation, SeedPlanConfig seed) {
        this.plans = plans;
        this.organisation = organisation;
        this.seed = seed;
    }

    /** Runs after the demo organisation is loaded (default observer priority), so that its units are checked. */
    @Transactional
    void loadSeedPlan(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent start) {
        if (plans.hasPlans()) {
            return;
        }
        CatalogueParser.Result result = new CatalogueParser(rules(seed.year())).parse(readSeedFile());
        if (!result.valid()) {
            throw new IllegalStateException("The catalogue " + seed.resource() + " has problems: " + result.problems());
        }
        Plan plan = new Plan();
        plan.code = seed.code();
        plan.version = 1;
        plan.title = seed.title();
        plan.year = seed.year();
        plan.organization = seed.organization();
        plan.documentSigner = seed.documentSigner();
        plan.status = Plan.Status.PUBLISHED;
        plans.persist(plan, result.items().stream().map(PlanItems::toEntity).toList());
        LOG.infof("Loaded plan %s with %d catalogue items", plan.code, result.items().size());
    }

    /**
     * What a catalogue of a plan of this year may refer to. Where no organisation is configured yet (a production
     * database before its directory is filled), units and supervisors cannot be checked and are taken as written.
     */
    CatalogueParser.Rules rules(int year) {
        Set<String> units = organisation.unitCodes();
        Set<String> leaders = organisation.leaderUsernames();
        CatalogueParser.Directory directory = units.isEmpty() ? CatalogueParser.Directory.UNCHECKED
                : new CatalogueParser.Directory(units::contains, leaders::contains);
        return new CatalogueParser.Rules(year, new HashSet<>(plans.fields()), directory);
    }

    private List<List<String>> readSeedFile() {
        try (InputStream in = Objects.requireNonNull(
                Thread.currentThread().getContextClassLoader().getResourceAsStream(seed.resource()),
                seed.resource())) {
            return CatalogueFiles.readCsv(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanSummary> plans() {
        Map<Long, Long> counts = plans.itemCounts();
        return plans.plans().stream().map(p -> new PlanSummary(p, counts.getOrDefault(p.id, 0L))).toList();
    }

    /** The plan version a path names: its numeric id, or its code for the latest version; 404 otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Plan plan(String planId) {
        return (planId.matches("\\d{1,18}") ? plans.plan(Long.parseLong(planId)) : plans.latestVersion(planId))
                .orElseThrow(() -> ProblemException.notFound("kế hoạch \"" + planId + "\""));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanSummary summary(Plan plan) {
        return new PlanSummary(plan, plans.itemCount(plan.id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanRepository.ItemPage items(String planId, ItemFilter filter, int page, int size) {
        return plans.items(plan(planId).id, filter, page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanItem item(String planId, int number) {
        Plan plan = plan(planId);
        return plans.item(plan.id, number).orElseThrow(() -> ProblemException.notFound("nhiệm vụ số " + number
                + " trong kế hoạch " + plan.code + " (phiên bản " + plan.version + ")"));
    }

    /** A catalogue item by its id, whatever plan version it belongs to; 404 otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanItem item(long id) {
        return plans.item(id).orElseThrow(() -> ProblemException.notFound("mục danh mục có mã " + id));
    }

    /** The plan's catalogue as the rules see it, by number. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CatalogueItem> catalogue(Plan plan) {
        return plans.items(plan.id).stream().map(row -> PlanItems.toDomain(row, plan.year)).toList();
    }

    /** The fields of work, in the plan's order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> fields() {
        return plans.fields();
    }
}
