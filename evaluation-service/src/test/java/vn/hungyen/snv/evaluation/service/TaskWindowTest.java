package vn.hungyen.snv.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.snv.evaluation.testing.TaskEvents.assigned;
import static vn.hungyen.snv.evaluation.testing.TaskEvents.at;
import static vn.hungyen.snv.evaluation.testing.TaskEvents.dueDateChanged;
import static vn.hungyen.snv.evaluation.testing.TaskEvents.newTaskId;
import static vn.hungyen.snv.evaluation.testing.TaskEvents.next;
import static vn.hungyen.snv.evaluation.testing.TaskEvents.submitted;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.common.organisation.DemoOrganisation;
import vn.hungyen.snv.evaluation.repository.ReceivedEvent;
import vn.hungyen.snv.evaluation.repository.TaskFactRepository;
import vn.hungyen.snv.evaluation.testing.FakePlanService;

/**
 * A month reads the events of the tasks that can count in it, not every event ever received: each task's window
 * (earliest and latest due date, day accepted or cancelled) is widened by every event, in whatever order they
 * arrive. Other tests' tasks of earlier years, still open, count in these months too and are left out of the
 * comparison; the year 2990 keeps these tasks out of every other test's months, and the transaction is rolled back.
 */
@QuarkusTest
@QuarkusTestResource(FakePlanService.class)
class TaskWindowTest {

    private static final LocalDate JUNE = LocalDate.of(2990, 6, 1);

    @Inject
    TaskFactService service;

    @Inject
    TaskFactRepository facts;

    @Inject
    ObjectMapper json;

    private final Set<Long> applied = new HashSet<>();

    @Test
    @TestTransaction
    void aMonthReadsTheTasksThatCanCountInIt() throws JsonProcessingException {
        long dueInJune = assign(LocalDate.of(2990, 6, 15));
        long openSinceMarch = assign(LocalDate.of(2990, 3, 10));
        long acceptedInMarch = accepted(LocalDate.of(2990, 3, 10), LocalDate.of(2990, 3, 12));
        long acceptedInJune = accepted(LocalDate.of(2990, 4, 10), LocalDate.of(2990, 6, 3));
        long dueInJuly = assign(LocalDate.of(2990, 7, 1));
        TaskEvent june = assigned(newTaskId(), "ZZ", 1L, LocalDate.of(2990, 6, 20)).build();
        apply(june, dueDateChanged(june, 2, LocalDate.of(2990, 7, 15), false));
        TaskEvent cancelled = assigned(newTaskId(), "ZZ", 1L, LocalDate.of(2990, 3, 10)).build();
        apply(cancelled, next(cancelled, TaskEvent.Type.CANCELLED, 2).occurredAt(at(LocalDate.of(2990, 4, 1)))
                .reason("Trùng nhiệm vụ").build());

        assertThat(tasksBetween(JUNE, LocalDate.of(2990, 6, 30)))
                .containsExactlyInAnyOrder(dueInJune, openSinceMarch, acceptedInJune, june.taskId());
        // extended from June to July without an objective cause: either month may be its own; tasks still open
        // are overdue at July's cut-off, those accepted before July are not
        assertThat(tasksBetween(LocalDate.of(2990, 7, 1), LocalDate.of(2990, 7, 31)))
                .containsExactlyInAnyOrder(june.taskId(), dueInJuly, dueInJune, openSinceMarch);
    }

    @Test
    @TestTransaction
    void eventsArrivingOutOfOrderWidenTheWindowAllTheSame() throws JsonProcessingException {
        TaskEvent assignedEvent = assigned(newTaskId(), "ZZ", 1L, LocalDate.of(2990, 2, 10)).build();
        TaskEvent moved = dueDateChanged(assignedEvent, 2, LocalDate.of(2990, 5, 20), true);
        TaskEvent acceptedEvent = next(moved, TaskEvent.Type.REVIEWED, 4).submittedAt(at(LocalDate.of(2990, 5, 19)))
                .verdict("ACCEPTED").majorError(false).occurredAt(at(LocalDate.of(2990, 5, 21))).build();
        apply(acceptedEvent, submitted(moved, 3, LocalDate.of(2990, 5, 19)), moved, assignedEvent);

        assertThat(tasksBetween(LocalDate.of(2990, 2, 1), LocalDate.of(2990, 2, 28))).contains(assignedEvent.taskId());
        assertThat(tasksBetween(LocalDate.of(2990, 5, 1), LocalDate.of(2990, 5, 31))).contains(assignedEvent.taskId());
        assertThat(tasksBetween(LocalDate.of(2990, 6, 1), LocalDate.of(2990, 6, 30))).isEmpty();
    }

    @Test
    @TestTransaction
    void aMonthReadsTheTasksOfItsOrganisationOnly() throws JsonProcessingException {
        long department = assign(LocalDate.of(2990, 8, 10));
        TaskEvent myHao = assigned(newTaskId(), "MH-NV", 208L, LocalDate.of(2990, 8, 12)).build();
        TaskEvent oldWireFormat = assigned(newTaskId(), "ZZ", 1L, LocalDate.of(2990, 8, 14)).organisationCode(null)
                .build();
        apply(myHao, oldWireFormat);

        assertThat(tasksBetween(LocalDate.of(2990, 8, 1), LocalDate.of(2990, 8, 31))).containsExactly(department);
        assertThat(taskIdsBetween(DemoOrganisation.MY_HAO, LocalDate.of(2990, 8, 1), LocalDate.of(2990, 8, 31))
                .stream().filter(applied::contains)).containsExactly(myHao.taskId());
        assertThat(facts.fact(myHao.taskId()).orElseThrow().organisationCode).isEqualTo(DemoOrganisation.MY_HAO);
        assertThat(facts.fact(oldWireFormat.taskId()).orElseThrow().organisationCode).isNull();
    }

    private long assign(LocalDate due) throws JsonProcessingException {
        TaskEvent event = assigned(newTaskId(), "ZZ", 1L, due).build();
        apply(event);
        return event.taskId();
    }

    private long accepted(LocalDate due, LocalDate reviewedOn) throws JsonProcessingException {
        TaskEvent event = assigned(newTaskId(), "ZZ", 1L, due).build();
        apply(event, submitted(event, 2, due.minusDays(1)), next(event, TaskEvent.Type.REVIEWED, 3)
                .submittedAt(at(due.minusDays(1))).verdict("ACCEPTED").majorError(false).occurredAt(at(reviewedOn))
                .build());
        return event.taskId();
    }

    private void apply(TaskEvent... events) throws JsonProcessingException {
        for (TaskEvent event : events) {
            service.apply(List.of(new ReceivedEvent(event, json.writeValueAsString(event))));
            applied.add(event.taskId());
        }
    }

    /** The tasks of this test whose events the months from {@code from} to {@code cutoff} read. */
    private Set<Long> tasksBetween(LocalDate from, LocalDate cutoff) {
        return taskIdsBetween(DemoOrganisation.DEPARTMENT, from, cutoff).stream().filter(applied::contains)
                .collect(Collectors.toSet());
    }

    /** The task of every event the organisation's months from {@code from} to {@code cutoff} read, in order. */
    private List<Long> taskIdsBetween(String organisationCode, LocalDate from, LocalDate cutoff) {
        List<Long> taskIds = new ArrayList<>();
        facts.eventsOfTasksBetween(organisationCode, from, cutoff, e -> taskIds.add(e.taskId()));
        return taskIds;
    }
}
