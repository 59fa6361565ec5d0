package vn.hungyen.snv.evaluation.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import vn.hungyen.snv.common.cache.KeptValues;
import vn.hungyen.snv.common.calendar.WorkingDayCalendar;
import vn.hungyen.snv.evaluation.client.PlanGateway;
import vn.hungyen.snv.evaluation.repository.InputChanges;
import vn.hungyen.snv.evaluation.service.RatingViews.MonthRatings;

/**
 * Computed (unpublished) months, the tasks they are computed from, and the dashboards aggregated from them, kept
 * between reads and never stale (issue 10): a kept value is answered only when none of its inputs changed since it
 * was computed.
 *
 * <ul>
 * <li>The evaluation database's inputs (stored events and facts, assessments, exemption requests, scoring profiles,
 * and for a dashboard's trend the published months and the Director's adjustments): a value is kept with the
 * snapshot its transaction took before reading any of them ({@link InputChanges#snapshot}, at the transaction's first
 * use of this class, so that a month computed from tasks read earlier in the transaction is stamped as old as they
 * are), and used again only while no change mark is invisible to that snapshot ({@link InputChanges#unchangedSince}).
 * Triggers write the marks, so every writer is covered: the consumer, the REST writes, SQL run by hand, another
 * instance.</li>
 * <li>What comes from plan-service: a month (a dashboard: each month of its trend) is kept with the month's directory
 * and the working-day calendar it was computed with, compared on every request with those in force: the directory as
 * {@link PlanGateway} keeps it under plan-service's directory version (the same object while nothing changed there),
 * the calendar as last read.</li>
 * <li>A value computed by a transaction that has written something is not kept: it may include writes that are not
 * committed and may be rolled back. A transaction that writes after computing writes marks the kept snapshot does not
 * see.</li>
 * </ul>
 *
 * <p>A value lives at most {@link #KEPT_FOR} from its computation (the database's clock), and marks older than
 * {@link #MARKS_KEPT_FOR} are deleted, at most once per {@link #KEPT_FOR} per instance, in a thread of its own: a mark
 * is deleted only when no value of any instance can still need it (a writing transaction lasts less than the
 * difference; the service's transactions time out after a minute). The last {@value #KEPT} months and tasks read are
 * kept, and the last {@value #KEPT_DASHBOARDS} dashboards (one per month, scope and day looked at), softly
 * ({@link KeptValues}).
 *
 * <p>A value not kept is computed by one caller at a time ({@link KeptValues#inTurn}): readers arriving together at a
 * province-size month wait for the first one's computation and take it, instead of computing it each on the same
 * cores (docs/benchmarks.md).
 *
 * <p>Kept tasks are brought up to date task by task: the marks of stored events and facts name the tasks they touched
 * (migration V14), and only those are rebuilt from their events. A month is not: any change of an input rates the
 * whole month again, from the tasks so updated.
 *
 * <p>Metric {@value #ANSWERS}, by {@code value} ({@code month}, {@code tasks}, {@code dashboard}) and {@code answer}
 * ({@code kept}, {@code updated}: the changed tasks rebuilt, {@code computed}): how often a kept value was answered.
 */
@ApplicationScoped
class ComputedMonths {

    static final int KEPT = 8;
    static final int KEPT_DASHBOARDS = 32;
    static final int REBUILT_AT_LEAST = 1000;
    static final Duration KEPT_FOR = Duration.ofMinutes(10);
    static final Duration MARKS_KEPT_FOR = Duration.ofHours(1);
    static final String ANSWERS = "evaluation.computed.answers";
    private static final Logger LOG = Logger.getLogger(ComputedMonths.class);

    /** What a value was computed from: the inputs outside the database, the snapshot the rest was read under. */
    private record Stamp(Object outside, InputChanges.Snapshot snapshot) {
    }

    private record MonthSlot(String organisationCode, YearMonth month) {
    }

    private record TasksSlot(String organisationCode, YearMonth first, YearMonth last) {
    }

    private record DashboardSlot(String organisationCode, YearMonth month, Set<String> visibleUnits,
            Dashboard.LookedAt lookedAt) {
    }

    /** A kind of value kept, with its counters of answers. */
    private record Kind<V>(KeptValues<Stamp, V> values, Counter kept, Counter updated, Counter computed) {

        Kind(String name, int capacity, MeterRegistry registry) {
            this(new KeptValues<>(capacity), counter(registry, name, "kept"), counter(registry, name, "updated"),
                    counter(registry, name, "computed"));
        }

        private static Counter counter(MeterRegistry registry, String value, String answer) {
            return Counter.builder(ANSWERS).tag("value", value).tag("answer", answer)
                    .description("Months and tasks answered kept or computed").register(registry);
        }
    }

    /** The inputs from plan-service: the directory of each month, the calendar. */
    private record Outside(List<PlanGateway.Directory> directories, WorkingDayCalendar calendar) {
    }

    private final InputChanges changes;
    private final TransactionSynchronizationRegistry transactions;
    private final Kind<MonthRatings> months;
    private final Kind<List<TaskProduct>> tasks;
    private final Kind<Dashboard.View> dashboards;
    private final AtomicReference<Instant> nextPruning = new AtomicReference<>(Instant.MIN);
    private final ExecutorService pruning = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "change-marks-pruning");
        thread.setDaemon(true);
        return thread;
    });

    ComputedMonths(InputChanges changes, TransactionSynchronizationRegistry transactions, MeterRegistry registry) {
        this.changes = changes;
        this.transactions = transactions;
        this.months = new Kind<>("month", KEPT, registry);
        this.tasks = new Kind<>("tasks", KEPT, registry);
        this.dashboards = new Kind<>("dashboard", KEPT_DASHBOARDS, registry);
    }

    /** The organisation's month, kept if computed from the same inputs, else {@code compute}d (and kept). */
    MonthRatings month(String organisationCode, YearMonth month, PlanGateway.Directory directory,
            WorkingDayCalendar calendar, Supplier<MonthRatings> compute) {
        return kept(months, new MonthSlot(organisationCode, month), new Outside(List.of(directory), calendar),
                compute);
    }

    /**
     * The organisation's dashboard of {@code month} for the units {@code visibleUnits}, looked at {@code lookedAt},
     * kept if aggregated from the same inputs ({@code directories}: those of its trend's months), else {@code
     * compute}d (and kept).
     */
    Dashboard.View dashboard(String organisationCode, YearMonth month, Set<String> visibleUnits,
            Dashboard.LookedAt lookedAt, List<PlanGateway.Directory> directories, WorkingDayCalendar calendar,
            Supplier<Dashboard.View> compute) {
        return kept(dashboards, new DashboardSlot(organisationCode, month, Set.copyOf(visibleUnits), lookedAt),
                new Outside(List.copyOf(directories), calendar), compute);
    }

    /**
     * The organisation's tasks that can count from {@code first} to {@code last} (events up to {@code cutoff}), in
     * task-id order: kept; or, after changes that name at most a quarter of them ({@link InputChanges#changedTasksSince},
     * and at least {@value #REBUILT_AT_LEAST}), the kept ones with those {@code rebuild}ing gives in place of the
     * changed ones; else {@code read} (and kept).
     */
    List<TaskProduct> tasks(String organisationCode, YearMonth first, YearMonth last, LocalDate cutoff,
            Supplier<List<TaskProduct>> read, Function<Set<Long>, List<TaskProduct>> rebuild) {
        return kept(tasks, new TasksSlot(organisationCode, first, last), cutoff, () -> List.copyOf(read.get()),
                (since, kept) -> changes.changedTasksSince(since, Math.max(REBUILT_AT_LEAST, kept.size() / 4))
                        .map(changed -> TaskProduct.replaced(kept, changed, rebuild.apply(changed))));
    }

    private <V> V kept(Kind<V> kind, Object slot, Object outside, Supplier<V> compute) {
        return kept(kind, slot, outside, compute, (since, kept) -> Optional.empty());
    }

    /**
     * The value kept in {@code slot}; or, when inputs changed since it was kept, what {@code update} makes of it; or
     * {@code compute}d. What is answered is kept under the current transaction's snapshot. A value is updated or
     * computed in the slot's turn ({@link KeptValues#inTurn}): a caller that waited for it takes the value the caller
     * before it kept, if nothing changed since. Nothing in a turn waits for another connection of the pool, which the
     * callers waiting for the turn may all hold.
     */
    private <V> V kept(Kind<V> kind, Object slot, Object outside, Supplier<V> compute,
            BiFunction<InputChanges.Snapshot, V, Optional<V>> update) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            kind.computed().increment();
            return compute.get();
        }
        InputChanges.Snapshot read = snapshotOfTransaction();
        Optional<Map.Entry<Stamp, V>> seen = found(kind, slot, outside, read);
        if (unchanged(seen)) {
            kind.kept().increment();
            return seen.get().getValue();
        }
        return kind.values().inTurn(slot, () -> {
            Optional<Map.Entry<Stamp, V>> found = found(kind, slot, outside, read);
            if (!found.map(Map.Entry::getKey).equals(seen.map(Map.Entry::getKey)) && unchanged(found)) {
                kind.kept().increment();
                return found.get().getValue();
            }
            Optional<V> updated = found.flatMap(kept -> update.apply(kept.getKey().snapshot(), kept.getValue()));
            (updated.isPresent() ? kind.updated() : kind.computed()).increment();
            V value = updated.orElseGet(compute);
            if (!changes.writing()) {
                kind.values().put(slot, new Stamp(outside, read), value);
                pruneMarks(read.at());
            }
            return value;
        });
    }

    /**
     * The value kept in {@code slot} with its stamp, if made from {@code outside} and young enough for {@code read}.
     */
    private static <V> Optional<Map.Entry<Stamp, V>> found(Kind<V> kind, Object slot, Object outside,
            InputChanges.Snapshot read) {
        return kind.values().entry(slot).filter(kept -> kept.getKey().outside().equals(outside)
                && read.at().isBefore(kept.getKey().snapshot().at().plus(KEPT_FOR)));
    }

    /** Whether a value was {@code found} and none of its database inputs changed since it was computed. */
    private <V> boolean unchanged(Optional<Map.Entry<Stamp, V>> found) {
        return found.isPresent() && changes.unchangedSince(found.get().getKey().snapshot());
    }

    /** The snapshot the current transaction took at its first use of this class, taken now if this is the first. */
    private InputChanges.Snapshot snapshotOfTransaction() {
        InputChanges.Snapshot taken = (InputChanges.Snapshot) transactions.getResource(ComputedMonths.class);
        if (taken == null) {
            taken = changes.snapshot();
            transactions.putResource(ComputedMonths.class, taken);
        }
        return taken;
    }

    /** Deletes the old marks in a thread of its own, when due: the caller may be in a turn. */
    private void pruneMarks(Instant now) {
        Instant next = nextPruning.get();
        if (now.isAfter(next) && nextPruning.compareAndSet(next, now.plus(KEPT_FOR))) {
            pruning.execute(() -> {
                try {
                    changes.deleteOlderThan(MARKS_KEPT_FOR);
                } catch (RuntimeException e) {
                    LOG.warnf("Old change marks not deleted (%s); trying again in %s", e.getMessage(), KEPT_FOR);
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        pruning.shutdownNow();
    }
}
