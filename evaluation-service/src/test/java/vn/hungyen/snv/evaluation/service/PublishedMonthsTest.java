package vn.hungyen.snv.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.evaluation.repository.PublishedMonth;
import vn.hungyen.snv.evaluation.service.RatingViews.MonthRatings;
import vn.hungyen.snv.evaluation.service.RatingViews.OfficerRating;

/**
 * A published month is parsed once while its stored content stays the same, and again as soon as it may not; a page of
 * a month stored as one JSON value is selected from the month parsed once.
 */
class PublishedMonthsTest {

    private static final Instant PUBLISHED = Instant.parse("2026-11-05T03:00:00Z");

    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule()).build();
    /** Months stored as one JSON value (version 2) are read without the database's rows. */
    private final MonthSnapshot snapshots = new MonthSnapshot(json, null);
    private final PublishedMonths kept = new PublishedMonths(snapshots);

    @Test
    void theSameStoredMonthIsParsedOnce() {
        PublishedMonth october = stored("2026-10", PUBLISHED);

        MonthRatings first = kept.read(october, List.of(7L), OfficerSelection.EVERYONE);
        october.ratings = "not read again";

        assertThat(kept.read(october, List.of(7L), OfficerSelection.EVERYONE)).isSameAs(first);
        assertThat(first.month()).isEqualTo("2026-10");
    }

    @Test
    void aNewAdjustmentOrANewPublicationReadsTheStoredMonthAgain() {
        PublishedMonth october = stored("2026-10", PUBLISHED);
        MonthRatings first = kept.read(october, List.of(), OfficerSelection.EVERYONE);

        store(october, new MonthRatings("2026-10", true, PUBLISHED.plusSeconds(1), List.of(), List.of()));
        MonthRatings adjusted = kept.read(october, List.of(8L), OfficerSelection.EVERYONE);
        assertThat(adjusted).isNotSameAs(first);
        assertThat(adjusted.publishedAt()).isEqualTo(PUBLISHED.plusSeconds(1));

        PublishedMonth again = stored("2026-10", PUBLISHED.plusSeconds(60));
        assertThat(kept.read(again, List.of(8L), OfficerSelection.EVERYONE).publishedAt()).isEqualTo(PUBLISHED);
    }

    @Test
    void eachOrganisationsMonthIsKeptApart() {
        PublishedMonth october = stored("2026-10", PUBLISHED);
        PublishedMonth september = stored("2026-09", PUBLISHED);

        assertThat(kept.read(october, List.of(), OfficerSelection.EVERYONE).month()).isEqualTo("2026-10");
        assertThat(kept.read(september, List.of(), OfficerSelection.EVERYONE).month()).isEqualTo("2026-09");
        assertThat(kept.read(october, List.of(), OfficerSelection.EVERYONE).month()).isEqualTo("2026-10");
    }

    @Test
    void aPageOfAMonthStoredAsOneJsonValueIsSelectedFromTheMonthParsedOnce() throws JsonProcessingException {
        PublishedMonth october = stored("2026-10", PUBLISHED);
        store(october, new MonthRatings("2026-10", true, PUBLISHED,
                List.of(officer(1, "A"), officer(2, "B"), officer(3, "A")), List.of()));

        MonthRatings whole = kept.read(october, List.of(), OfficerSelection.EVERYONE);
        october.ratings = "not read again";

        assertThat(kept.read(october, List.of(), OfficerSelection.ofUnit("A")).officers())
                .containsExactly(whole.officers().get(0), whole.officers().get(2));
        assertThat(kept.read(october, List.of(), OfficerSelection.ofOfficer(2)).officers())
                .containsExactly(whole.officers().get(1));
    }

    private OfficerRating officer(long officerId, String unitCode) throws JsonProcessingException {
        return json.readValue("{\"officerId\": %d, \"unitCode\": \"%s\"}".formatted(officerId, unitCode),
                OfficerRating.class);
    }

    private PublishedMonth stored(String month, Instant publishedAt) {
        PublishedMonth record = new PublishedMonth();
        record.organisationCode = "SNV";
        record.month = month;
        record.publishedAt = publishedAt;
        store(record, new MonthRatings(month, true, PUBLISHED, List.of(), List.of()));
        return record;
    }

    /** Stores {@code ratings} in {@code record} as one JSON value, as an adjustment rewrites a version 2 month. */
    private void store(PublishedMonth record, MonthRatings ratings) {
        record.snapshotVersion = 2;
        try {
            record.ratings = json.writeValueAsString(ratings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
