package vn.hungyen.snv.task.repository;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.hungyen.snv.task.domain.ReviewVerdict;

/** What a results report reads of the tasks, always through the caller's scope. */
@ApplicationScoped
public class ReportRepository {

    /**
     * The top-level, non-cancelled tasks of these catalogue items due from {@code from} to {@code to} (both included)
     * within the scope, in due-date order: the tasks {@code /api/tasks/progress} counts.
     */
    public List<Task> tasksDue(Collection<Long> planItemIds, LocalDate from, LocalDate to,
            TaskRepository.Scope scope) {
        if (planItemIds.isEmpty()) {
            return List.of();
        }
        Parameters parameters = Parameters.with("planItems", planItemIds).and("from", from).and("to", to);
        String where = "planItemId in :planItems and parentId is null and status <> "
                + "vn.hungyen.snv.task.domain.TaskStatus.CANCELLED and dueDate >= :from and dueDate <= :to and "
                + TaskRepository.within(scope, parameters);
        return Task.list(where, Sort.by("dueDate").and("id"), parameters);
    }

    /** The accepted submissions (the products) of these tasks, by task id, oldest first. */
    public Map<Long, List<TaskSubmission>> acceptedProducts(Collection<Long> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        List<TaskSubmission> accepted = TaskSubmission.list("taskId in ?1 and verdict = ?2", Sort.by("id"), taskIds,
                ReviewVerdict.ACCEPTED);
        return accepted.stream().collect(Collectors.groupingBy(s -> s.taskId));
    }
}
