package vn.hungyen.snv.evaluation.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.hungyen.snv.evaluation.domain.ProductFacts;

/**
 * One task as scoring reads it, rebuilt from its stored events: who it belongs to, the facts of
 * scoring-hy540 §2, and the events they came from.
 *
 * @param taskId     the task
 * @param title      its wording, when an event carried it
 * @param unitCode   the responsible unit, as of the newest event
 * @param assigneeId the officer carrying it out, as of the newest event; null for a unit's own task
 * @param planItemId the catalogue item it comes from, as its newest event naming one says; null for work outside the
 *                   catalogue
 * @param facts      due date, weight, extensions, submissions and verdicts, cancellation
 * @param eventIds   the events applied, in sequence order
 */
public record TaskProduct(long taskId, String title, String unitCode, Long assigneeId, Long planItemId,
        ProductFacts facts, List<UUID> eventIds) {

    /** This task with an approved exemption (scoring-hy540 §1, §2). */
    public TaskProduct exempted() {
        return new TaskProduct(taskId, title, unitCode, assigneeId, planItemId, facts.exempted(), eventIds);
    }

    /** This task as if done on time: accepted on its rated due date (an unfinished month's projection). */
    public TaskProduct doneOnTime() {
        return new TaskProduct(taskId, title, unitCode, assigneeId, planItemId, facts.doneOnTime(), eventIds);
    }

    /**
     * {@code tasks} (in task-id order) with the tasks of {@code changed} taken out and {@code rebuilt} (the changed
     * ones that still count, in task-id order) put in their places: what reading all the tasks again would give.
     */
    static List<TaskProduct> replaced(List<TaskProduct> tasks, Set<Long> changed, List<TaskProduct> rebuilt) {
        List<TaskProduct> merged = new ArrayList<>(tasks.size() + rebuilt.size());
        int next = 0;
        for (TaskProduct task : tasks) {
            for (; next < rebuilt.size() && rebuilt.get(next).taskId() < task.taskId(); next++) {
                merged.add(rebuilt.get(next));
            }
            if (!changed.contains(task.taskId())) {
                merged.add(task);
            }
        }
        merged.addAll(rebuilt.subList(next, rebuilt.size()));
        return Collections.unmodifiableList(merged);
    }

    /** The product id the rules use for this task. */
    public static String productId(long taskId) {
        return "task-" + taskId;
    }
}
