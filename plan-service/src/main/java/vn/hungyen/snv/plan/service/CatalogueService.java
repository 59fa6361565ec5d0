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
import java.net.URL;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.common.security.Caller;
import vn.hungyen.snv.plan.config.SeedPlanConfig;
import vn.hungyen.snv.plan.domain.CatalogueItem;
import vn.hungyen.snv.plan.domain.CatalogueParser;
import vn.hungyen.snv.plan.repository.ItemFilter;
import vn.hungyen.snv.plan.repository.Organisation;
import vn.hungyen.snv.plan.repository.OrganisationRepository;
import vn.hungyen.snv.plan.repository.Plan;
import vn.hungyen.snv.plan.repository.PlanItem;
import vn.hungyen.snv.plan.repository.PlanRepository;

/** Plans and their catalogues: the demo organisations' plans loaded at start, and reads scoped to the caller. */
@ApplicationScoped
public class CatalogueService {

    private static final Logger LOG = Logger.getLogger(CatalogueService.class);

    /** A plan version with the number of its items. */
    public record PlanSummary(Plan plan, long itemCount) {
    }

    /** A catalogue item with the plan version it belongs to. */
    public record ItemInPlan(PlanItem item, Plan plan) {
    }

    private final PlanRepository plans;
    private final OrganisationRepository organisation;
    private final SeedPlanConfig seed;
    private final boolean demoData;

    CatalogueService(PlanRepository plans, OrganisationRepository organisation, SeedPlanConfig seed,
            @ConfigProperty(name = "app.demo-data") boolean demoData) {
        this.plans = plans;
        this.organisation = organisation;
        this.seed = seed;
        this.demoData = demoData;
    }

    /** Runs after the demo organisations are loaded (default observer priority), so that their units are checked. */
    @Transactional
    void loadSeedPlans(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent start) {
        if (demoData) {
            seed.plans().forEach(this::load);
        }
    }

    private void load(SeedPlanConfig.SeedPlan seedPlan) {
        Organisation issuer = organisation.organisation(seedPlan.organisation()).orElse(null);
        URL file = Thread.currentThread().getContextClassLoader().getResource(seedPlan.resource());
        if (issuer == null || file == null || plans.hasCode(seedPlan.code())) {
            return;
        }
        CatalogueParser.Result result = new CatalogueParser(rules(seedPlan.year(), issuer.code))
                .parse(readSeedFile(file));
        if (!result.valid()) {
            throw new IllegalStateException("The catalogue " + seedPlan.resource() + " has problems: "
                    + result.problems());
        }
        Plan plan = new Plan();
        plan.code = seedPlan.code();
        plan.organisationCode = issuer.code;
        plan.version = 1;
        plan.title = seedPlan.title();
        plan.year = seedPlan.year();
        plan.organization = issuer.name;
        plan.documentSigner = seedPlan.documentSigner().orElse(null);
        plan.status = Plan.Status.PUBLISHED;
        plans.persist(plan, result.items().stream().map(PlanItems::toEntity).toList());
        LOG.infof("Loaded plan %s of %s with %d catalogue items", plan.code, issuer.code, result.items().size());
    }

    /**
     * What a catalogue of a plan of this year of the organisation may refer to: its units and its leaders. Where
     * the organisation has no units yet (a new organisation before its directory is filled), units and supervisors
     * cannot be checked and are taken as written.
     */
    CatalogueParser.Rules rules(int year, String organisationCode) {
        Set<String> units = organisation.unitCodes(organisationCode);
        Set<String> leaders = organisation.leaderUsernames(organisationCode);
        CatalogueParser.Directory directory = units.isEmpty() ? CatalogueParser.Directory.UNCHECKED
                : new CatalogueParser.Directory(units::contains, leaders::contains);
        return new CatalogueParser.Rules(year, new HashSet<>(plans.fields()), directory);
    }

    private static List<List<String>> readSeedFile(URL file) {
        try (InputStream in = file.openStream()) {
            return CatalogueFiles.readCsv(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanSummary> plans(Caller caller) {
        Map<Long, Long> counts = plans.itemCounts();
        return plans.plans(caller.organisationCode()).stream()
                .map(p -> new PlanSummary(p, counts.getOrDefault(p.id, 0L))).toList();
    }

    /**
     * The plan version a path names: its numeric id, or its code for the latest version, of the caller's
     * organisation; 404 otherwise.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Plan plan(String planId, Caller caller) {
        return (planId.matches("\\d{1,18}") ? plans.plan(Long.parseLong(planId)) : plans.latestVersion(planId))
                .filter(p -> caller.belongsTo(p.organisationCode))
                .orElseThrow(() -> ProblemException.notFound("kế hoạch \"" + planId + "\""));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanSummary summary(Plan plan) {
        return new PlanSummary(plan, plans.itemCount(plan.id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanRepository.ItemPage items(Plan plan, ItemFilter filter, int page, int size) {
        return plans.items(plan.id, filter, page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanItem item(Plan plan, int number) {
        return plans.item(plan.id, number).orElseThrow(() -> ProblemException.notFound("nhiệm vụ số " + number
                + " trong kế hoạch " + plan.code + " (phiên bản " + plan.version + ")"));
    }

    /** A catalogue item by its id, whatever plan version of the caller's organisation it belongs to; 404 otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ItemInPlan item(long id, Caller caller) {
        return plans.item(id).flatMap(item -> plans.plan(item.planId)
                        .filter(p -> caller.belongsTo(p.organisationCode)).map(p -> new ItemInPlan(item, p)))
                .orElseThrow(() -> ProblemException.notFound("mục danh mục có mã " + id));
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

    /** The field of work of every catalogue item of the caller's organisation, by item id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, String> itemFields(Caller caller) {
        return plans.itemFields(caller.organisationCode());
    }
}
