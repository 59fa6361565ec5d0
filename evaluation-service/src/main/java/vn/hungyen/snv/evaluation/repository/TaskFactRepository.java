package vn.hungyen.snv.evaluation.repository;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
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
    private final DataSource upperHalfPool;
    /** Reads the upper half of a window's facts ({@link #inHalves}), one window at a time per instance. */
    private final ExecutorService upperHalfReader = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "facts-upper-half");
        thread.setDaemon(true);
        return thread;
    });
    /**
     * Taken while a window is read in halves; a second window read meanwhile goes on one connection. The upper half's
     * connection is the one of its own pool ({@code upperHalfPool}): no request waits for it, and it never waits for
     * the requests' connections, all of which may be held by readers waiting for this very window's month.
     */
    private final Semaphore upperHalfFree = new Semaphore(1);

    /** @param upperHalfPool the pool of the one connection the upper halves are read on (datasource {@code facts}) */
    TaskFactRepository(EntityManager entityManager,
            @io.quarkus.agroal.DataSource("facts") DataSource upperHalfPool) {
        this.entityManager = entityManager;
        this.upperHalfPool = upperHalfPool;
    }

    @PreDestroy
    void stop() {
        upperHalfReader.shutdownNow();
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
     * above). They are detached, their lists modifiable: {@link #saveFacts} writes them back.
     */
    public Map<Long, TaskFact> lockFacts(Collection<Long> taskIds) {
        Map<Long, TaskFact> facts = new HashMap<>();
        readFacts(ALL, "task_id = any(?) order by task_id for update",
                select -> select.setObject(1, taskIds.stream().mapToLong(Long::longValue).toArray()),
                fact -> facts.put(fact.taskId, fact));
        return facts;
    }

    /**
     * The ids of the first {@code limit} facts after {@code afterTaskId}, in task-id order, that are not folded, locked
     * until the transaction ends; those another transaction holds are skipped.
     */
    public List<Long> lockUnfolded(long afterTaskId, int limit) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    select task_id from task_fact where event_ids is null and task_id > ?
                    order by task_id limit ? for update skip locked""")) {
                select.setLong(1, afterTaskId);
                select.setInt(2, limit);
                List<Long> taskIds = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        taskIds.add(rows.getLong(1));
                    }
                }
                return taskIds;
            }
        });
    }

    /**
     * Hands {@code each} the stored facts, in task-id order, of every task of the organisation that can count between
     * {@code from} and {@code cutoff} (of those among {@code taskIds} only, unless null): what the scores of those
     * months are computed from. A task counts when a due date it has had lies on or before the cut-off and it was not
     * both due and closed (accepted or cancelled) before {@code from}; the rules then decide exactly (scoring-hy540
     * §2). Each fact holds only what its product is read from ({@link #PRODUCT}). The facts are streamed, not kept: a
     * province-size month is a million of them, read once and let go.
     *
     * <p>All of a window's facts ({@code taskIds} null) are read in two halves of the task ids at once, the upper half
     * on a connection of its own pool ({@link #inHalves}), unless this transaction has written something: its own
     * writes are then read on its connection alone.
     */
    public void factsBetween(String organisationCode, LocalDate from, LocalDate cutoff, Collection<Long> taskIds,
            Consumer<TaskFact> each) {
        if (taskIds == null && upperHalfFree.tryAcquire()) {
            try {
                OptionalLong middle = middleTaskId();
                if (middle.isPresent()) {
                    inHalves(organisationCode, from, cutoff, middle.getAsLong(), each);
                    return;
                }
            } finally {
                upperHalfFree.release();
            }
        }
        // Two statements rather than one with "(? is null or …)": a generic plan of the latter would not use the ids.
        readFacts(PRODUCT, WINDOW + (taskIds != null ? " and task_id = any(?)" : "") + " order by task_id", select -> {
            setWindow(select, organisationCode, from, cutoff);
            if (taskIds != null) {
                select.setObject(5, taskIds.stream().mapToLong(Long::longValue).toArray());
            }
            select.setFetchSize(ROWS_FETCHED_AT_ONCE);
        }, each);
    }

    /**
     * Reads the window's facts up to task id {@code middle} on this transaction's connection, handing each on as it
     * comes, while another thread reads those above it on a connection of its own; those are handed on after. A
     * province-size month's million rows take PostgreSQL about as long to send as the Java thread to read: one
     * connection has them take turns (the driver asks for the next rows only when it has read the last), two have
     * both cores work at once (docs/benchmarks.md, "Facts read in two halves, the heap touched at start").
     *
     * <p>The upper half is read under a snapshot of its own, taken after this transaction's first: each fact as it
     * stood then or later. That is what the kept months need ({@code ComputedMonths}): a month is stamped with the
     * snapshot its transaction took before reading any input, so a change the upper half already shows is also one
     * the next read finds and reads again.
     */
    private void inHalves(String organisationCode, LocalDate from, LocalDate cutoff, long middle,
            Consumer<TaskFact> each) {
        Future<List<TaskFact>> upper = upperHalfReader.submit(() -> {
            try (Connection connection = upperHalfPool.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    List<TaskFact> facts = new ArrayList<>();
                    select(connection, PRODUCT, WINDOW + " and task_id > ? order by task_id",
                            select -> half(select, organisationCode, from, cutoff, middle), facts::add);
                    return facts;
                } finally {
                    connection.rollback();
                }
            }
        });
        try {
            readFacts(PRODUCT, WINDOW + " and task_id <= ? order by task_id",
                    select -> half(select, organisationCode, from, cutoff, middle), each);
        } catch (RuntimeException e) {
            upper.cancel(true);
            throw e;
        }
        awaitUpperHalf(upper).forEach(each);
    }

    private static void half(PreparedStatement select, String organisationCode, LocalDate from, LocalDate cutoff,
            long middle) throws SQLException {
        setWindow(select, organisationCode, from, cutoff);
        select.setLong(5, middle);
        select.setFetchSize(ROWS_FETCHED_AT_ONCE);
    }

    private static List<TaskFact> awaitUpperHalf(Future<List<TaskFact>> upper) {
        try {
            return upper.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the facts", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new IllegalStateException("the facts' upper half could not be read", e.getCause());
        }
    }

    /**
     * The task id halfway between the lowest and the highest stored: task-service numbers tasks in one sequence for
     * every organisation, so each organisation's tasks spread over the whole range. Empty when no fact is stored or
     * this transaction has written something.
     */
    private OptionalLong middleTaskId() {
        return session().doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    select min(task_id), max(task_id), pg_current_xact_id_if_assigned() is not null
                    from task_fact""");
                    ResultSet row = select.executeQuery()) {
                row.next();
                long lowest = row.getLong(1);
                return row.wasNull() || row.getBoolean(3) ? OptionalLong.empty()
                        : OptionalLong.of(lowest + (row.getLong(2) - lowest) / 2);
            }
        });
    }

    /** The facts of the tasks that can count between two days: parameters 1 to 4 ({@link #setWindow}). */
    private static final String WINDOW = """
            organisation_code = ? and first_due_date <= ?
                and (last_due_date >= ? or closed_on is null or closed_on >= ?)""";

    private static void setWindow(PreparedStatement select, String organisationCode, LocalDate from, LocalDate cutoff)
            throws SQLException {
        select.setString(1, organisationCode);
        select.setObject(2, cutoff);
        select.setObject(3, from);
        select.setObject(4, from);
    }

    private interface Parameters {
        void set(PreparedStatement select) throws SQLException;
    }

    /** The columns a read selects, and how it makes a fact of each row. */
    private record Columns(String names, Row row) {
    }

    private interface Row {
        TaskFact read(ResultSet rows) throws SQLException;
    }

    /**
     * What a product is read from (the service's TaskProductAssembler), the rest left null; its event ids a
     * {@link UuidList}. A province-size month reads a million rows: the seven columns it does not need were a fifth of
     * the text PostgreSQL sent, and each event id read as text made two objects.
     */
    private static final Columns PRODUCT = new Columns("""
            task_id, plan_item_id, title, unit_code, assignee_id, weight, initial_due_date, cancelled,
                extension_due_dates, extension_objective, submitted_at, submission_verdicts, submission_major_errors,
                event_ids""", TaskFactRepository::product);

    /** Every column, each list modifiable: a fact the consumer folds further, or one shown whole. */
    private static final Columns ALL = new Columns(PRODUCT.names() + """
            , sequence, organisation_code, due_date, last_type, first_due_date, last_due_date, closed_on""",
            TaskFactRepository::fact);

    private void readFacts(Columns columns, String where, Parameters parameters, Consumer<TaskFact> each) {
        session().doWork(connection -> select(connection, columns, where, parameters, each));
    }

    private static void select(Connection connection, Columns columns, String where, Parameters parameters,
            Consumer<TaskFact> each) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select " + columns.names() + " from task_fact where " + where)) {
            parameters.set(select);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    each.accept(columns.row().read(rows));
                }
            }
        }
    }

    private static TaskFact product(ResultSet rows) throws SQLException {
        TaskFact fact = new TaskFact();
        fact.taskId = rows.getLong(1);
        fact.planItemId = rows.getObject(2, Long.class);
        fact.title = rows.getString(3);
        fact.unitCode = rows.getString(4);
        fact.assigneeId = rows.getObject(5, Long.class);
        fact.weight = rows.getBigDecimal(6);
        fact.initialDueDate = PgText.date(rows.getString(7));
        fact.cancelled = rows.getBoolean(8);
        fact.extensionDueDates = PgText.array(rows.getString(9), PgText::date);
        fact.extensionObjective = PgText.array(rows.getString(10), PgText::bool);
        fact.submittedAt = PgText.array(rows.getString(11), PgText::instant);
        fact.submissionVerdicts = PgText.array(rows.getString(12), String::valueOf);
        fact.submissionMajorErrors = PgText.array(rows.getString(13), PgText::bool);
        fact.eventIds = PgText.uuids(rows.getString(14));
        return fact;
    }

    private static TaskFact fact(ResultSet rows) throws SQLException {
        TaskFact fact = product(rows);
        if (fact.eventIds != null) {
            fact.eventIds = new ArrayList<>(fact.eventIds);
        }
        fact.sequence = rows.getLong(15);
        fact.organisationCode = rows.getString(16);
        fact.dueDate = PgText.date(rows.getString(17));
        fact.lastType = rows.getString(18);
        fact.firstDueDate = PgText.date(rows.getString(19));
        fact.lastDueDate = PgText.date(rows.getString(20));
        fact.closedOn = PgText.date(rows.getString(21));
        return fact;
    }

    /** Writes the facts (new or locked by {@link #lockFacts}) in one statement. */
    public void saveFacts(Collection<TaskFact> facts) {
        List<TaskFact> rows = List.copyOf(facts);
        session().doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into task_fact (task_id, sequence, plan_item_id, organisation_code, title, unit_code,
                        assignee_id, due_date, weight, last_type, first_due_date, last_due_date, closed_on,
                        initial_due_date, cancelled, extension_due_dates, extension_objective, submitted_at,
                        submission_verdicts, submission_major_errors, event_ids)
                    select f.task_id, f.sequence, f.plan_item_id, f.organisation_code, f.title, f.unit_code,
                        f.assignee_id, f.due_date, f.weight, f.last_type, f.first_due_date, f.last_due_date,
                        f.closed_on, f.initial_due_date, f.cancelled, f.extension_due_dates::date[],
                        f.extension_objective::boolean[], f.submitted_at::timestamptz[],
                        f.submission_verdicts::varchar[], f.submission_major_errors::boolean[], f.event_ids::uuid[]
                    from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::varchar[], ?::varchar[],
                        ?::varchar[], ?::bigint[], ?::varchar[]::date[], ?::varchar[]::numeric[], ?::varchar[],
                        ?::varchar[]::date[], ?::varchar[]::date[], ?::varchar[]::date[], ?::varchar[]::date[],
                        ?::boolean[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                        ?::varchar[])
                        as f (task_id, sequence, plan_item_id, organisation_code, title, unit_code, assignee_id,
                            due_date, weight, last_type, first_due_date, last_due_date, closed_on, initial_due_date,
                            cancelled, extension_due_dates, extension_objective, submitted_at, submission_verdicts,
                            submission_major_errors, event_ids)
                    on conflict (task_id) do update set sequence = excluded.sequence,
                        plan_item_id = excluded.plan_item_id, organisation_code = excluded.organisation_code,
                        title = excluded.title, unit_code = excluded.unit_code, assignee_id = excluded.assignee_id,
                        due_date = excluded.due_date, weight = excluded.weight, last_type = excluded.last_type,
                        first_due_date = excluded.first_due_date, last_due_date = excluded.last_due_date,
                        closed_on = excluded.closed_on, initial_due_date = excluded.initial_due_date,
                        cancelled = excluded.cancelled, extension_due_dates = excluded.extension_due_dates,
                        extension_objective = excluded.extension_objective, submitted_at = excluded.submitted_at,
                        submission_verdicts = excluded.submission_verdicts,
                        submission_major_errors = excluded.submission_major_errors,
                        event_ids = excluded.event_ids""")) {
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
                upsert.setObject(14, texts(rows, f -> text(f.initialDueDate)));
                upsert.setObject(15, rows.stream().map(f -> f.cancelled).toArray(Boolean[]::new));
                upsert.setObject(16, texts(rows, f -> arrayText(f.extensionDueDates)));
                upsert.setObject(17, texts(rows, f -> arrayText(f.extensionObjective)));
                upsert.setObject(18, texts(rows, f -> arrayText(f.submittedAt)));
                upsert.setObject(19, texts(rows, f -> arrayText(f.submissionVerdicts)));
                upsert.setObject(20, texts(rows, f -> arrayText(f.submissionMajorErrors)));
                upsert.setObject(21, texts(rows, f -> arrayText(f.eventIds)));
                upsert.executeUpdate();
            }
        });
    }

    /**
     * A list as the text of a PostgreSQL array ({@code {a,b}}), cast to its column's type in the statement; null stays
     * null. The elements (dates, instants, booleans, verdicts, uuids) print without commas, quotes, braces or spaces.
     */
    private static String arrayText(List<?> values) {
        if (values == null) {
            return null;
        }
        StringJoiner text = new StringJoiner(",", "{", "}");
        for (Object value : values) {
            text.add(value.toString());
        }
        return text.toString();
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
        List<TaskFact> found = new ArrayList<>(1);
        readFacts(ALL, "task_id = ?", select -> select.setLong(1, taskId), found::add);
        return found.stream().findFirst();
    }

    /**
     * Hands {@code each} the stored events, grouped by task and in sequence order, of every task of the organisation
     * that can count between {@code from} and {@code cutoff} (as {@link #factsBetween}): what a published month is
     * verified and replayed from. The events are streamed, not kept.
     */
    public void eventsOfTasksBetween(String organisationCode, LocalDate from, LocalDate cutoff,
            Consumer<StoredEvent> each) {
        readEvents("e.task_id in (select task_id from task_fact where " + WINDOW + ")",
                select -> setWindow(select, organisationCode, from, cutoff), each);
    }

    /** Hands {@code each} the stored events of these tasks, grouped by task and in sequence order. */
    public void eventsOfTasks(Collection<Long> taskIds, Consumer<StoredEvent> each) {
        readEvents("e.task_id = any(?)",
                select -> select.setObject(1, taskIds.stream().mapToLong(Long::longValue).toArray()), each);
    }

    private void readEvents(String where, Parameters parameters, Consumer<StoredEvent> each) {
        session().doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    select e.event_id, e.task_id, e.sequence, e.payload, e.received_at from task_event e
                    where %s order by e.task_id, e.sequence""".formatted(where))) {
                parameters.set(select);
                select.setFetchSize(ROWS_FETCHED_AT_ONCE);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        each.accept(new StoredEvent(rows.getObject(1, UUID.class), rows.getLong(2), rows.getLong(3),
                                rows.getString(4), rows.getObject(5, OffsetDateTime.class).toInstant()));
                    }
                }
            }
        });
    }

    /** Rows fetched per round trip while streaming a month's facts or events: a province-size month is millions. */
    private static final int ROWS_FETCHED_AT_ONCE = 2000;

    public List<TaskEventRecord> events(long taskId) {
        return TaskEventRecord.list("taskId", Sort.by("sequence").and("occurredAt"), taskId);
    }
}
