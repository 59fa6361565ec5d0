package vn.hungyen.snv.evaluation.repository;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.UUID;

/**
 * An unmodifiable list of UUIDs held as two {@code long}s each: the ids of the events a product came from. A
 * province-size month keeps three million of them; as {@code UUID} objects in a list they took twice the memory, and
 * reading them made as many objects again (docs/benchmarks.md, "Event ids held as numbers, facts read by their product
 * columns"). An element is made when it is read.
 */
public final class UuidList extends AbstractList<UUID> implements RandomAccess {

    private static final UuidList EMPTY = new UuidList(new long[0]);

    /** The most and least significant bits of each id in turn. */
    private final long[] bits;

    UuidList(long[] bits) {
        this.bits = bits;
    }

    /** The ids of {@code ids}, in its order: {@code ids} itself when it is one already. */
    public static List<UUID> copyOf(List<UUID> ids) {
        if (ids instanceof UuidList held) {
            return held;
        }
        if (ids.isEmpty()) {
            return EMPTY;
        }
        long[] bits = new long[2 * ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            bits[2 * i] = id.getMostSignificantBits();
            bits[2 * i + 1] = id.getLeastSignificantBits();
        }
        return new UuidList(bits);
    }

    @Override
    public UUID get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        return new UUID(bits[2 * index], bits[2 * index + 1]);
    }

    @Override
    public int size() {
        return bits.length / 2;
    }
}
