package vn.hungyen.snv.common.cache;

import java.lang.ref.SoftReference;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Values kept between reads, each in a slot (e.g. an organisation's month) with the key of what it was made from: the
 * last {@code capacity} slots used, each softly, so that under memory pressure the JVM drops them and the next read
 * makes the value again. Thread-safe.
 *
 * @param <K> what identifies a value's content: a value is answered only for an equal key
 * @param <V> the kept values
 */
public final class KeptValues<K, V> {

    private record Kept<K, V>(K key, V value) {
    }

    private final Map<Object, SoftReference<Kept<K, V>>> kept;

    public KeptValues(int capacity) {
        this.kept = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, SoftReference<Kept<K, V>>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value kept in {@code slot} if it was made from {@code key}. */
    public Optional<V> get(Object slot, K key) {
        return get(slot).filter(k -> k.key().equals(key)).map(Kept::value);
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

    private Optional<Kept<K, V>> get(Object slot) {
        synchronized (kept) {
            return Optional.ofNullable(kept.get(slot)).map(SoftReference::get);
        }
    }
}
