package vn.hungyen.snv.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.evaluation.domain.Attribution;
import vn.hungyen.snv.evaluation.domain.DueDateChange;
import vn.hungyen.snv.evaluation.domain.ProductAttribution;
import vn.hungyen.snv.evaluation.domain.ScoringSettings;
import vn.hungyen.snv.evaluation.domain.Submission;
import vn.hungyen.snv.evaluation.repository.TaskFact;
import vn.hungyen.snv.evaluation.testing.TaskEvents;

/** A task's events, in any order or folded one by one, become the facts the rules read. */
class TaskProductAssemblerTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate DUE = LocalDate.of(2024, 5, 10);
    private final TaskEvent assigned = TaskEvents.assigned(42, "CCHC", 49L, DUE).build();

    @Test
    void reviewsAreMatchedToTheirSubmissionsWhateverTheArrivalOrder() {
        TaskEvent returned = TaskEvents.reviewed(assigned, 3, DUE.minusDays(2), "RETURNED", true);
        TaskEvent accepted = TaskEvents.reviewed(assigned, 5, DUE.plusDays(1), "ACCEPTED", false);

        TaskEvent firstSubmission = TaskEvents.submitted(assigned, 2, DUE.minusDays(2));
        TaskEvent secondSubmission = TaskEvents.submitted(assigned, 4, DUE.plusDays(1));

        TaskProduct product = assemble(
                List.of(accepted, returned, secondSubmission, assigned, firstSubmission), VIETNAM);

        assertThat(product.facts().submissions()).containsExactly(
                Submission.returnedForMajorError(DUE.minusDays(2)), Submission.accepted(DUE.plusDays(1)));
        assertThat(product.eventIds()).containsExactly(assigned.eventId(), firstSubmission.eventId(),
                returned.eventId(), secondSubmission.eventId(), accepted.eventId());
        Attribution attribution = new ProductAttribution(ScoringSettings.defaults())
                .attribute(product.facts(), YearMonth.from(DUE));
        assertThat(attribution.lateEvents()).isEqualTo(1);
        assertThat(attribution.qualityReturns()).isEqualTo(1);
    }

    @Test
    void theFirstDueDateStaysAndExtensionsKeepTheirCause() {
        TaskEvent moved = TaskEvents.dueDateChanged(assigned, 2, DUE.plusDays(5), false);
        TaskEvent movedAgain = TaskEvents.dueDateChanged(moved, 3, DUE.plusDays(9), true);
        TaskEvent reassigned = TaskEvents.next(movedAgain, TaskEvent.Type.ASSIGNED, 4).assigneeId(50L)
                .weight(new BigDecimal("2")).build();

        TaskProduct product = assemble(List.of(reassigned, movedAgain, moved, assigned), VIETNAM);

        assertThat(product.facts().dueDate()).isEqualTo(DUE);
        assertThat(product.facts().dueDateChanges()).containsExactly(new DueDateChange(DUE.plusDays(5), false),
                new DueDateChange(DUE.plusDays(9), true));
        assertThat(product.assigneeId()).isEqualTo(50L);
        assertThat(product.facts().weight()).isEqualByComparingTo("2");
        assertThat(product.facts().cancelled()).isFalse();
    }

    @Test
    void aCancelledTaskIsMarkedCancelled() {
        TaskEvent cancelled = TaskEvents.next(assigned, TaskEvent.Type.CANCELLED, 2).reason("Không còn cần thiết").build();

        assertThat(assemble(List.of(cancelled, assigned), VIETNAM).facts().cancelled()).isTrue();
    }

    @Test
    void aSubmissionIsDatedByTheOrganisationsWallClockNotByUtc() {
        LocalDate lastOfJanuary = LocalDate.of(2024, 1, 31);
        TaskEvent dueInJanuary = TaskEvents.assigned(43, "CCHC", 49L, lastOfJanuary).build();
        // 23:30 on 31 January in Hà Nội (16:30 UTC) and 00:30 on 1 February in Hà Nội (still 31 January in UTC).
        TaskEvent beforeMidnight = accepted(dueInJanuary, Instant.parse("2024-01-31T16:30:00Z"));
        TaskEvent afterMidnight = accepted(dueInJanuary, Instant.parse("2024-01-31T17:30:00Z"));

        TaskProduct onTime = assemble(List.of(dueInJanuary, beforeMidnight), VIETNAM);
        TaskProduct late = assemble(List.of(dueInJanuary, afterMidnight), VIETNAM);

        assertThat(onTime.facts().submissions()).extracting(Submission::submittedOn).containsExactly(lastOfJanuary);
        assertThat(late.facts().submissions()).extracting(Submission::submittedOn)
                .containsExactly(LocalDate.of(2024, 2, 1));
        // Without grace days (the default), January's cut-off is 31 January: the late product is not done in January.
        ProductAttribution attribution = new ProductAttribution(ScoringSettings.defaults());
        Attribution inTime = attribution.attribute(onTime.facts(), YearMonth.of(2024, 1));
        assertThat(inTime.completed()).isTrue();
        assertThat(inTime.lateEvents()).isZero();
        assertThat(attribution.attribute(late.facts(), YearMonth.of(2024, 1)).completed()).isFalse();
    }

    /**
     * The consumer folds each event into the stored fact as it arrives; in sequence order that gives the product
     * assembling all the events gives, one event at a time as from one at once.
     */
    @Test
    void foldingEventsOneByOneInSequenceOrderGivesTheProductOfAllOfThem() {
        List<TaskEvent> events = lifeOfATask();
        TaskFact fact = TaskProductAssembler.newFact(assigned.taskId());

        List<TaskProduct> afterEach = new ArrayList<>();
        for (TaskEvent event : events) {
            assertThat(TaskProductAssembler.fold(fact, event, VIETNAM)).isTrue();
            afterEach.add(TaskProductAssembler.product(fact, VIETNAM));
        }

        for (int i = 0; i < events.size(); i++) {
            assertThat(afterEach.get(i)).isEqualTo(assemble(events.subList(0, i + 1), VIETNAM));
        }
        TaskProduct product = afterEach.get(events.size() - 1);
        assertThat(product.facts().dueDate()).isEqualTo(DUE);
        assertThat(product.facts().dueDateChanges()).containsExactly(new DueDateChange(DUE.plusDays(3), true));
        assertThat(product.facts().submissions()).containsExactly(Submission.returnedForMajorError(DUE.plusDays(1)),
                Submission.accepted(DUE.plusDays(2)));
        assertThat(product.title()).isEqualTo(assigned.title());
        assertThat(product.eventIds()).containsExactlyElementsOf(events.stream().map(TaskEvent::eventId).toList());
        assertThat(fact.sequence).isEqualTo(6);
        assertThat(fact.closedOn).isEqualTo(LocalDate.ofInstant(events.get(5).occurredAt(), VIETNAM));
    }

    /** An event older than those a fact holds cannot be folded into it: the fact is left for folding again. */
    @Test
    void anOlderEventIsNotFoldedIntoANewerFactNorIntoOneNeverFolded() {
        List<TaskEvent> events = lifeOfATask();
        TaskFact fact = TaskProductAssembler.newFact(assigned.taskId());
        TaskProductAssembler.fold(fact, events.get(0), VIETNAM);
        TaskProductAssembler.fold(fact, events.get(2), VIETNAM);
        TaskProduct before = TaskProductAssembler.product(fact, VIETNAM);

        assertThat(TaskProductAssembler.fold(fact, events.get(1), VIETNAM)).isFalse();
        assertThat(TaskProductAssembler.product(fact, VIETNAM)).isEqualTo(before);

        TaskFact neverFolded = new TaskFact();
        neverFolded.taskId = assigned.taskId();
        neverFolded.sequence = 1;
        assertThat(TaskProductAssembler.fold(neverFolded, events.get(1), VIETNAM)).isFalse();
        assertThat(neverFolded.eventIds).isNull();
    }

    /** Assigned, extended for an objective cause, submitted, returned for a major error, submitted again, accepted. */
    private List<TaskEvent> lifeOfATask() {
        TaskEvent extended = TaskEvents.dueDateChanged(assigned, 2, DUE.plusDays(3), true);
        TaskEvent submitted = TaskEvents.submitted(extended, 3, DUE.plusDays(1));
        TaskEvent returned = TaskEvents.reviewed(extended, 4, DUE.plusDays(1), "RETURNED", true);
        TaskEvent again = TaskEvents.submitted(extended, 5, DUE.plusDays(2));
        TaskEvent accepted = TaskEvents.reviewed(extended, 6, DUE.plusDays(2), "ACCEPTED", false);
        return List.of(assigned, extended, submitted, returned, again, accepted);
    }

    /** The product of one task from all its {@code events}, in any order: folded, then read from the fact. */
    private static TaskProduct assemble(List<TaskEvent> events, ZoneId zone) {
        return TaskProductAssembler.product(TaskProductAssembler.folded(events, zone), zone);
    }

    private static TaskEvent accepted(TaskEvent assigned, Instant submittedAt) {
        return TaskEvents.next(assigned, TaskEvent.Type.REVIEWED, 3).submittedAt(submittedAt).verdict("ACCEPTED")
                .majorError(false).build();
    }
}
