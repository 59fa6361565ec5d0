package vn.hungyen.snv.evaluation.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import vn.hungyen.snv.evaluation.repository.PublishedMonth;
import vn.hungyen.snv.evaluation.service.RatingViews.MonthRatings;

/**
 * How a published month is stored: JSON of a numbered shape ({@code published_month.snapshot_version}). Version
 * {@value #VERSION} is the shape of {@link MonthRatings} when it was introduced, pinned by a sample in the tests
 * ({@code snapshots/month-v1.json}); when a view changes in a way that would read an old month differently, the
 * version goes up and {@link #read} keeps reading the older ones as they were written.
 */
@ApplicationScoped
class MonthSnapshot {

    /** The version every new snapshot is written in. */
    static final int VERSION = 1;

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

    /** The month as it was published. */
    MonthRatings read(PublishedMonth record) {
        if (record.snapshotVersion != VERSION) {
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
