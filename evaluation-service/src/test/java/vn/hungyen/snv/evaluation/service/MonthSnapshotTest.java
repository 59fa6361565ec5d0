package vn.hungyen.snv.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.evaluation.repository.PublishedMonth;
import vn.hungyen.snv.evaluation.domain.Level;
import vn.hungyen.snv.evaluation.domain.MonthWorkflowRules;
import vn.hungyen.snv.evaluation.service.RatingViews.MonthRatings;
import vn.hungyen.snv.evaluation.service.RatingViews.OfficerRating;
import vn.hungyen.snv.evaluation.testing.FakePlanService;

/**
 * A month published in snapshot version 1 reads back as it was written, field by field, and its views write back the
 * same JSON: a change of the API's views that would alter an old month fails here and needs a new snapshot version.
 * (Version 3, stored per officer in the database: {@code PublishedMonthStorageTest}.)
 */
@QuarkusTest
@QuarkusTestResource(FakePlanService.class)
class MonthSnapshotTest {

    @Inject
    MonthSnapshot snapshots;

    @Inject
    ObjectMapper json;

    @Test
    void aVersion1MonthReadsBackAsWritten() throws IOException {
        PublishedMonth stored = stored(1, sample());

        MonthRatings month = snapshots.read(stored);

        assertThat(month.month()).isEqualTo("2024-03");
        assertThat(month.publishedAt()).isEqualTo(Instant.parse("2024-04-08T02:15:30.123456Z"));
        OfficerRating khanh = month.officers().get(0);
        assertThat(khanh.fullName()).isEqualTo("Nguyễn Văn Khánh");
        assertThat(khanh.total()).isEqualByComparingTo("94.08");
        assertThat(khanh.level()).isEqualTo(Level.HTTNV);
        assertThat(khanh.bandLevel()).isEqualTo(Level.HTXSNV);
        assertThat(khanh.ruleAdjustments()).containsExactly("QUOTA");
        assertThat(khanh.selfAssessment().groupIII()).isEqualByComparingTo("9");
        assertThat(khanh.review().by()).isEqualTo("head.cchc");
        assertThat(khanh.exemptions().get(0).status()).isEqualTo(MonthWorkflowRules.Ruling.APPROVED);
        assertThat(khanh.products().get(1).acceptedOn()).isEqualTo(LocalDate.of(2024, 3, 22));
        assertThat(khanh.products().get(1).timelinessCredit()).isEqualByComparingTo("75");
        assertThat(khanh.products().get(0).eventIds()).hasSize(2);
        assertThat(month.units().get(0).cappedByMember()).isTrue();
        assertThat(month.units().get(0).productCount()).isEqualTo(2);

        assertThat(json.readTree(json.writeValueAsString(month))).isEqualTo(json.readTree(sample()));
    }

    @Test
    void aVersionThisServiceDoesNotKnowIsRefusedNotMisread() throws IOException {
        PublishedMonth stored = stored(MonthSnapshot.VERSION + 1, sample());

        assertThatThrownBy(() -> snapshots.read(stored)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("version " + (MonthSnapshot.VERSION + 1));
    }

    private static PublishedMonth stored(int version, String ratings) {
        PublishedMonth stored = new PublishedMonth();
        stored.month = "2024-03";
        stored.snapshotVersion = version;
        stored.ratings = ratings;
        return stored;
    }

    private static String sample() throws IOException {
        try (InputStream in = MonthSnapshotTest.class.getResourceAsStream("/snapshots/month-v1.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
