package vn.hungyen.snv.evaluation.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.evaluation.domain.DueDateChange;
import vn.hungyen.snv.evaluation.domain.ProductFacts;
import vn.hungyen.snv.evaluation.domain.Submission;
import vn.hungyen.snv.evaluation.repository.TaskFact;
import vn.hungyen.snv.evaluation.repository.UuidList;

/**
 * Folds one task's events into its stored fact, in sequence order, and reads the task's product from the fact: the
 * facts scoring-hy540 §2 reads. The fold takes the first due date, every extension with its objective-cause mark,
 * every submission with the verdict of its latest review (matched by the submission's time), cancellation; the newest
 * event gives the task's current state, and every event widens its window of months. Reviews never carry a date into
 * the facts: reviewer delay never makes an officer late. The task's catalogue item and wording are the newest that
 * its events name.
 */
final class TaskProductAssembler {

    private TaskProductAssembler() {
    }

    /** The fact of a task none of whose events has been folded yet. */
    static TaskFact newFact(long taskId) {
        TaskFact fact = new TaskFact();
        fact.taskId = taskId;
        fact.sequence = Long.MIN_VALUE;
        fact.extensionDueDates = new ArrayList<>();
        fact.extensionObjective = new ArrayList<>();
        fact.submittedAt = new ArrayList<>();
        fact.submissionVerdicts = new ArrayList<>();
        fact.submissionMajorErrors = new ArrayList<>();
        fact.eventIds = new ArrayList<>();
        return fact;
    }

    /**
     * Folds {@code event} into {@code fact} (its fields' lists must be modifiable) when the fact holds the task's
     * events before it: the fact was folded ({@code eventIds} not null) and the event is not older than its newest.
     * Otherwise it changes nothing and answers false: the caller folds the task again from all its events
     * ({@link #folded}). Acceptance and cancellation days are taken in {@code zone}, the organisation's.
     */
    static boolean fold(TaskFact fact, TaskEvent event, ZoneId zone) {
        if (fact.eventIds == null || event.sequence() < fact.sequence) {
            return false;
        }
        fact.widen(event.dueDate(), closes(event) ? LocalDate.ofInstant(event.occurredAt(), zone) : null);
        if (fact.eventIds.isEmpty()) {
            fact.initialDueDate = TaskEvent.Type.DUE_DATE_CHANGED.equals(event.type())
                    && event.previousDueDate() != null ? event.previousDueDate() : event.dueDate();
        }
        switch (event.type()) {
            case TaskEvent.Type.DUE_DATE_CHANGED -> {
                fact.extensionDueDates.add(event.dueDate());
                fact.extensionObjective.add(Boolean.TRUE.equals(event.objectiveCause()));
            }
            case TaskEvent.Type.SUBMITTED -> {
                if (event.submittedAt() != null && !fact.submittedAt.contains(event.submittedAt())) {
                    addSubmission(fact, event, Submission.Verdict.PENDING.name(), false);
                }
            }
            case TaskEvent.Type.REVIEWED -> {
                if (event.submittedAt() != null && event.verdict() != null) {
                    int seen = fact.submittedAt.indexOf(event.submittedAt());
                    if (seen < 0) {
                        addSubmission(fact, event, event.verdict(), Boolean.TRUE.equals(event.majorError()));
                    } else {
                        fact.submissionVerdicts.set(seen, event.verdict());
                        fact.submissionMajorErrors.set(seen, Boolean.TRUE.equals(event.majorError()));
                    }
                }
            }
            case TaskEvent.Type.CANCELLED -> fact.cancelled = true;
            default -> {
                // TaskAssigned and types of later versions carry no scoring fact beyond the common fields.
            }
        }
        fact.eventIds.add(event.eventId());
        takeState(fact, event);
        return true;
    }

    /** The fact of one task folded from all its {@code events}, given in any order, each id once. */
    static TaskFact folded(List<TaskEvent> events, ZoneId zone) {
        List<TaskEvent> ordered = events.stream().sorted(Comparator.comparingLong(TaskEvent::sequence)).toList();
        TaskFact fact = newFact(ordered.get(0).taskId());
        for (TaskEvent event : ordered) {
            fold(fact, event, zone);
        }
        return fact;
    }

    /**
     * The task's product as its folded {@code fact} holds it; submission times become dates in {@code zone}. The
     * weight has two decimals, as stored (NUMERIC(6, 2) in task-service and here), whichever way the fact was folded.
     */
    static TaskProduct product(TaskFact fact, ZoneId zone) {
        List<DueDateChange> changes = new ArrayList<>(fact.extensionDueDates.size());
        for (int i = 0; i < fact.extensionDueDates.size(); i++) {
            changes.add(new DueDateChange(fact.extensionDueDates.get(i), fact.extensionObjective.get(i)));
        }
        List<Submission> submissions = new ArrayList<>(fact.submittedAt.size());
        for (int i = 0; i < fact.submittedAt.size(); i++) {
            submissions.add(new Submission(LocalDate.ofInstant(fact.submittedAt.get(i), zone),
                    Submission.Verdict.valueOf(fact.submissionVerdicts.get(i)), fact.submissionMajorErrors.get(i),
                    false));
        }
        BigDecimal weight = (fact.weight == null ? BigDecimal.ONE : fact.weight).setScale(2, RoundingMode.HALF_UP);
        ProductFacts facts = new ProductFacts(TaskProduct.productId(fact.taskId), fact.initialDueDate, weight,
                fact.cancelled, changes, submissions, false);
        return new TaskProduct(fact.taskId, fact.title, fact.unitCode, fact.assigneeId, fact.planItemId, facts,
                UuidList.copyOf(fact.eventIds));
    }

    private static void addSubmission(TaskFact fact, TaskEvent event, String verdict, boolean majorError) {
        fact.submittedAt.add(event.submittedAt());
        fact.submissionVerdicts.add(verdict);
        fact.submissionMajorErrors.add(majorError);
    }

    /** The task's current state, from its newest event. */
    private static void takeState(TaskFact fact, TaskEvent event) {
        fact.sequence = event.sequence();
        if (event.planItemId() != null) {
            fact.planItemId = event.planItemId();
        }
        if (event.title() != null) {
            fact.title = event.title();
        }
        if (event.organisationCode() != null) {
            fact.organisationCode = event.organisationCode();
        }
        fact.unitCode = event.unitCode();
        fact.assigneeId = event.assigneeId();
        fact.dueDate = event.dueDate();
        fact.weight = event.weight();
        fact.lastType = event.type();
    }

    /** An acceptance or a cancellation: the task is closed from that day on. */
    private static boolean closes(TaskEvent event) {
        return TaskEvent.Type.CANCELLED.equals(event.type())
                || TaskEvent.Type.REVIEWED.equals(event.type()) && "ACCEPTED".equals(event.verdict());
    }
}
