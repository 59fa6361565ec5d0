package vn.hungyen.snv.task.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.function.UnaryOperator;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.task.event.OutboxWriter;
import vn.hungyen.snv.task.repository.Task;
import vn.hungyen.snv.task.repository.TaskHistory;

/**
 * Writes what happened to a task (its history line and its event) inside the change's transaction, and says when:
 * the organisation's clock gives every change its instant and every "today" of task-service.
 */
@ApplicationScoped
class TaskJournal {

    /** Who changes a task, when, from which client, and whether it is an administrator's backfill. */
    record Change(String actor, String client, Instant at, boolean backfill) {
    }

    private final OutboxWriter outbox;
    private final Clock clock;

    TaskJournal(OutboxWriter outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * The current instant at the precision PostgreSQL stores (microseconds), so that a time sent
     * in an event equals the one read back later (a review's {@code submittedAt}).
     */
    Instant now() {
        return stored(clock.instant());
    }

    /** Today in the organisation's zone: what due dates, "overdue" and "due soon" are measured against. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The organisation's zone, which turns instants into the dates people read. */
    ZoneId zone() {
        return clock.getZone();
    }

    /** An instant as it will read back from the database. */
    static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void history(Task task, Change change, String action, String detail) {
        TaskHistory line = new TaskHistory();
        line.taskId = task.id;
        line.at = change.at();
        line.actor = change.actor();
        line.action = action;
        line.detail = change.backfill() ? detail + " (nhập bù bởi quản trị hệ thống)" : detail;
        line.client = change.client();
        line.backfill = change.backfill();
        line.persist();
    }

    /**
     * Writes the task's event into the outbox. The task is flushed first so that the event's
     * {@code sequence} is the version the change produced.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void event(Task task, Change change, String type, UnaryOperator<TaskEvent.Builder> fields) {
        Task.flush();
        outbox.write(fields.apply(outbox.eventFor(type, task, change.actor(), change.at())).build());
    }
}
