package vn.hungyen.snv.evaluation.repository;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;

/**
 * The change marks of the inputs of a month's computation (table {@code input_change}, migration V10): every
 * transaction that writes a stored event or fact, an assessment, an exemption request or a scoring profile leaves one
 * row, its transaction id, by trigger. What was read under a snapshot is still what the inputs are while no mark is
 * invisible to that snapshot: a mark we see now was committed, and one the snapshot did not see is a change the
 * reading may lack.
 */
@ApplicationScoped
public class InputChanges {

    /** A snapshot of the database ({@code pg_snapshot} as text) and the database's time when it was taken. */
    public record Snapshot(String snapshot, Instant at) {
    }

    private final EntityManager entityManager;

    InputChanges(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The snapshot the current transaction reads under now: taken before reading any input, every input read after it
     * is at least as new (in READ COMMITTED a later statement may see more, which at worst makes a later check find a
     * change already read).
     */
    public Snapshot snapshot() {
        Object[] row = (Object[]) entityManager.createNativeQuery(
                "select cast(pg_current_snapshot() as text), clock_timestamp()").getSingleResult();
        return new Snapshot((String) row[0], instant(row[1]));
    }

    /** Whether no input changed since {@code snapshot}: no committed mark is invisible to it. */
    public boolean unchangedSince(Snapshot snapshot) {
        return marksNotSeenBy(snapshot, "select not exists (select 1 %s)", rows -> rows.next() && rows.getBoolean(1));
    }

    /**
     * The tasks whose stored events or facts changed since {@code snapshot} (the committed marks invisible to it name
     * them, migration V14), while they are at most {@code limit}; empty when more changed, or when some change did
     * not name its tasks (events updated or deleted, facts deleted, by hand): then everything is to be read again.
     */
    public Optional<Set<Long>> changedTasksSince(Snapshot snapshot, int limit) {
        return marksNotSeenBy(snapshot, "select all_tasks, task_ids %s", rows -> {
            Set<Long> tasks = new HashSet<>();
            while (rows.next()) {
                if (rows.getBoolean(1)) {
                    return Optional.<Set<Long>>empty();
                }
                tasks.addAll(List.of((Long[]) rows.getArray(2).getArray()));
                if (tasks.size() > limit) {
                    return Optional.<Set<Long>>empty();
                }
            }
            return Optional.of(Set.copyOf(tasks));
        });
    }

    /** What {@code read} makes of the committed marks {@code snapshot} does not see, selected by {@code select}. */
    private <T> T marksNotSeenBy(Snapshot snapshot, String select, ResultReader<T> read) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(select.formatted("""
                    from input_change where txid >= pg_snapshot_xmin(cast(? as pg_snapshot))
                    and not pg_visible_in_snapshot(txid, cast(? as pg_snapshot))"""))) {
                statement.setString(1, snapshot.snapshot());
                statement.setString(2, snapshot.snapshot());
                try (ResultSet rows = statement.executeQuery()) {
                    return read.read(rows);
                }
            }
        });
    }

    private interface ResultReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /**
     * Whether the current transaction has written anything (it has a transaction id): what it read may include its
     * own writes, which are not committed and may yet be rolled back.
     */
    public boolean writing() {
        return (Boolean) entityManager.createNativeQuery("select pg_current_xact_id_if_assigned() is not null")
                .getSingleResult();
    }

    /**
     * Deletes, in a transaction of its own, the marks older than {@code age} by the database's clock; their number.
     */
    public int deleteOlderThan(Duration age) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "delete from input_change where at < now() - make_interval(secs => :seconds)")
                .setParameter("seconds", (double) age.toSeconds())
                .executeUpdate());
    }

    private static Instant instant(Object value) {
        return value instanceof Instant i ? i : value instanceof OffsetDateTime o ? o.toInstant()
                : ((java.sql.Timestamp) value).toInstant();
    }
}
