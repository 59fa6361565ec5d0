package vn.hungyen.snv.evaluation.repository;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.Session;

/**
 * The received events and the per-task facts derived from them. The consumer's writes are set-wise SQL (one
 * statement per batch for the event ids, one for the facts); reads for the views go through Hibernate. The columns of
 * a batch travel as typed Java arrays ({@code long[]}, {@code String[]}), which the PostgreSQL driver sends in its
 * binary array format: building the text form of an array ({@code {"…","…"}}, every quote of a JSON payload
 * escaped) cost the consumer more than the database's work.
 */
@ApplicationScoped
public class TaskFactRepository {

    private final EntityManager entityManager;

    TaskFactRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Records in one statement the events whose ids were not seen before and returns those ids. The rows are
     * inserted in event-id order, so that two transactions inserting overlapping batches (two consumers while
     * partitions move) wait for each other instead of deadlocking.
     */
    public Set<UUID> recordNew(List<ReceivedEvent> events, Instant receivedAt) {
        List<ReceivedEvent> byId = events.stream().sorted(Comparator.comparing(e -> e.event().eventId())).toList();
        return session().doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into task_event (event_id, task_id, sequence, type, occurred_at, payload, received_at)
                    select e.event_id, e.task_id, e.sequence, e.type, e.occurred_at, e.payload, ?
                    from unnest(?::varchar[]::uuid[], ?::bigint[], ?::bigint[], ?::varchar[],
                        ?::varchar[]::timestamptz[], ?::text[])
                        as e (event_id, task_id, sequence, type, occurred_at, payload)
                    on conflict (event_id) do nothing
                    returning event_id""")) {
                insert.setObject(1, receivedAt.atOffset(ZoneOffset.UTC));
                insert.setObject(2, texts(byId, e -> e.event().eventId().toString()));
                insert.setObject(3, byId.stream().mapToLong(e -> e.event().taskId()).toArray());
                insert.setObject(4, byId.stream().mapToLong(e -> e.event().sequence()).toArray());
                insert.setObject(5, texts(byId, e -> e.event().type()));
                insert.setObject(6, texts(byId, e -> e.event().occurredAt().toString()));
                insert.setObject(7, texts(byId, ReceivedEvent::payload));
                Set<UUID> inserted = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        inserted.add(rows.getObject(1, UUID.class));
                    }
                }
                return inserted;
            }
        });
    }

    /**
     * The stored facts of these tasks, locked until the transaction ends (in task-id order, for the same reason as
     * above). They are detached: {@link #saveFacts} writes them back.
     */
    public Map<Long, TaskFact> lockFacts(Collection<Long> taskIds) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    select task_id, sequence, plan_item_id, organisation_code, title, unit_code, assignee_id, due_date,
                        weight, last_type, first_due_date, last_due_date, closed_on
                    from task_fact where task_id = any(?) order by task_id for update""")) {
                select.setObject(1, taskIds.stream().mapToLong(Long::longValue).toArray());
                Map<Long, TaskFact> facts = new HashMap<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        TaskFact fact = new TaskFact();
                        fact.taskId = rows.getLong("task_id");
                        fact.sequence = rows.getLong("sequence");
                        fact.planItemId = rows.getObject("plan_item_id", Long.class);
                        fact.organisationCode = rows.getString("organisation_code");
                        fact.title = rows.getString("title");
                        fact.unitCode = rows.getString("unit_code");
                        fact.assigneeId = rows.getObject("assignee_id", Long.class);
                        fact.dueDate = rows.getObject("due_date", LocalDate.class);
                        fact.weight = rows.getBigDecimal("weight");
                        fact.lastType = rows.getString("last_type");
                        fact.firstDueDate = rows.getObject("first_due_date", LocalDate.class);
                        fact.lastDueDate = rows.getObject("last_due_date", LocalDate.class);
                        fact.closedOn = rows.getObject("closed_on", LocalDate.class);
                        facts.put(fact.taskId, fact);
                    }
                }
                return facts;
            }
        });
    }

    /** Writes the facts (new or locked by {@link #lockFacts}) in one statement. */
    public void saveFacts(Collection<TaskFact> facts) {
        List<TaskFact> rows = List.copyOf(facts);
        session().doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into task_fact (task_id, sequence, plan_item_id, organisation_code, title, unit_code,
                        assignee_id, due_date, weight, last_type, first_due_date, last_due_date, closed_on)
                    select * from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::varchar[], ?::varchar[],
                        ?::varchar[], ?::bigint[], ?::varchar[]::date[], ?::varchar[]::numeric[], ?::varchar[],
                        ?::varchar[]::date[], ?::varchar[]::date[], ?::varchar[]::date[])
                    on conflict (task_id) do update set sequence = excluded.sequence,
                        plan_item_id = excluded.plan_item_id, organisation_code = excluded.organisation_code,
                        title = excluded.title, unit_code = excluded.unit_code, assignee_id = excluded.assignee_id,
                        due_date = excluded.due_date, weight = excluded.weight, last_type = excluded.last_type,
                        first_due_date = excluded.first_due_date, last_due_date = excluded.last_due_date,
                        closed_on = excluded.closed_on""")) {
                upsert.setObject(1, rows.stream().mapToLong(f -> f.taskId).toArray());
                upsert.setObject(2, rows.stream().mapToLong(f -> f.sequence).toArray());
                upsert.setObject(3, rows.stream().map(f -> f.planItemId).toArray(Long[]::new));
                upsert.setObject(4, texts(rows, f -> f.organisationCode));
                upsert.setObject(5, texts(rows, f -> f.title));
                upsert.setObject(6, texts(rows, f -> f.unitCode));
                upsert.setObject(7, rows.stream().map(f -> f.assigneeId).toArray(Long[]::new));
                upsert.setObject(8, texts(rows, f -> text(f.dueDate)));
                upsert.setObject(9, texts(rows, f -> f.weight == null ? null : f.weight.toPlainString()));
                upsert.setObject(10, texts(rows, f -> f.lastType));
                upsert.setObject(11, texts(rows, f -> text(f.firstDueDate)));
                upsert.setObject(12, texts(rows, f -> text(f.lastDueDate)));
                upsert.setObject(13, texts(rows, f -> text(f.closedOn)));
                upsert.executeUpdate();
            }
        });
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }

    /** One text column of a batch (the driver sends a {@code String[]} as a binary {@code varchar[]}). */
    private static <T> String[] texts(List<T> rows, Function<T, String> column) {
        String[] values = new String[rows.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = column.apply(rows.get(i));
        }
        return values;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public Optional<TaskFact> fact(long taskId) {
        return TaskFact.findByIdOptional(taskId);
    }

    /**
     * Hands {@code each} the stored events, grouped by task and in sequence order, of every task of the organisation
     * that can count between {@code from} and {@code cutoff}: what the scores of those months are computed from. A
     * task counts when a due date it has had lies on or before the cut-off and it was not both due and closed
     * (accepted or cancelled) before {@code from}; the rules then decide exactly (scoring-hy540 §2). The events are
     * streamed, not kept: a province-size month is millions of them, read once and let go.
     */
    public void eventsOfTasksBetween(String organisationCode, LocalDate from, LocalDate cutoff,
            Consumer<StoredEvent> each) {
        events(organisationCode, from, cutoff, null, each);
    }

    /** As {@link #eventsOfTasksBetween}, of those tasks only that are among {@code taskIds}. */
    public void eventsOfTasksBetween(String organisationCode, LocalDate from, LocalDate cutoff,
            Collection<Long> taskIds, Consumer<StoredEvent> each) {
        events(organisationCode, from, cutoff, taskIds.stream().mapToLong(Long::longValue).toArray(), each);
    }

    private void events(String organisationCode, LocalDate from, LocalDate cutoff, long[] only,
            Consumer<StoredEvent> each) {
        session().doWork(connection -> {
            // Two statements rather than one with "(? is null or …)": a generic plan of the latter would not use the
            // task ids.
            try (PreparedStatement select = connection.prepareStatement("""
                    select e.event_id, e.task_id, e.sequence, e.payload, e.received_at from task_event e
                    where e.task_id in (select f.task_id from task_fact f where f.organisation_code = ?
                        and f.first_due_date <= ? and (f.last_due_date >= ? or f.closed_on is null or f.closed_on >= ?)
                        %s)
                    order by e.task_id, e.sequence""".formatted(only != null ? "and f.task_id = any(?)" : ""))) {
                select.setString(1, organisationCode);
                select.setObject(2, cutoff);
                select.setObject(3, from);
                select.setObject(4, from);
                if (only != null) {
                    select.setObject(5, only);
                }
                select.setFetchSize(EVENTS_FETCHED_AT_ONCE);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        each.accept(new StoredEvent(rows.getObject(1, UUID.class), rows.getLong(2), rows.getLong(3),
                                rows.getString(4), rows.getObject(5, OffsetDateTime.class).toInstant()));
                    }
                }
            }
        });
    }

    /** Rows fetched per round trip while streaming a month's events: a province-size month is millions of them. */
    private static final int EVENTS_FETCHED_AT_ONCE = 2000;

    public List<TaskEventRecord> events(long taskId) {
        return TaskEventRecord.list("taskId", Sort.by("sequence").and("occurredAt"), taskId);
    }
}
