package vn.hungyen.snv.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.evaluation.repository.ReceivedEvent;
import vn.hungyen.snv.evaluation.repository.TaskEventRecord;
import vn.hungyen.snv.evaluation.repository.TaskFact;
import vn.hungyen.snv.evaluation.repository.TaskFactRepository;

/** Applies task events to the stored facts, each event id exactly once, in batches. */
@ApplicationScoped
public class TaskFactService {

    private final TaskFactRepository repository;
    private final TaskProducts tasks;
    private final ZoneId zone;

    TaskFactService(TaskFactRepository repository, TaskProducts tasks, Clock clock) {
        this.repository = repository;
        this.tasks = tasks;
        this.zone = clock.getZone();
    }

    /**
     * Applies a batch of events in their order in one transaction: stores each event id not seen before (one
     * statement for the batch), then folds the new events into their tasks' facts ({@link TaskProductAssembler#fold})
     * and writes every touched fact once. A task whose new event is older than the events its fact holds, or whose
     * fact was not folded, is folded again from all its stored events. Events already stored, and repeats within the
     * batch, change nothing. Returns how many were new.
     */
    @Transactional
    public int apply(List<ReceivedEvent> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        Set<UUID> fresh = repository.recordNew(batch, Instant.now());
        List<TaskEvent> applied = new ArrayList<>(fresh.size());
        for (ReceivedEvent received : batch) {
            if (fresh.remove(received.event().eventId())) {
                applied.add(received.event());
            }
        }
        if (applied.isEmpty()) {
            return 0;
        }
        Map<Long, TaskFact> facts = repository.lockFacts(applied.stream().map(TaskEvent::taskId).distinct().toList());
        Set<Long> foldedAgain = new HashSet<>();
        for (TaskEvent event : applied) {
            TaskFact fact = facts.computeIfAbsent(event.taskId(), TaskProductAssembler::newFact);
            if (foldedAgain.contains(event.taskId()) || !TaskProductAssembler.fold(fact, event, zone)) {
                foldedAgain.add(event.taskId());
            }
        }
        if (!foldedAgain.isEmpty()) {
            tasks.refolded(foldedAgain).forEach(fact -> facts.put(fact.taskId, fact));
        }
        repository.saveFacts(facts.values());
        return applied.size();
    }

    /**
     * Folds from their stored events the facts not folded (stored before migration V15, or whose events were
     * rewritten by hand) of the first {@code limit} tasks after {@code afterTaskId}, skipping those another
     * transaction holds. Returns the last task id it took, or 0 when there was none.
     */
    @Transactional
    public long foldUnfolded(long afterTaskId, int limit) {
        List<Long> taskIds = repository.lockUnfolded(afterTaskId, limit);
        if (taskIds.isEmpty()) {
            return 0;
        }
        repository.saveFacts(tasks.refolded(taskIds));
        return taskIds.get(taskIds.size() - 1);
    }

    /** A task's current fact and the events it came from. */
    public record TaskHistory(TaskFact fact, List<TaskEventRecord> events) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TaskHistory> task(long taskId) {
        return repository.fact(taskId).map(f -> new TaskHistory(f, repository.events(taskId)));
    }
}
