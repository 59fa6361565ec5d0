package vn.hungyen.snv.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hungyen.snv.evaluation.testing.TaskEvents.assigned;
import static vn.hungyen.snv.evaluation.testing.TaskEvents.dueDateChanged;
import static vn.hungyen.snv.evaluation.testing.TaskEvents.newTaskId;
import static vn.hungyen.snv.evaluation.testing.TaskEvents.next;
import static vn.hungyen.snv.evaluation.testing.TaskEvents.reviewed;
import static vn.hungyen.snv.evaluation.testing.TaskEvents.submitted;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.evaluation.domain.Submission;
import vn.hungyen.snv.evaluation.repository.ReceivedEvent;
import vn.hungyen.snv.evaluation.repository.TaskFact;
import vn.hungyen.snv.evaluation.repository.TaskFactRepository;
import vn.hungyen.snv.evaluation.testing.FakePlanService;

/**
 * The consumer's batch transaction against the real database: a batch stores each event id once and folds its new
 * events into their tasks' facts in order, whatever the batch repeats, whatever an earlier batch already applied,
 * and even when two consumers apply overlapping batches at the same time.
 */
@QuarkusTest
@QuarkusTestResource(FakePlanService.class)
class BatchApplyTest {

    private static final LocalDate DUE = LocalDate.of(2991, 3, 20);

    @Inject
    TaskFactService service;

    @Inject
    ObjectMapper json;

    @Inject
    TaskProducts products;

    @Inject
    TaskFactRepository facts;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Test
    void aBatchWithARepeatedEventAppliesItOnce() {
        TaskEvent first = assigned(newTaskId(), "CCHC", 49L, DUE).build();
        TaskEvent moved = dueDateChanged(first, 2, DUE.plusDays(5), true);
        TaskEvent done = submitted(moved, 3, DUE.plusDays(4));

        int applied = service.apply(batch(first, moved, first, done, moved));

        assertThat(applied).isEqualTo(3);
        TaskFactService.TaskHistory history = history(first.taskId());
        assertThat(history.events()).extracting(e -> e.eventId)
                .containsExactly(first.eventId(), moved.eventId(), done.eventId());
        assertThat(history.fact().sequence).isEqualTo(3);
        assertThat(history.fact().lastType).isEqualTo(TaskEvent.Type.SUBMITTED);
        assertThat(history.fact().dueDate).isEqualTo(DUE.plusDays(5));
        assertThat(history.fact().firstDueDate).isEqualTo(DUE);
        assertThat(history.fact().lastDueDate).isEqualTo(DUE.plusDays(5));
    }

    /**
     * The batch's columns travel as binary arrays: empty fields stay empty (not the text "null"), Vietnamese text,
     * quotes and backslashes in the payload arrive unchanged, and a fractional weight keeps its value.
     */
    @Test
    void aBatchStoresEmptyFieldsTextAndFractionalWeightsExactly() {
        TaskEvent bare = assigned(newTaskId(), "CCHC", null, DUE).title(null).weight(new BigDecimal("1.25")).build();
        Instant occurred = Instant.parse("2024-03-04T05:06:07.123456Z"); // PostgreSQL keeps microseconds
        TaskEvent quoted = assigned(newTaskId(), "VP", 8L, DUE).planItemId(17L)
                .title("Báo cáo \"quý I\" \\ tổng hợp").occurredAt(occurred).build();

        service.apply(batch(bare, quoted));

        TaskFact bareFact = history(bare.taskId()).fact();
        assertThat(bareFact.assigneeId).isNull();
        assertThat(bareFact.title).isNull();
        assertThat(bareFact.planItemId).isNull();
        assertThat(bareFact.closedOn).isNull();
        assertThat(bareFact.weight).isEqualByComparingTo("1.25");
        TaskFactService.TaskHistory quotedHistory = history(quoted.taskId());
        assertThat(quotedHistory.fact().title).isEqualTo("Báo cáo \"quý I\" \\ tổng hợp");
        assertThat(quotedHistory.fact().planItemId).isEqualTo(17L);
        assertThat(quotedHistory.events().get(0).payload).isEqualTo(batch(quoted).get(0).payload());
        assertThat(quotedHistory.events().get(0).occurredAt).isEqualTo(occurred);
    }

    @Test
    void aBatchKeepsEachTasksOrderAmongOtherTasksEvents() {
        TaskEvent a = assigned(newTaskId(), "CCHC", 49L, DUE).build();
        TaskEvent b = assigned(newTaskId(), "VP", 8L, DUE.plusDays(1)).build();
        TaskEvent aAccepted = reviewed(a, 2, DUE, "ACCEPTED", false);
        TaskEvent bMoved = dueDateChanged(b, 2, DUE.plusDays(9), false);
        // an older event of a arriving after its newer one does not take the task's state back
        TaskEvent aLate = next(a, TaskEvent.Type.DUE_DATE_CHANGED, 1).dueDate(DUE.minusDays(3)).previousDueDate(DUE)
                .objectiveCause(true).reason("Chờ số liệu").build();

        service.apply(batch(a, b, aAccepted, bMoved, aLate));

        TaskFact factA = history(a.taskId()).fact();
        assertThat(factA.lastType).isEqualTo(TaskEvent.Type.REVIEWED);
        assertThat(factA.dueDate).isEqualTo(DUE);
        assertThat(factA.firstDueDate).isEqualTo(DUE.minusDays(3));
        assertThat(factA.closedOn).isNotNull();
        TaskFact factB = history(b.taskId()).fact();
        assertThat(factB.unitCode).isEqualTo("VP");
        assertThat(factB.dueDate).isEqualTo(DUE.plusDays(9));
        assertThat(factB.sequence).isEqualTo(2);
    }

    /**
     * A crash after a batch was applied but before its offsets were committed: Kafka hands the records again, in a
     * batch of its own cut that overlaps the next one. Nothing is applied twice and the task ends in its newest state.
     */
    @Test
    void aBatchReadAgainAfterACrashChangesNothingAndTheNextOneGoesOn() {
        TaskEvent first = assigned(newTaskId(), "CCHC", 50L, DUE).build();
        TaskEvent second = submitted(first, 2, DUE.minusDays(1));
        TaskEvent third = reviewed(first, 3, DUE.minusDays(1), "RETURNED", true);
        TaskEvent fourth = submitted(first, 4, DUE.plusDays(2));
        TaskEvent fifth = reviewed(first, 5, DUE.plusDays(2), "ACCEPTED", false);

        assertThat(service.apply(batch(first, second, third))).isEqualTo(3);
        assertThat(service.apply(batch(second, third, fourth, fifth))).isEqualTo(2);

        TaskFactService.TaskHistory history = history(first.taskId());
        assertThat(history.events()).extracting(e -> e.sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(history.fact().lastType).isEqualTo(TaskEvent.Type.REVIEWED);
        assertThat(history.fact().sequence).isEqualTo(5);
    }

    /** A failure inside a batch (here the database refuses a unit code) leaves nothing of that batch behind. */
    @Test
    void aBatchThatFailsInTheDatabaseLeavesNothingAndIsAppliedWholeWhenReadAgain() {
        TaskEvent good = assigned(newTaskId(), "CCHC", 49L, DUE).build();
        TaskEvent refused = assigned(newTaskId(), "A-UNIT-CODE-LONGER-THAN-THE-COLUMN", 49L, DUE).build();

        assertThatThrownBy(() -> service.apply(batch(good, refused))).isInstanceOf(RuntimeException.class);
        assertThat(QuarkusTransaction.requiringNew().call(() -> service.task(good.taskId()))).isEmpty();

        TaskEvent later = submitted(good, 2, DUE);
        assertThat(service.apply(batch(good, later))).isEqualTo(2);
        assertThat(history(good.taskId()).fact().sequence).isEqualTo(2);
    }

    /**
     * Two consumers of one group while partitions move: for a moment both hold the same records and apply
     * overlapping batches at once. Every event is stored once and each task ends in the state of its newest event.
     */
    @Test
    void twoConsumersApplyingOverlappingBatchesAtOnceStoreEachEventOnce() throws Exception {
        List<TaskEvent> events = new ArrayList<>();
        List<Long> tasks = new ArrayList<>();
        for (int t = 0; t < 40; t++) {
            TaskEvent a = assigned(newTaskId(), "CCHC", 49L, DUE.plusDays(t % 7)).build();
            tasks.add(a.taskId());
            events.add(a);
            events.add(submitted(a, 2, DUE));
            events.add(reviewed(a, 3, DUE, "ACCEPTED", false));
        }
        List<TaskEvent> left = events.subList(0, 90);
        List<TaskEvent> right = events.subList(30, 120);
        ExecutorService consumers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> done = consumers.invokeAll(List.<Callable<Integer>>of(
                    () -> service.apply(batch(left)), () -> service.apply(batch(right))));
            assertThat(done.get(0).get() + done.get(1).get()).isEqualTo(120);
        } finally {
            consumers.shutdown();
        }
        for (long taskId : tasks) {
            TaskFactService.TaskHistory history = history(taskId);
            assertThat(history.events()).extracting(e -> e.sequence).containsExactly(1L, 2L, 3L);
            assertThat(history.fact().sequence).isEqualTo(3);
            assertThat(history.fact().lastType).isEqualTo(TaskEvent.Type.REVIEWED);
        }
    }

    /**
     * The consumer folds each task's product into its fact as the events arrive, batch after batch. An event older
     * than the fact's newest (here the second submission, delayed) has the task folded again from all its stored
     * events. A month reads the product that all the events give, in sequence order.
     */
    @Test
    void eachTasksProductIsFoldedAsItsEventsArriveAndAgainWhenAnOlderOneComesLate() {
        TaskEvent first = assigned(newTaskId(), "CCHC", 49L, DUE).build();
        TaskEvent moved = dueDateChanged(first, 2, DUE.plusDays(5), true);
        TaskEvent done = submitted(moved, 3, DUE.plusDays(4));
        TaskEvent returned = reviewed(moved, 4, DUE.plusDays(4), "RETURNED", true);
        TaskEvent again = submitted(moved, 5, DUE.plusDays(6));
        TaskEvent accepted = reviewed(moved, 6, DUE.plusDays(6), "ACCEPTED", false);

        service.apply(batch(first, moved));
        service.apply(batch(done, returned, accepted));
        assertThat(monthProduct(first)).isEqualTo(assembled(first, moved, done, returned, accepted));

        service.apply(batch(again));

        TaskProduct product = monthProduct(first);
        assertThat(product).isEqualTo(assembled(first, moved, done, returned, again, accepted));
        assertThat(product.eventIds()).containsExactly(first.eventId(), moved.eventId(), done.eventId(),
                returned.eventId(), again.eventId(), accepted.eventId());
        assertThat(product.facts().submissions()).containsExactly(
                Submission.returnedForMajorError(DUE.plusDays(4)), Submission.accepted(DUE.plusDays(6)));
        TaskFact stored = history(first.taskId()).fact();
        assertThat(stored.eventIds).hasSize(6);
        assertThat(stored.extensionDueDates).containsExactly(DUE.plusDays(5));
        assertThat(stored.extensionObjective).containsExactly(true);
        assertThat(stored.submittedAt).containsExactly(done.submittedAt(), again.submittedAt());
    }

    /**
     * A fact stored before products were folded (migration V15 leaves them empty): a month reads its product from its
     * events, and its next event has it folded from all of them.
     */
    @Test
    void aFactStoredBeforeFoldingIsReadFromItsEventsAndFoldedAtItsNextEvent() {
        TaskEvent first = assigned(newTaskId(), "CCHC", 49L, DUE).build();
        TaskEvent done = submitted(first, 2, DUE.minusDays(1));
        service.apply(batch(first, done));
        unfold(first.taskId());

        assertThat(monthProduct(first)).isEqualTo(assembled(first, done));

        TaskEvent accepted = reviewed(first, 3, DUE.minusDays(1), "ACCEPTED", false);
        service.apply(batch(accepted));
        assertThat(history(first.taskId()).fact().eventIds)
                .containsExactly(first.eventId(), done.eventId(), accepted.eventId());
        assertThat(monthProduct(first)).isEqualTo(assembled(first, done, accepted));
    }

    /**
     * Facts not folded are folded from their events a limited number at a time, each round going on after the last
     * task the one before took (what the service does in the background at start).
     */
    @Test
    void factsNotFoldedAreFoldedAFewAtATimeFromTheirEvents() {
        List<TaskEvent[]> tasks = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            TaskEvent first = assigned(newTaskId(), "VP", 8L, DUE).build();
            tasks.add(new TaskEvent[] {first, submitted(first, 2, DUE), reviewed(first, 3, DUE, "ACCEPTED", false)});
        }
        tasks.forEach(events -> service.apply(batch(events)));
        tasks.forEach(events -> unfold(events[0].taskId()));
        long before = tasks.get(0)[0].taskId() - 1;

        long last = service.foldUnfolded(before, 2);

        assertThat(last).isEqualTo(tasks.get(1)[0].taskId());
        assertThat(history(tasks.get(2)[0].taskId()).fact().eventIds).isNull();
        assertThat(service.foldUnfolded(last, 2)).isEqualTo(tasks.get(2)[0].taskId());
        for (TaskEvent[] events : tasks) {
            assertThat(history(events[0].taskId()).fact().eventIds)
                    .containsExactly(events[0].eventId(), events[1].eventId(), events[2].eventId());
            assertThat(monthProduct(events[0])).isEqualTo(assembled(events));
        }
    }

    /**
     * A month's whole window is read in two halves of the task ids at once, the upper one on a connection of its own:
     * every task of the window (this test's, and the open ones of other tests' earlier years) comes once, in task-id
     * order, with the product a read of those tasks by id gives. The lowest and the highest task ids of the table are
     * this test's, so each half holds some of its tasks.
     */
    @Test
    void aWindowReadInTwoHalvesHandsOnEachTaskOnceInTaskIdOrder() {
        LocalDate due = LocalDate.of(2993, 5, 10);
        List<TaskEvent[]> tasks = new ArrayList<>();
        long[] taskIds = {1 + newTaskId() % 1000, newTaskId(), newTaskId(), 9_000_000_000L + newTaskId()};
        for (long taskId : taskIds) {
            TaskEvent first = assigned(taskId, "CCHC", 49L, due).build();
            tasks.add(new TaskEvent[] {first, submitted(first, 2, due.minusDays(1))});
        }
        tasks.forEach(events -> service.apply(batch(events)));
        List<Long> ids = tasks.stream().map(events -> events[0].taskId()).sorted().toList();
        String organisation = tasks.get(0)[0].organisationCode();

        List<Long> handedOn = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> facts.factsBetween(organisation, due.withDayOfMonth(1),
                due.plusMonths(1), null, fact -> handedOn.add(fact.taskId)));
        List<TaskProduct> window = QuarkusTransaction.requiringNew().call(() -> products.between(organisation,
                due.withDayOfMonth(1), due.plusMonths(1), null));

        assertThat(handedOn).containsAll(ids).isSorted().doesNotHaveDuplicates();
        assertThat(window).extracting(TaskProduct::taskId).isEqualTo(handedOn);
        assertThat(window).isEqualTo(QuarkusTransaction.requiringNew().call(() -> products.between(organisation,
                due.withDayOfMonth(1), due.plusMonths(1), handedOn)));
    }

    /**
     * A transaction that has written reads its window on its own connection: it sees its own facts, which a second
     * connection would not, the highest task id of the table among them.
     */
    @Test
    void aTransactionThatHasWrittenReadsItsOwnFactsInItsWindow() {
        LocalDate due = LocalDate.of(2995, 7, 15);
        TaskEvent stored = assigned(newTaskId(), "VP", 8L, due).build();
        TaskEvent written = assigned(9_500_000_000L + newTaskId(), "VP", 8L, due).build();
        service.apply(batch(stored));

        List<Long> seen = new ArrayList<>();
        QuarkusTransaction.begin();
        try {
            service.apply(batch(written));
            facts.factsBetween(stored.organisationCode(), due.withDayOfMonth(1), due.plusMonths(1), null,
                    fact -> seen.add(fact.taskId));
        } finally {
            QuarkusTransaction.rollback();
        }

        assertThat(seen).contains(stored.taskId(), written.taskId()).isSorted();
        assertThat(QuarkusTransaction.requiringNew().call(() -> service.task(written.taskId()))).isEmpty();
    }

    /** The fact of the task as migration V15 leaves a fact stored before it: not folded. */
    private void unfold(long taskId) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                update task_fact set initial_due_date = null, cancelled = false, extension_due_dates = null,
                    extension_objective = null, submitted_at = null, submission_verdicts = null,
                    submission_major_errors = null, event_ids = null
                where task_id = ?1""").setParameter(1, taskId).executeUpdate());
        assertThat(history(taskId).fact().eventIds).isNull();
    }

    /** The task as a month of its due date reads it. */
    private TaskProduct monthProduct(TaskEvent event) {
        List<TaskProduct> read = QuarkusTransaction.requiringNew().call(() -> products.between(
                event.organisationCode(), DUE.withDayOfMonth(1), DUE.plusMonths(1), List.of(event.taskId())));
        assertThat(read).hasSize(1);
        return read.get(0);
    }

    private TaskProduct assembled(TaskEvent... events) {
        return TaskProductAssembler.product(TaskProductAssembler.folded(List.of(events), clock.getZone()),
                clock.getZone());
    }

    private TaskFactService.TaskHistory history(long taskId) {
        return QuarkusTransaction.requiringNew().call(() -> service.task(taskId)).orElseThrow();
    }

    private List<ReceivedEvent> batch(TaskEvent... events) {
        return batch(List.of(events));
    }

    private List<ReceivedEvent> batch(List<TaskEvent> events) {
        return events.stream().map(e -> {
            try {
                return new ReceivedEvent(e, json.writeValueAsString(e));
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException(ex);
            }
        }).toList();
    }
}
