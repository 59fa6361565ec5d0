package vn.hungyen.snv.common.organisation;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** A list of unit codes kept in one text column (and in the catalogue's files): codes joined by ";". */
public final class UnitCodes {

    public static final String SEPARATOR = ";";

    private UnitCodes() {
    }

    public static String join(Collection<String> codes) {
        return String.join(SEPARATOR, codes);
    }

    /** The codes of a joined list; none for an empty text. */
    public static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR));
    }
}
