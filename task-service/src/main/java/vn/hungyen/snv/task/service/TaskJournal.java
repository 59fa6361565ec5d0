package vn.hungyen.snv.task.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.function.UnaryOperator;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.task.event.OutboxWriter;
import vn.hungyen.snv.task.repository.Task;
import vn.hungyen.snv.task.repository.TaskHistory;

/** Writes what happened to a task — its history line and its event — inside the change's transaction. */
@ApplicationScoped
class TaskJournal {

    /** Who changes a task, when, from which client, and whether it is an administrator's backfill. */
    record Change(String actor, String client, Instant at, boolean backfill) {
    }

    /** How history lines show calendar dates (dd/MM/yyyy, as users read them). */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final OutboxWriter outbox;

    TaskJournal(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    /**
     * The current instant at the precision PostgreSQL stores (microseconds), so that a time sent
     * in an event equals the one read back later (a review's {@code submittedAt}).
     */
    static Instant now() {
        return stored(Instant.now());
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
