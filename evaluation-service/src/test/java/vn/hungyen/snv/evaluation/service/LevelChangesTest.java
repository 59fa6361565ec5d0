package vn.hungyen.snv.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.evaluation.domain.Level;
import vn.hungyen.snv.evaluation.domain.OfficerResult.Adjustment;
import vn.hungyen.snv.evaluation.domain.QuotaResult;
import vn.hungyen.snv.evaluation.service.RatingViews.LevelChange;
import vn.hungyen.snv.evaluation.service.RatingViews.Review;

/** Each rule that lowered a level says what it read. */
class LevelChangesTest {

    private static final QuotaResult QUOTA = new QuotaResult("STAFF", new BigDecimal("0.20"), 61, 40, 12,
            List.of("1"), List.of("2"), false);

    @Test
    void theQuotaNamesItsGroupHowManyReachedExcellenceAndHowManyMayKeepIt() {
        List<LevelChange> changes = LevelChanges.of(Level.HTXSNV, Level.HTTNV, List.of(Adjustment.QUOTA), null, null,
                Optional.empty(), Optional.of(QUOTA));

        assertThat(changes).containsExactly(new LevelChange("QUOTA", Level.HTXSNV, Level.HTTNV, null, null, null, null,
                "STAFF", 61, 12));
    }

    @Test
    void theHeadCapNamesTheUnitsLevel() {
        List<LevelChange> changes = LevelChanges.of(Level.HTXSNV, Level.HTNV, List.of(Adjustment.CAPPED_BY_UNIT), null,
                null, Optional.of(Level.HTNV), Optional.empty());

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.rule()).isEqualTo("CAPPED_BY_UNIT");
            assertThat(change.from()).isEqualTo(Level.HTXSNV);
            assertThat(change.to()).isEqualTo(Level.HTNV);
            assertThat(change.unitLevel()).isEqualTo(Level.HTNV);
        });
    }

    @Test
    void aForcingFlagNamesTheFlagsAndWhoRecordedThemAndTheNextRuleStartsFromItsLevel() {
        Review review = new Review(new BigDecimal("25"), null, true, false, true, null, null, "head.cchc",
                Instant.parse("2024-07-05T02:00:00Z"), false);

        List<LevelChange> changes = LevelChanges.of(Level.HTTNV, Level.KHTNV,
                List.of(Adjustment.FORCED, Adjustment.CAPPED_BY_UNIT), review, "Nguyễn Văn Trưởng", Optional.of(Level.HTNV), Optional.empty());

        assertThat(changes).hasSize(2);
        assertThat(changes.get(0)).isEqualTo(new LevelChange("FORCED", Level.HTTNV, Level.KHTNV,
                List.of("DISCIPLINED", "CORRUPTION_IN_UNIT"), "head.cchc", "Nguyễn Văn Trưởng", null, null, null, null));
        assertThat(changes.get(1).from()).isEqualTo(Level.KHTNV);
        assertThat(changes.get(1).to()).as("capping never raises").isEqualTo(Level.KHTNV);
    }

    @Test
    void theDirectorsDecisionAfterPublicationEndsAtTheDecidedLevel() {
        List<LevelChange> changes = LevelChanges.of(Level.HTXSNV, Level.HTNV,
                List.of(Adjustment.FORCED, Adjustment.DIRECTOR_DECISION), null, null, Optional.empty(),
                Optional.empty());

        assertThat(changes).extracting(LevelChange::rule).containsExactly("FORCED", "DIRECTOR_DECISION");
        assertThat(changes.get(1)).isEqualTo(new LevelChange("DIRECTOR_DECISION", Level.KHTNV, Level.HTNV, null, null,
                null, null, null, null, null));
    }

    @Test
    void noRuleNoChange() {
        assertThat(LevelChanges.of(Level.HTTNV, Level.HTTNV, List.of(), null, null, Optional.of(Level.HTNV),
                Optional.of(QUOTA)))
                .isEmpty();
    }
}
