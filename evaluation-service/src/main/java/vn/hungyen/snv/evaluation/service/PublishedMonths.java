package vn.hungyen.snv.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import vn.hungyen.snv.common.cache.KeptValues;
import vn.hungyen.snv.evaluation.repository.PublishedMonth;
import vn.hungyen.snv.evaluation.service.RatingViews.MonthRatings;

/**
 * Published months as read from their stored JSON and rows ({@link MonthSnapshot#read}), kept between reads: a
 * published month is stored once and rewritten only when the Director's adjustment is recorded with it, in the same
 * transaction. So
 * the stored month is the same while its publication ({@code publishedAt}) and the ids of its adjustments are: a read
 * that finds another list of adjustments (or a month published again) reads it again, and a province-size month
 * is parsed once instead of on every read of it whole. A page (one unit's officers) of a month stored per officer
 * reads that unit's rows instead, and is not kept.
 *
 * <p>The last {@value #KEPT} months read are kept (a dashboard's trend), each softly ({@link KeptValues}): under memory
 * pressure the JVM drops them and the next read parses again.
 */
@ApplicationScoped
class PublishedMonths {

    static final int KEPT = 6;

    /** What identifies a stored month's content: the month, its publication, the adjustments recorded since. */
    record Key(String organisationCode, String month, Instant publishedAt, List<Long> adjustmentIds) {
    }

    private final MonthSnapshot snapshots;
    private final KeptValues<Key, MonthRatings> kept = new KeptValues<>(KEPT);

    PublishedMonths(MonthSnapshot snapshots) {
        this.snapshots = snapshots;
    }

    /**
     * The officers {@code which} of the month as stored in {@code publication} with the adjustments {@code
     * adjustmentIds} (oldest first, as read in the same transaction), and all its units. Some officers of a month
     * {@linkplain MonthSnapshot#storedPerOfficer stored per officer} are read from their rows alone, every time: a
     * page reads its unit, not the month. Otherwise the whole month is kept from an earlier read of the same
     * content, else read now, and selected from.
     */
    MonthRatings read(PublishedMonth publication, List<Long> adjustmentIds, OfficerSelection which) {
        if (!which.everyone() && MonthSnapshot.storedPerOfficer(publication)) {
            return snapshots.read(publication, which);
        }
        Key key = new Key(publication.organisationCode, publication.month, publication.publishedAt,
                List.copyOf(adjustmentIds));
        String slot = publication.organisationCode + "/" + publication.month;
        return which.of(kept.get(slot, key, () -> snapshots.read(publication)));
    }
}
