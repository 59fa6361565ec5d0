package vn.hungyen.snv.evaluation.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.evaluation.repository.StoredEvent;
import vn.hungyen.snv.evaluation.repository.TaskFact;
import vn.hungyen.snv.evaluation.repository.TaskFactRepository;

/**
 * The organisation's tasks as scoring reads them ({@link TaskProduct}): from the facts the consumer folded, one row a
 * task; from the stored events where a fact was not folded (stored before migration V15) and where a publication's
 * inputs are replayed (the events received by a time). Both go through {@link TaskProductAssembler}.
 */
@ApplicationScoped
class TaskProducts {

    private final TaskFactRepository facts;
    private final ObjectMapper json;
    private final ZoneId zone;

    TaskProducts(TaskFactRepository facts, ObjectMapper json, Clock clock) {
        this.facts = facts;
        this.json = json;
        this.zone = clock.getZone();
    }

    /**
     * The tasks of the organisation that can count between {@code from} and {@code cutoff}
     * ({@link TaskFactRepository#factsBetween}), of those among {@code taskIds} only unless null, in task-id order.
     */
    List<TaskProduct> between(String organisationCode, LocalDate from, LocalDate cutoff, Collection<Long> taskIds) {
        List<TaskProduct> tasks = new ArrayList<>();
        List<Long> unfolded = new ArrayList<>();
        facts.factsBetween(organisationCode, from, cutoff, taskIds, fact -> {
            if (fact.eventIds == null) {
                unfolded.add(fact.taskId);
            } else {
                tasks.add(TaskProductAssembler.product(fact, zone));
            }
        });
        if (!unfolded.isEmpty()) {
            refolded(unfolded).forEach(fact -> tasks.add(TaskProductAssembler.product(fact, zone)));
            tasks.sort(Comparator.comparingLong(TaskProduct::taskId));
        }
        return tasks;
    }

    /** As {@link #between}, from the stored events received by {@code receivedBy}: a publication's inputs. */
    List<TaskProduct> receivedBy(String organisationCode, LocalDate from, LocalDate cutoff, Instant receivedBy) {
        List<TaskProduct> tasks = new ArrayList<>();
        fold(each -> facts.eventsOfTasksBetween(organisationCode, from, cutoff, each), receivedBy,
                fact -> tasks.add(TaskProductAssembler.product(fact, zone)));
        return tasks;
    }

    /** The task's product from all its stored events; empty when none is stored. */
    Optional<TaskProduct> task(long taskId) {
        return refolded(List.of(taskId)).stream().findFirst().map(fact -> TaskProductAssembler.product(fact, zone));
    }

    /** The facts of these tasks folded again from all their stored events, in task-id order. */
    List<TaskFact> refolded(Collection<Long> taskIds) {
        List<TaskFact> folded = new ArrayList<>();
        fold(each -> facts.eventsOfTasks(taskIds, each), null, folded::add);
        return folded;
    }

    /**
     * Folds the stored events {@code events} hands over, grouped by task, received by {@code receivedBy} (null: all):
     * each task's fact is handed to {@code each} as soon as its events are read.
     */
    private void fold(Consumer<Consumer<StoredEvent>> events, Instant receivedBy, Consumer<TaskFact> each) {
        List<TaskEvent> run = new ArrayList<>();
        events.accept(stored -> {
            if (receivedBy != null && stored.receivedAt().isAfter(receivedBy)) {
                return;
            }
            if (!run.isEmpty() && run.get(0).taskId() != stored.taskId()) {
                each.accept(TaskProductAssembler.folded(run, zone));
                run.clear();
            }
            run.add(read(stored));
        });
        if (!run.isEmpty()) {
            each.accept(TaskProductAssembler.folded(run, zone));
        }
    }

    private TaskEvent read(StoredEvent stored) {
        try {
            return json.readValue(stored.payload(), TaskEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event " + stored.eventId() + " cannot be read", e);
        }
    }
}
