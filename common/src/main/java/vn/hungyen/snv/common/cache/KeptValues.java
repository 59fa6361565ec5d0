package vn.hungyen.snv.common.cache;

import java.lang.ref.SoftReference;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Values kept between reads, each in a slot (e.g. an organisation's month) with the key of what it was made from: the
 * last {@code capacity} slots used, each softly, so that under memory pressure the JVM drops them and the next read
 * makes the value again. Thread-safe.
 *
 * <p>A value is made by one caller at a time per slot ({@link #get(Object, Object, Supplier)}, {@link #inTurn}): the
 * others asking for that slot meanwhile wait for their turn and then find it kept: readers arriving together at a
 * province-size month have it rated once, not each for itself on the same cores.
 *
 * @param <K> what identifies a value's content: a value is answered only for an equal key
 * @param <V> the kept values
 */
public final class KeptValues<K, V> {

    private record Kept<K, V>(K key, V value) {
    }

    /** The callers of {@link #inTurn} working or waiting on a slot, and its lock; counted under the map's lock. */
    private static final class Turn {
        private final ReentrantLock lock = new ReentrantLock(true);
        private int callers;

        private Turn join() {
            callers++;
            return this;
        }

        private Turn leave() {
            return --callers == 0 ? null : this;
        }
    }

    private final Map<Object, SoftReference<Kept<K, V>>> kept;
    private final Map<Object, Turn> turns = new ConcurrentHashMap<>();

    public KeptValues(int capacity) {
        this.kept = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, SoftReference<Kept<K, V>>> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The value kept in {@code slot} if it was made from {@code key}; else the value {@code make} makes, kept, in the
     * slot's turn ({@link #inTurn}): callers asking meanwhile take it from the slot if it was made from their key.
     */
    public V get(Object slot, K key, Supplier<V> make) {
        return madeFrom(slot, key).orElseGet(() -> inTurn(slot, () -> madeFrom(slot, key).orElseGet(() -> {
            V value = make.get();
            put(slot, key, value);
            return value;
        })));
    }

    /**
     * What {@code work} answers, run while no other caller's work for the same {@code slot} runs: callers for one slot
     * take turns in the order they came (a caller whose work asks for the same slot again goes on), callers for
     * different slots do not wait for each other. Work that fails ends its turn like any other.
     */
    public <T> T inTurn(Object slot, Supplier<T> work) {
        Turn turn = turns.compute(slot, (s, t) -> (t == null ? new Turn() : t).join());
        turn.lock.lock();
        try {
            return work.get();
        } finally {
            turn.lock.unlock();
            turns.computeIfPresent(slot, (s, t) -> t.leave());
        }
    }

    /** The key of the value kept in {@code slot}, with the value, if one is still kept. */
    public Optional<Map.Entry<K, V>> entry(Object slot) {
        return get(slot).map(k -> Map.entry(k.key(), k.value()));
    }

    /** Keeps {@code value}, made from {@code key}, in {@code slot}, in place of what was kept there. */
    public void put(Object slot, K key, V value) {
        synchronized (kept) {
            kept.put(slot, new SoftReference<>(new Kept<>(key, value)));
        }
    }

    private Optional<V> madeFrom(Object slot, K key) {
        return get(slot).filter(k -> k.key().equals(key)).map(Kept::value);
    }

    private Optional<Kept<K, V>> get(Object slot) {
        synchronized (kept) {
            return Optional.ofNullable(kept.get(slot)).map(SoftReference::get);
        }
    }
}
