package vn.hungyen.snv.evaluation.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.evaluation.domain.DueDateChange;
import vn.hungyen.snv.evaluation.domain.ProductFacts;
import vn.hungyen.snv.evaluation.domain.Submission;

/**
 * Folds one task's events into the facts scoring-hy540 §2 reads, in sequence order, whatever order they
 * arrived in: the first due date, every extension with its objective-cause mark, every submission with the
 * verdict of its review (matched by the submission's time), cancellation. Reviews never carry a date into
 * the facts: reviewer delay never makes an officer late. The task's catalogue item is the one its events name.
 */
final class TaskProductAssembler {

    private TaskProductAssembler() {
    }

    /**
     * The task's product; {@code events} are all of one task, in any order, each id once. Submission times become
     * dates in {@code zone}, the organisation's.
     */
    static TaskProduct assemble(List<TaskEvent> events, ZoneId zone) {
        List<TaskEvent> ordered = events.stream().sorted(Comparator.comparingLong(TaskEvent::sequence)).toList();
        TaskEvent first = ordered.get(0);
        TaskEvent newest = ordered.get(ordered.size() - 1);
        LocalDate firstDueDate = TaskEvent.Type.DUE_DATE_CHANGED.equals(first.type()) && first.previousDueDate() != null
                ? first.previousDueDate()
                : first.dueDate();
        String title = null;
        Long planItemId = null;
        boolean cancelled = false;
        List<DueDateChange> changes = new ArrayList<>();
        Map<Instant, Submission> submissions = new LinkedHashMap<>();
        for (TaskEvent event : ordered) {
            if (event.title() != null) {
                title = event.title();
            }
            if (event.planItemId() != null) {
                planItemId = event.planItemId();
            }
            switch (event.type()) {
                case TaskEvent.Type.DUE_DATE_CHANGED ->
                        changes.add(new DueDateChange(event.dueDate(), Boolean.TRUE.equals(event.objectiveCause())));
                case TaskEvent.Type.SUBMITTED -> {
                    if (event.submittedAt() != null) {
                        submissions.putIfAbsent(event.submittedAt(), new Submission(LocalDate.ofInstant(event.submittedAt(), zone),
                                Submission.Verdict.PENDING, false, false));
                    }
                }
                case TaskEvent.Type.REVIEWED -> {
                    if (event.submittedAt() != null && event.verdict() != null) {
                        submissions.put(event.submittedAt(), new Submission(LocalDate.ofInstant(event.submittedAt(), zone),
                                Submission.Verdict.valueOf(event.verdict()), Boolean.TRUE.equals(event.majorError()),
                                false));
                    }
                }
                case TaskEvent.Type.CANCELLED -> cancelled = true;
                default -> {
                    // TaskAssigned and types of later versions carry no scoring fact beyond the common fields.
                }
            }
        }
        BigDecimal weight = newest.weight() == null ? BigDecimal.ONE : newest.weight();
        ProductFacts facts = new ProductFacts(TaskProduct.productId(newest.taskId()), firstDueDate, weight, cancelled,
                changes, List.copyOf(submissions.values()), false);
        return new TaskProduct(newest.taskId(), title, newest.unitCode(), newest.assigneeId(), planItemId, facts,
                ordered.stream().map(TaskEvent::eventId).toList());
    }
}
