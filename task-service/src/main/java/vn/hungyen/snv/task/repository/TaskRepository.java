package vn.hungyen.snv.task.repository;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hungyen.snv.task.domain.ExtensionStatus;
import vn.hungyen.snv.task.domain.TaskStatus;

/** Tasks, always read through the caller's scope. */
@ApplicationScoped
public class TaskRepository {

    /**
     * What a caller may see: within their organisation (none for the system administrator: nothing), everything,
     * some units, or only tasks assigned to one officer.
     */
    public record Scope(String organisationCode, boolean everything, Set<String> units, Long officerId) {

        /**
         * Whether work of this organisation and unit, assigned to this officer (null: to the whole unit), lies in the
         * scope; another organisation's never does.
         */
        public boolean covers(String organisationCode, String unitCode, Long assigneeId) {
            return this.organisationCode != null && this.organisationCode.equals(organisationCode)
                    && (everything || units.contains(unitCode) || (officerId != null && officerId.equals(assigneeId)));
        }
    }

    /**
     * Filters of a task list; null means "any". {@code pendingExtension}: an extension request awaits a decision.
     * {@code overdue} and {@code dueSoon} concern open tasks (neither
     * done nor cancelled): due before {@code today}, or due from {@code today} to the day before
     * {@code dueSoonBefore}.
     */
    public record Filter(String unit, Long assigneeId, Long planItemId, TaskStatus status, Boolean open, Boolean overdue,
            Boolean dueSoon, Boolean pendingExtension, LocalDate dueFrom, LocalDate dueTo, LocalDate today, LocalDate dueSoonBefore) {
    }

    /** Open tasks, written as the partial indexes of V4__index_task_lists.sql write it, so that they are used. */
    private static final String OPEN = "status not in (vn.hungyen.snv.task.domain.TaskStatus.DONE, "
            + "vn.hungyen.snv.task.domain.TaskStatus.CANCELLED)";

    /** Work in progress, the only work that can be overdue or due soon (Timeliness): assigned or returned. */
    private static final String IN_PROGRESS = "status in (vn.hungyen.snv.task.domain.TaskStatus.ASSIGNED, "
            + "vn.hungyen.snv.task.domain.TaskStatus.RETURNED)";

    /** How the top-level assignments of one catalogue item stand; done and open add up to total. */
    public record ItemProgress(long planItemId, long total, long done, long doneLate, long open, long overdue) {
    }

    /** A task is done once its product is accepted: that sets its completion time (Timeliness' doneOn). */
    private static final String DONE = "completedAt is not null";

    /** The calendar date of completion in the zone bound to {@code :zone}, as Timeliness' doneOn. */
    private static final String DONE_ON = "cast(function('timezone', :zone, completedAt) as LocalDate)";

    public Optional<Task> findInScope(long id, Scope scope) {
        return Task.<Task>findByIdOptional(id).filter(task -> covers(scope, task));
    }

    /** The task, row-locked until the transaction ends, so that changes to one task run one after another. */
    public Optional<Task> findInScopeForUpdate(long id, Scope scope) {
        return Task.<Task>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).filter(task -> covers(scope, task));
    }

    private static boolean covers(Scope scope, Task task) {
        return scope.covers(task.organisationCode, task.unitCode, task.assigneeId);
    }

    public List<TaskSubmission> submissions(long taskId) {
        return TaskSubmission.list("taskId", Sort.by("id"), taskId);
    }

    /** The most recent submission of a task, the one a review concerns. */
    public Optional<TaskSubmission> latestSubmission(long taskId) {
        return TaskSubmission.<TaskSubmission>find("taskId", Sort.descending("id"), taskId).firstResultOptional();
    }

    public List<TaskExtension> extensions(long taskId) {
        return TaskExtension.list("taskId", Sort.by("id"), taskId);
    }

    /** The coordinating units' child tasks of a lead task, in the order they were assigned. */
    public List<Task> children(long parentId) {
        return Task.list("parentId", Sort.by("id"), parentId);
    }

    /** The extension requests awaiting a decision of these tasks, by task. */
    public Map<Long, List<TaskExtension>> pendingExtensions(List<Long> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        return TaskExtension.<TaskExtension>list("taskId in ?1 and status = ?2 order by id", taskIds,
                ExtensionStatus.PENDING).stream().collect(Collectors.groupingBy(e -> e.taskId));
    }

    public Optional<TaskExtension> extension(long taskId, long extensionId) {
        return TaskExtension.<TaskExtension>findByIdOptional(extensionId).filter(e -> e.taskId == taskId);
    }

    public boolean hasPendingExtension(long taskId) {
        return TaskExtension.count("taskId = ?1 and status = ?2", taskId, ExtensionStatus.PENDING) > 0;
    }

    public List<TaskHistory> history(long taskId) {
        return TaskHistory.list("taskId", Sort.by("id"), taskId);
    }

    public List<Task> list(Filter filter, Scope scope, int page, int size) {
        Query query = query(filter, scope);
        return Task.<Task>find(query.where(), Sort.by("dueDate").and("id"), query.parameters())
                .page(Page.of(page, size)).list();
    }

    public long count(Filter filter, Scope scope) {
        Query query = query(filter, scope);
        return Task.count(query.where(), query.parameters());
    }

    /**
     * Per catalogue item, its top-level assignments (coordinating units' child tasks left out) that are not
     * cancelled, counted in one grouped query; items without such tasks are left out. Done, late and overdue are
     * {@link vn.hungyen.snv.task.domain.Timeliness#of}'s definitions written in SQL: done once the accepted
     * product's completion time is set; late when its calendar date in {@code zone} is after the rated due date;
     * overdue when in progress (not awaiting review) and the rated due date is before {@code today}.
     */
    public List<ItemProgress> progress(Collection<Long> planItemIds, Scope scope, LocalDate today, ZoneId zone) {
        Parameters parameters = Parameters.with("planItems", planItemIds).and("today", today)
                .and("zone", zone.getId());
        String where = "planItemId in :planItems and parentId is null and status <> "
                + "vn.hungyen.snv.task.domain.TaskStatus.CANCELLED and " + within(scope, parameters);
        var query = Task.getEntityManager().createQuery("select new " + ItemProgress.class.getName()
                + "(planItemId, count(*), count(*) filter (where " + DONE + "),"
                + " count(*) filter (where " + DONE + " and " + DONE_ON + " > ratedDueDate),"
                + " count(*) filter (where not " + DONE + "),"
                + " count(*) filter (where " + IN_PROGRESS + " and ratedDueDate < :today))"
                + " from Task where " + where + " group by planItemId order by planItemId", ItemProgress.class);
        parameters.map().forEach(query::setParameter);
        return query.getResultList();
    }

    private record Query(String where, Parameters parameters) {
    }

    private static String holdsIf(boolean wanted, String condition) {
        return wanted ? condition : "not (" + condition + ")";
    }

    /**
     * The condition of a scope: its organisation's work and, unless it covers everything there, only its units' and
     * the officer's own. It reads organisationCode, unitCode and assigneeId, which tasks and recurring assignments
     * both have.
     */
    static String within(Scope scope, Parameters parameters) {
        String organisation = organisation(scope, parameters);
        return scope.everything() ? organisation : organisation + " and " + reach(scope, parameters);
    }

    /** The scope's organisation; nothing at all for a scope of none (the system administrator's). */
    private static String organisation(Scope scope, Parameters parameters) {
        if (scope.organisationCode() == null) {
            return "1 = 0";
        }
        parameters.and("scopeOrganisation", scope.organisationCode());
        return "organisationCode = :scopeOrganisation";
    }

    /** Within the organisation, the units' work and the officer's own. */
    private static String reach(Scope scope, Parameters parameters) {
        List<String> reach = new ArrayList<>();
        if (!scope.units().isEmpty()) {
            reach.add("unitCode in :scopeUnits");
            parameters.and("scopeUnits", scope.units());
        }
        if (scope.officerId() != null) {
            reach.add("assigneeId = :scopeOfficer");
            parameters.and("scopeOfficer", scope.officerId());
        }
        return reach.isEmpty() ? "1 = 0" : "(" + String.join(" or ", reach) + ")";
    }

    /**
     * The filter's conditions within the scope's organisation; the scope's units are left out when the unit filter
     * already keeps within them.
     */
    private static Query query(Filter filter, Scope scope) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        where.add(organisation(scope, parameters));
        if (!scope.everything() && (filter.unit() == null || !scope.units().contains(filter.unit()))) {
            where.add(reach(scope, parameters));
        }
        if (filter.unit() != null) {
            where.add("unitCode = :unit");
            parameters.and("unit", filter.unit());
        }
        if (filter.assigneeId() != null) {
            where.add("assigneeId = :assignee");
            parameters.and("assignee", filter.assigneeId());
        }
        if (filter.planItemId() != null) {
            where.add("planItemId = :planItem");
            parameters.and("planItem", filter.planItemId());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.open() != null) {
            where.add(holdsIf(filter.open(), OPEN));
        }
        if (filter.overdue() != null) {
            where.add(holdsIf(filter.overdue(), IN_PROGRESS + " and ratedDueDate < :today"));
            parameters.and("today", filter.today());
        }
        if (filter.dueSoon() != null) {
            where.add(holdsIf(filter.dueSoon(),
                    IN_PROGRESS + " and ratedDueDate >= :today and ratedDueDate < :dueSoonBefore"));
            parameters.and("today", filter.today()).and("dueSoonBefore", filter.dueSoonBefore());
        }
        if (filter.pendingExtension() != null) {
            where.add(holdsIf(filter.pendingExtension(), "id in (select e.taskId from TaskExtension e where e.status = "
                    + "vn.hungyen.snv.task.domain.ExtensionStatus.PENDING)"));
        }
        if (filter.dueFrom() != null) {
            where.add("dueDate >= :dueFrom");
            parameters.and("dueFrom", filter.dueFrom());
        }
        if (filter.dueTo() != null) {
            where.add("dueDate <= :dueTo");
            parameters.and("dueTo", filter.dueTo());
        }
        return new Query(String.join(" and ", where), parameters);
    }
}
