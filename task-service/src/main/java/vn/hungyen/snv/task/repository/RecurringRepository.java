package vn.hungyen.snv.task.repository;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Recurring assignments and the months they have produced a task for. */
@ApplicationScoped
public class RecurringRepository {

    /** How many months of an assignment have a task, and the task of the latest one (null: none yet). */
    public record Written(long months, Long lastTaskId) {
        public static final Written NONE = new Written(0, null);
    }

    private final EntityManager entityManager;

    RecurringRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The recurring assignments, not stopped, that produce a task in this month. */
    public List<RecurringAssignment> startedBy(YearMonth month) {
        return RecurringAssignment.list("firstMonth <= ?1 and stoppedAt is null order by id", month.atDay(1));
    }

    /**
     * The assignment unless it is stopped, share-locked until the transaction ends: a stop waits for the month's
     * task being written, and a month's task is never written after a stop has committed.
     */
    public Optional<RecurringAssignment> lockIfActive(long id) {
        return RecurringAssignment.<RecurringAssignment>findByIdOptional(id, LockModeType.PESSIMISTIC_READ)
                .filter(assignment -> assignment.stoppedAt == null);
    }

    /**
     * The assignments in the scope (as tasks are: within the organisation, by unit, or assigned to the officer), by
     * unit then age; {@code unitCode} and {@code active} (not stopped) are filters, null meaning any.
     */
    public List<RecurringAssignment> list(String unitCode, Boolean active, TaskRepository.Scope scope) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        where.add(TaskRepository.within(scope, parameters));
        if (unitCode != null) {
            where.add("unitCode = :unit");
            parameters.and("unit", unitCode);
        }
        if (active != null) {
            where.add(active ? "stoppedAt is null" : "stoppedAt is not null");
        }
        return RecurringAssignment.list(String.join(" and ", where), Sort.by("unitCode").and("id"), parameters);
    }

    /** The assignment, row-locked until the transaction ends, when it lies in the scope. */
    public Optional<RecurringAssignment> findInScopeForUpdate(long id, TaskRepository.Scope scope) {
        return RecurringAssignment.<RecurringAssignment>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(assignment -> scope.covers(assignment.organisationCode, assignment.unitCode,
                        assignment.assigneeId));
    }

    /** What each of these assignments has written so far, in one query; assignments with nothing are left out. */
    public Map<Long, Written> written(Collection<Long> recurringIds) {
        if (recurringIds.isEmpty()) {
            return Map.of();
        }
        List<?> rows = entityManager.createNativeQuery("select recurring_id, count(task_id), "
                        + "(array_agg(task_id order by month desc) filter (where task_id is not null))[1] "
                        + "from recurring_month where recurring_id in (:ids) group by recurring_id")
                .setParameter("ids", recurringIds).getResultList();
        return rows.stream().map(Object[].class::cast).collect(Collectors.toMap(row -> number(row[0]),
                row -> new Written(number(row[1]), number(row[2]))));
    }

    /**
     * Claims the month for the assignment; true for exactly one caller per assignment and month, whichever
     * transaction or instance asks. A concurrent claim waits for the first to commit or roll back.
     */
    public boolean claim(long recurringId, YearMonth month) {
        return entityManager.createNativeQuery("insert into recurring_month (recurring_id, month) "
                        + "values (:recurring, :month) on conflict do nothing")
                .setParameter("recurring", recurringId).setParameter("month", month.atDay(1))
                .executeUpdate() == 1;
    }

    /** Records the task written for a claimed month. */
    public void recordTask(long recurringId, YearMonth month, long taskId) {
        entityManager.createNativeQuery("update recurring_month set task_id = :task "
                        + "where recurring_id = :recurring and month = :month")
                .setParameter("task", taskId).setParameter("recurring", recurringId)
                .setParameter("month", month.atDay(1)).executeUpdate();
    }

    private static Long number(Object column) {
        return column == null ? null : ((Number) column).longValue();
    }
}
