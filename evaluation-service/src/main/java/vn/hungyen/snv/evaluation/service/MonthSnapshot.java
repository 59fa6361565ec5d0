package vn.hungyen.snv.evaluation.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import vn.hungyen.snv.evaluation.repository.PublishedMonth;
import vn.hungyen.snv.evaluation.service.RatingViews.MonthRatings;

/**
 * How a published month is stored: JSON of a numbered shape ({@code published_month.snapshot_version}). Version 1
 * is the shape of {@link MonthRatings} when it was introduced, pinned by a sample in the tests
 * ({@code snapshots/month-v1.json}), holding the month as published: the Director's adjustments are shown over it,
 * each with the figures it recorded for its officer. Version {@value #VERSION} has the same shape and holds the month
 * as re-derived with every adjustment made so far (issue 14). When a view changes in a way that would read an old
 * month differently, the version goes up and {@link #read} keeps reading the older ones as they were written.
 */
@ApplicationScoped
class MonthSnapshot {

    /** The version every new snapshot is written in. */
    static final int VERSION = 2;

    /** The oldest version this service reads. */
    private static final int OLDEST = 1;

    private final ObjectMapper json;

    MonthSnapshot(ObjectMapper json) {
        this.json = json;
    }

    /** Stores {@code ratings} in {@code record} in the current version. */
    void write(PublishedMonth record, MonthRatings ratings) {
        try {
            record.ratings = json.writeValueAsString(ratings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the ratings of " + ratings.month() + " cannot be stored", e);
        }
        record.snapshotVersion = VERSION;
    }

    /**
     * Whether the stored month includes the Director's adjustments after publication (version 2 on); a version 1
     * month is stored as it was published.
     */
    static boolean includesAdjustments(PublishedMonth record) {
        return record.snapshotVersion >= 2;
    }

    /** The month as it was published, with the adjustments it {@linkplain #includesAdjustments includes}. */
    MonthRatings read(PublishedMonth record) {
        if (record.snapshotVersion < OLDEST || record.snapshotVersion > VERSION) {
            throw new IllegalStateException("published month " + record.month + " is stored in version "
                    + record.snapshotVersion + ", which this version of the service does not read");
        }
        try {
            return json.readValue(record.ratings, MonthRatings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("published ratings of " + record.month + " cannot be read", e);
        }
    }
}
