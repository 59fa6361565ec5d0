package vn.hungyen.snv.plan.repository;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.hungyen.snv.common.deadline.DeadlineKind;

/** Plans, their versions and catalogue items. */
@ApplicationScoped
public class PlanRepository {

    /** One page of items and the number of items matching in all. */
    public record ItemPage(List<PlanItem> items, long total) {
    }

    /** Every version of every plan of the organisation, by code then version. */
    public List<Plan> plans(String organisationCode) {
        return Plan.list("organisationCode", Sort.by("code").and("version"), organisationCode);
    }

    public boolean hasCode(String code) {
        return Plan.count("code", code) > 0;
    }

    public Map<Long, Long> itemCounts() {
        List<Object[]> rows = PlanItem.getEntityManager()
                .createQuery("select i.planId, count(i) from PlanItem i group by i.planId", Object[].class)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    public long itemCount(long planId) {
        return PlanItem.count("planId", planId);
    }

    public Optional<Plan> plan(long id) {
        return Plan.findByIdOptional(id);
    }

    /** The latest version of the plan with this code. */
    public Optional<Plan> latestVersion(String code) {
        return Plan.find("code", Sort.descending("version"), code).firstResultOptional();
    }

    public List<Plan> versions(String code) {
        return Plan.list("code", Sort.by("version"), code);
    }

    public Optional<Plan> version(String code, int version) {
        return Plan.find("code = ?1 and version = ?2", code, version).firstResultOptional();
    }

    /** The items of these deadline kinds, by number. */
    public List<PlanItem> items(long planId, List<DeadlineKind> kinds) {
        return PlanItem.list("planId = ?1 and deadlineKind in ?2", Sort.by("number"), planId, kinds);
    }

    /** The highest item number of the plan version, 0 when it has none. */
    public int lastNumber(long planId) {
        Integer last = PlanItem.getEntityManager()
                .createQuery("select max(i.number) from PlanItem i where i.planId = :planId", Integer.class)
                .setParameter("planId", planId).getSingleResult();
        return last == null ? 0 : last;
    }

    public List<PlanItem> items(long planId) {
        return PlanItem.list("planId", Sort.by("number"), planId);
    }

    public Optional<PlanItem> item(long planId, int number) {
        return PlanItem.find("planId = ?1 and number = ?2", planId, number).firstResultOptional();
    }

    public Optional<PlanItem> item(long id) {
        return PlanItem.findByIdOptional(id);
    }

    public ItemPage items(long planId, ItemFilter filter, int page, int size) {
        List<String> where = new ArrayList<>(List.of("planId = :planId"));
        Parameters params = Parameters.with("planId", planId);
        if (filter.field() != null) {
            where.add("field = :field");
            params.and("field", filter.field());
        }
        if (filter.leadUnit() != null) {
            where.add("leadUnit = :leadUnit");
            params.and("leadUnit", filter.leadUnit());
        }
        if (filter.supervisor() != null) {
            where.add("supervisor = :supervisor");
            params.and("supervisor", filter.supervisor());
        }
        if (filter.deadlineKind() != null) {
            where.add("deadlineKind = :kind");
            params.and("kind", filter.deadlineKind());
        }
        if (filter.dueMonth() != null) {
            where.add("(dueDate between :monthStart and :monthEnd or deadlineKind in :recurring)");
            params.and("monthStart", filter.dueMonth().atDay(1)).and("monthEnd", filter.dueMonth().atEndOfMonth())
                    .and("recurring", List.of(DeadlineKind.REGULAR, DeadlineKind.MONTHLY_DAY));
        }
        if (filter.foldedQuery() != null && !filter.foldedQuery().isEmpty()) {
            where.add("searchText like :q");
            params.and("q", "%" + filter.foldedQuery() + "%");
        }
        var query = PlanItem.<PlanItem>find(String.join(" and ", where), Sort.by("number"), params);
        return new ItemPage(query.page(Page.of(page, size)).list(), query.count());
    }

    public void persist(Plan plan, List<PlanItem> items) {
        plan.persist();
        items.forEach(item -> {
            item.planId = plan.id;
            item.persist();
        });
    }

    public void deleteItems(long planId) {
        PlanItem.delete("planId", planId);
    }

    public List<String> fields() {
        return FieldOfWork.<FieldOfWork>listAll(Sort.by("position")).stream().map(f -> f.name).toList();
    }

    /** The field of work of every catalogue item of the organisation's plans, every version, by item id. */
    public Map<Long, String> itemFields(String organisationCode) {
        return PlanItem.getEntityManager().createQuery("select i.id, i.field from PlanItem i where i.planId in "
                        + "(select p.id from Plan p where p.organisationCode = :organisation)", Object[].class)
                .setParameter("organisation", organisationCode).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }
}
