package vn.hungyen.snv.evaluation.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.hungyen.snv.evaluation.repository.PublishedMonth;
import vn.hungyen.snv.evaluation.repository.PublishedOfficers;
import vn.hungyen.snv.evaluation.service.RatingViews.MonthRatings;
import vn.hungyen.snv.evaluation.service.RatingViews.OfficerRating;

/**
 * How a published month is stored, in a numbered shape ({@code published_month.snapshot_version}). Version 1 is the
 * JSON of {@link MonthRatings} when it was introduced, pinned by a sample in the tests ({@code
 * snapshots/month-v1.json}), holding the month as published: the Director's adjustments are shown over it, each with
 * the figures it recorded for its officer. Version 2 has the same shape and holds the month as re-derived with every
 * adjustment made so far (issue 14). Version {@value #VERSION} holds the same month as version 2, stored per officer
 * (issue 10): the JSON of {@link MonthRatings} with no officers in {@code published_month.ratings} (the month's own
 * parts: its units), and each officer's {@link OfficerRating} (JSON, the same shape as in version 2) in a row of {@code
 * published_officer} ({@link PublishedOfficers}), in the month's order: a province-size month is more than a Java
 * string holds. When a view changes in a way that would read an old month differently, the version goes up and {@link
 * #read} keeps reading the older ones as they were written; a month stored in version 1 or 2 is stored anew in version
 * {@value #VERSION} when the Director adjusts it.
 */
@ApplicationScoped
class MonthSnapshot {

    /** The version every new snapshot is written in. */
    static final int VERSION = 3;

    /** The oldest version this service reads. */
    private static final int OLDEST = 1;

    private final ObjectMapper json;
    private final ObjectReader monthJson;
    private final ObjectReader officerJson;
    private final PublishedOfficers officers;

    MonthSnapshot(ObjectMapper json, PublishedOfficers officers) {
        this.json = json;
        this.monthJson = json.readerFor(MonthRatings.class);
        this.officerJson = json.readerFor(OfficerRating.class);
        this.officers = officers;
    }

    /**
     * Stores {@code ratings} as the month of the new publication {@code record}, in the current version, in the
     * caller's transaction: the publication's row is persisted, then its officers'.
     */
    void write(PublishedMonth record, MonthRatings ratings) {
        writeMonth(record, ratings);
        record.persist();
        insertOfficers(record, ratings);
    }

    /**
     * Stores {@code ratings} anew as the month of the stored publication {@code record} (an adjustment), in the current
     * version, in the caller's transaction; {@code stored} is the month as {@link #read} before. A month stored in
     * version {@value #VERSION} has only the officers whose rating differs rewritten; one stored in an older version
     * has all its officers stored.
     */
    void rewrite(PublishedMonth record, MonthRatings ratings, MonthRatings stored) {
        boolean rowsStored = storedPerOfficer(record);
        writeMonth(record, ratings);
        if (!rowsStored) {
            insertOfficers(record, ratings);
            return;
        }
        Map<Long, OfficerRating> before = stored.officers().stream()
                .collect(Collectors.toMap(OfficerRating::officerId, Function.identity()));
        officers.update(record.organisationCode, record.month,
                rows(ratings.officers(), o -> !o.equals(before.get(o.officerId()))));
    }

    /** The month's own parts (no officers) in {@code record}, and the current version. */
    private void writeMonth(PublishedMonth record, MonthRatings ratings) {
        record.ratings = text(new MonthRatings(ratings.month(), ratings.published(), ratings.publishedAt(), List.of(),
                ratings.units()));
        record.snapshotVersion = VERSION;
    }

    private void insertOfficers(PublishedMonth record, MonthRatings ratings) {
        officers.insert(record.organisationCode, record.month, rows(ratings.officers(), o -> true));
    }

    private List<PublishedOfficers.Row> rows(List<OfficerRating> ratings,
            Predicate<OfficerRating> which) {
        List<PublishedOfficers.Row> rows = new ArrayList<>();
        for (int position = 0; position < ratings.size(); position++) {
            OfficerRating officer = ratings.get(position);
            if (which.test(officer)) {
                rows.add(new PublishedOfficers.Row(officer.officerId(), position, officer.unitCode(), text(officer)));
            }
        }
        return rows;
    }

    /**
     * Whether the stored month includes the Director's adjustments after publication (version 2 on); a version 1
     * month is stored as it was published.
     */
    static boolean includesAdjustments(PublishedMonth record) {
        return record.snapshotVersion >= 2;
    }

    /**
     * Whether the month's officers are stored one per row (version {@value #VERSION}), so that some of them are read
     * without the others.
     */
    static boolean storedPerOfficer(PublishedMonth record) {
        return record.snapshotVersion == VERSION;
    }

    /** The month as it was published, with the adjustments it {@linkplain #includesAdjustments includes}. */
    MonthRatings read(PublishedMonth record) {
        return read(record, OfficerSelection.EVERYONE);
    }

    /**
     * The officers {@code which} of the month as {@link #read(PublishedMonth)} gives it, in its order, and all its
     * units: a month {@linkplain #storedPerOfficer stored per officer} reads only their rows, an older one is read
     * whole and selected from.
     */
    MonthRatings read(PublishedMonth record, OfficerSelection which) {
        if (record.snapshotVersion < OLDEST || record.snapshotVersion > VERSION) {
            throw new IllegalStateException("published month " + record.month + " is stored in version "
                    + record.snapshotVersion + ", which this version of the service does not read");
        }
        MonthRatings month = parse(record.ratings, monthJson, record.month);
        if (!storedPerOfficer(record)) {
            return which.of(month);
        }
        List<OfficerRating> rated = new ArrayList<>();
        officers.ratings(record.organisationCode, record.month, which.unitCode(), which.officerId(),
                rating -> rated.add(parse(rating, officerJson, record.month)));
        return new MonthRatings(month.month(), month.published(), month.publishedAt(), rated, month.units());
    }

    private static <T> T parse(String text, ObjectReader reader, String month) {
        try {
            return reader.readValue(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("published ratings of " + month + " cannot be read", e);
        }
    }

    private String text(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a published month cannot be stored: " + value.getClass(), e);
        }
    }
}
