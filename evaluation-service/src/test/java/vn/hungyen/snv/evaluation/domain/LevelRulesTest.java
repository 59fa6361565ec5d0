package vn.hungyen.snv.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.snv.evaluation.domain.Fixtures.dec;

import org.junit.jupiter.api.Test;

/** Bands and overrides of scoring-hy540 §4. */
class LevelRulesTest {

    private final LevelRules levels = new LevelRules(ScoringSettings.defaults());

    @Test
    void everyLowerBoundIsInclusive() {
        assertThat(levels.band(dec("90.00"))).isEqualTo(Level.HTXSNV);
        assertThat(levels.band(dec("89.99"))).isEqualTo(Level.HTTNV);
        assertThat(levels.band(dec("70.00"))).isEqualTo(Level.HTTNV);
        assertThat(levels.band(dec("69.99"))).isEqualTo(Level.HTNV);
        assertThat(levels.band(dec("50.00"))).isEqualTo(Level.HTNV);
        assertThat(levels.band(dec("49.99"))).isEqualTo(Level.KHTNV);
    }

    @Test
    void forcingFlag_ratesKHTNVEvenWithoutTaskData() {
        assertThat(levels.applyForcing(Level.HTXSNV, true)).isEqualTo(Level.KHTNV);
        assertThat(levels.applyForcing(Level.NO_TASK_DATA, true)).isEqualTo(Level.KHTNV);
        assertThat(levels.applyForcing(Level.HTNV, false)).isEqualTo(Level.HTNV);
    }

    @Test
    void deputyHead_isNotCappedByDefault_butIsWithCapDeputies() {
        LevelRules capDeputies = new LevelRules(new SettingsBuilder().leaderCapDeputies(true).build());

        assertThat(levels.capByUnit(Level.HTXSNV, Position.DEPUTY_HEAD, Level.HTNV)).isEqualTo(Level.HTXSNV);
        assertThat(capDeputies.capByUnit(Level.HTXSNV, Position.DEPUTY_HEAD, Level.HTNV)).isEqualTo(Level.HTNV);
    }

    @Test
    void headCap_neverRaisesALevel_andNeedsARatedUnit() {
        assertThat(levels.capByUnit(Level.HTNV, Position.HEAD, Level.HTXSNV)).isEqualTo(Level.HTNV);
        assertThat(levels.capByUnit(Level.HTXSNV, Position.HEAD, Level.NO_TASK_DATA)).isEqualTo(Level.HTXSNV);
        assertThat(levels.capByUnit(Level.HTXSNV, Position.STAFF, Level.HTNV)).isEqualTo(Level.HTXSNV);
    }

    @Test
    void unitWithAMemberAtKHTNV_isAtMostHTTNV() {
        assertThat(levels.capUnit(Level.HTXSNV, true)).isEqualTo(Level.HTTNV);
        assertThat(levels.capUnit(Level.HTNV, true)).isEqualTo(Level.HTNV);
        assertThat(levels.capUnit(Level.HTXSNV, false)).isEqualTo(Level.HTXSNV);
    }

    @Test
    void levels_carryTheirVietnameseNames() {
        assertThat(Level.HTXSNV.label()).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
        assertThat(Level.HTTNV.label()).isEqualTo("Hoàn thành tốt nhiệm vụ");
        assertThat(Level.HTNV.label()).isEqualTo("Hoàn thành nhiệm vụ");
        assertThat(Level.KHTNV.label()).isEqualTo("Không hoàn thành nhiệm vụ");
    }
}
