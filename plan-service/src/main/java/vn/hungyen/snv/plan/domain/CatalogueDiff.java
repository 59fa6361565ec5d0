package vn.hungyen.snv.plan.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What changed between two versions of a catalogue, item by item (matched by number). */
public final class CatalogueDiff {

    /** How an item changed. */
    public enum Kind { ADDED, REMOVED, CHANGED }

    /** One changed cell: the column's Vietnamese header and its text before and after. */
    public record ColumnChange(String column, String before, String after) {
    }

    /**
     * One item's change: its content (the removed item's for {@link Kind#REMOVED}) and, for {@link Kind#CHANGED},
     * every changed column.
     */
    public record Change(int number, Kind kind, String content, List<ColumnChange> columns) {
    }

    private CatalogueDiff() {
    }

    /** The changes from {@code before} to {@code after}, ordered by item number. */
    public static List<Change> between(List<CatalogueItem> before, List<CatalogueItem> after) {
        Map<Integer, CatalogueItem> old = byNumber(before);
        Map<Integer, CatalogueItem> current = byNumber(after);
        TreeMap<Integer, Change> changes = new TreeMap<>();
        old.forEach((number, item) -> {
            CatalogueItem now = current.get(number);
            if (now == null) {
                changes.put(number, new Change(number, Kind.REMOVED, item.content(), List.of()));
            } else {
                List<ColumnChange> columns = changedColumns(item, now);
                if (!columns.isEmpty()) {
                    changes.put(number, new Change(number, Kind.CHANGED, now.content(), columns));
                }
            }
        });
        current.forEach((number, item) -> {
            if (!old.containsKey(number)) {
                changes.put(number, new Change(number, Kind.ADDED, item.content(), List.of()));
            }
        });
        return new ArrayList<>(changes.values());
    }

    private static List<ColumnChange> changedColumns(CatalogueItem before, CatalogueItem after) {
        return Arrays.stream(CatalogueColumn.values())
                .filter(column -> !before.cell(column).equals(after.cell(column)))
                .map(column -> new ColumnChange(column.header(), before.cell(column), after.cell(column))).toList();
    }

    private static Map<Integer, CatalogueItem> byNumber(List<CatalogueItem> items) {
        return items.stream().collect(Collectors.toMap(CatalogueItem::number, Function.identity()));
    }
}
