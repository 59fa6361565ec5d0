package vn.hungyen.snv.plan.domain;

import java.util.List;
import vn.hungyen.snv.common.deadline.Deadline;
import vn.hungyen.snv.common.organisation.UnitCodes;

/**
 * One task of a plan's catalogue (danh mục nhiệm vụ). {@code target} is null when the plan sets no numeric target;
 * {@code coordinatingUnits} may be empty. {@code sourceQuote} holds the exact words of the cited lines the item rests
 * on and {@code derivation} whether the item says what they say ({@link CatalogueParser#QUOTED}) or makes a concrete
 * task of a general directive ({@link CatalogueParser#DERIVED}); both are null for files exported without them.
 */
public record CatalogueItem(int number, String field, String content, String leadUnit, List<String> coordinatingUnits,
        String supervisor, Deadline deadline, String product, Target target, SourceRef source, String sourceQuote,
        String derivation) {

    public CatalogueItem {
        coordinatingUnits = List.copyOf(coordinatingUnits);
    }

    /** The item's value in one column, written as a catalogue file holds it; {@link CatalogueParser} reads it back. */
    public String cell(CatalogueColumn column) {
        return switch (column) {
            case NUMBER -> String.valueOf(number);
            case FIELD -> field;
            case CONTENT -> content;
            case LEAD_UNIT -> leadUnit;
            case COORDINATING_UNITS -> UnitCodes.join(coordinatingUnits);
            case SUPERVISOR -> supervisor;
            case DEADLINE -> deadline.text();
            case PRODUCT -> product;
            case TARGET -> target == null ? "" : target.text();
            case SOURCE -> source.text();
            case SOURCE_QUOTE -> sourceQuote == null ? "" : sourceQuote;
            case DERIVATION -> derivation == null ? "" : derivation;
        };
    }
}
