package vn.hungyen.snv.evaluation.service;

import vn.hungyen.snv.evaluation.service.RatingViews.MonthRatings;
import vn.hungyen.snv.evaluation.service.RatingViews.OfficerRating;

/**
 * Which officers of a month a read answers: every officer, one unit's (a page, {@code ?unit=}) or one officer; a null
 * part selects any. A month stored per officer reads only the selected officers' rows ({@link MonthSnapshot}), so
 * that a page of a province-size month does not read the month (issue 10); any other month is selected from
 * ({@link #of}) as it stands.
 */
public record OfficerSelection(String unitCode, Long officerId) {

    /** Every officer of the month. */
    public static final OfficerSelection EVERYONE = new OfficerSelection(null, null);

    /** The officers of the unit {@code unitCode}; every officer when none is given (null or blank). */
    public static OfficerSelection ofUnit(String unitCode) {
        return unitCode == null || unitCode.isBlank() ? EVERYONE : new OfficerSelection(unitCode, null);
    }

    /** The officer {@code officerId} alone. */
    public static OfficerSelection ofOfficer(long officerId) {
        return new OfficerSelection(null, officerId);
    }

    /** Whether every officer is selected. */
    public boolean everyone() {
        return unitCode == null && officerId == null;
    }

    /** Whether {@code officer} is selected: of the unit (as the month rated them) and the officer asked for. */
    public boolean includes(OfficerRating officer) {
        return (unitCode == null || unitCode.equals(officer.unitCode()))
                && (officerId == null || officerId == officer.officerId());
    }

    /** {@code month} with the selected officers only, in its order, and all its units. */
    public MonthRatings of(MonthRatings month) {
        return everyone() ? month : new MonthRatings(month.month(), month.published(), month.publishedAt(),
                month.officers().stream().filter(this::includes).toList(), month.units());
    }
}
