package vn.hungyen.snv.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hungyen.snv.evaluation.domain.Fixtures.dec;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.evaluation.domain.PublishedAdjustment.Figures;

/** The Director's adjustments of a published rating (scoring-hy540 §8, complaints). */
class PublishedAdjustmentTest {

    private final PublishedAdjustment adjustment = new PublishedAdjustment(ScoringSettings.defaults());

    private static Figures figures(String general, String total, Level level) {
        return new Figures(dec(general), Optional.ofNullable(total).map(BigDecimal::new), level);
    }

    @Test
    void aNewGeneralScoreMovesTheTotalByItsChangeAndRebands() {
        // E4: G 26, K 63.00, S 89.00 HTTNV; G 28 → S 91.00 HTXSNV
        Figures after = adjustment.apply(figures("26", "89.00", Level.HTTNV), Optional.of(dec("28")), Optional.empty());

        assertThat(after.general()).isEqualByComparingTo("28");
        assertThat(after.total()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("91.00"));
        assertThat(after.level()).isEqualTo(Level.HTXSNV);
    }

    @Test
    void aQuotaDemotionStillBoundsTheNewBand() {
        // G 27, S 93.11, band HTXSNV demoted to HTTNV by the quota; G 28.5 → S 94.61, still HTTNV
        Figures demoted = figures("27", "93.11", Level.HTTNV);

        assertThat(adjustment.apply(demoted, Optional.of(dec("28.5")), Optional.empty()).level())
                .isEqualTo(Level.HTTNV);
        // G 10 → S 76.11 → HTTNV; G 0 → S 66.11 → HTNV, lower than the demoted level
        assertThat(adjustment.apply(demoted, Optional.of(dec("0")), Optional.empty()).level()).isEqualTo(Level.HTNV);
    }

    @Test
    void aForcedLevelStaysKhtnvWhateverG() {
        // E7: G 25, S 95.00, forced KHTNV; G 30 → S 100.00, still KHTNV
        Figures after = adjustment.apply(figures("25", "95.00", Level.KHTNV), Optional.of(dec("30")),
                Optional.empty());

        assertThat(after.total()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("100.00"));
        assertThat(after.level()).isEqualTo(Level.KHTNV);
    }

    @Test
    void aLevelDecidedByTheDirectorIsTakenAsIs() {
        Figures after = adjustment.apply(figures("27", "93.11", Level.HTTNV), Optional.empty(),
                Optional.of(Level.HTXSNV));

        assertThat(after.general()).isEqualByComparingTo("27");
        assertThat(after.total()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("93.11"));
        assertThat(after.level()).isEqualTo(Level.HTXSNV);
    }

    @Test
    void nothingToChange_outOfRange_orNoScore_areRefused() {
        Figures rated = figures("26", "89.00", Level.HTTNV);

        assertThatThrownBy(() -> adjustment.apply(rated, Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> adjustment.apply(rated, Optional.of(dec("30.5")), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> adjustment.apply(figures("28", null, Level.NO_TASK_DATA), Optional.of(dec("20")),
                Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }
}
