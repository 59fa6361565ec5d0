package vn.hungyen.snv.task.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.util.List;

/** Recurring assignments and the months they have produced a task for. */
@ApplicationScoped
public class RecurringRepository {

    private final EntityManager entityManager;

    RecurringRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The recurring assignments that produce a task in this month. */
    public List<RecurringAssignment> startedBy(YearMonth month) {
        return RecurringAssignment.list("firstMonth <= ?1 order by id", month.atDay(1));
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
}
