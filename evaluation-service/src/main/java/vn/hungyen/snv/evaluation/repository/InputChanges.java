package vn.hungyen.snv.evaluation.repository;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
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
        return !(Boolean) entityManager.createNativeQuery("""
                        select exists (select 1 from input_change
                            where txid >= pg_snapshot_xmin(cast(:snapshot as pg_snapshot))
                            and not pg_visible_in_snapshot(txid, cast(:snapshot as pg_snapshot)))""")
                .setParameter("snapshot", snapshot.snapshot())
                .getSingleResult();
    }

    /**
     * The tasks whose stored events or facts changed since {@code snapshot} (the committed marks invisible to it name
     * them, migration V14), while they are at most {@code limit}; empty when more changed, or when some change did
     * not name its tasks (events updated or deleted, facts deleted, by hand): then everything is to be read again.
     */
    public Optional<Set<Long>> changedTasksSince(Snapshot snapshot, int limit) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (var select = connection.prepareStatement("""
                    select all_tasks, task_ids from input_change
                    where txid >= pg_snapshot_xmin(cast(? as pg_snapshot))
                    and not pg_visible_in_snapshot(txid, cast(? as pg_snapshot))""")) {
                select.setString(1, snapshot.snapshot());
                select.setString(2, snapshot.snapshot());
                Set<Long> tasks = new HashSet<>();
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        if (rows.getBoolean(1)) {
                            return Optional.<Set<Long>>empty();
                        }
                        for (Long task : (Long[]) rows.getArray(2).getArray()) {
                            tasks.add(task);
                        }
                        if (tasks.size() > limit) {
                            return Optional.<Set<Long>>empty();
                        }
                    }
                }
                return Optional.of(Set.copyOf(tasks));
            }
        });
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
