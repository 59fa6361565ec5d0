package vn.hungyen.snv.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hungyen.snv.evaluation.domain.Fixtures.all;
import static vn.hungyen.snv.evaluation.domain.Fixtures.dec;
import static vn.hungyen.snv.evaluation.domain.Fixtures.done;
import static vn.hungyen.snv.evaluation.domain.Fixtures.unfinished;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** d, đ and e of a leader (scoring-hy540 §6). */
class LeaderCriteriaRulesTest {

    private final LeaderCriteriaRules rules = new LeaderCriteriaRules(ScoringSettings.defaults());

    @Test
    void unitResults_full_whenEveryOfficerUnderReachesFifty() {
        assertThat(rules.unitResults(List.of(dec("50.00"), dec("93.10")))).isEqualByComparingTo("100");
        assertThat(rules.unitResults(List.of())).isEqualByComparingTo("100");
    }

    @Test
    void unitResults_half_whenAnOfficerUnderScoresBelowFifty() {
        assertThat(rules.unitResults(List.of(dec("49.99"), dec("93.10")))).isEqualByComparingTo("50");
    }

    @Test
    void organising_full_forACleanRecord() {
        OrganisingAssessment assessment = rules.organising(done("p", 5), List.of());

        assertThat(assessment.basis()).isEqualTo(OrganisingAssessment.Basis.CLEAN_RECORD);
        assertThat(assessment.value(Optional.empty())).isEqualByComparingTo("100");
    }

    @Test
    void organising_half_whenAProductIsOverdueAndOpenLongerThanTenWorkingDays() {
        OrganisingAssessment assessment = rules.organising(done("p", 5), List.of(11));

        assertThat(assessment.basis()).isEqualTo(OrganisingAssessment.Basis.PROLONGED_OVERDUE);
        assertThat(assessment.value(Optional.of(100))).isEqualByComparingTo("50");
    }

    @Test
    void organising_half_whenTheUnitsTimelinessIsBelowEighty() {
        OrganisingAssessment assessment = rules.organising(all(done("p", 3), unfinished("f", 1)), List.of());

        assertThat(assessment.basis()).isEqualTo(OrganisingAssessment.Basis.LOW_TIMELINESS);
        assertThat(assessment.value(Optional.empty())).isEqualByComparingTo("50");
    }

    @Test
    void organising_leftToTheApprover_whenSomethingIsLateButNotSerious() {
        OrganisingAssessment lateOnce = rules.organising(all(done("p", 9), List.of(done("late", 1, 0))), List.of());
        OrganisingAssessment openTenDays = rules.organising(done("p", 5), List.of(10));

        assertThat(lateOnce.requiresApproverChoice()).isTrue();
        assertThat(openTenDays.requiresApproverChoice()).isTrue();
        assertThat(lateOnce.value(Optional.of(75))).isEqualByComparingTo("75");
    }

    @Test
    void approverChoice_mustBeFiftySeventyFiveOrHundred_andPresent() {
        OrganisingAssessment assessment = rules.organising(List.of(done("returned", 0, 1)), List.of());

        assertThatThrownBy(() -> assessment.value(Optional.of(60))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> assessment.value(Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cohesion_halfOnlyWithADocumentedFinding() {
        assertThat(rules.cohesion(Optional.empty())).isEqualByComparingTo("100");
        assertThat(rules.cohesion(Optional.of("Biên bản kiểm tra số 12: mất đoàn kết nội bộ")))
                .isEqualByComparingTo("50");
        assertThatThrownBy(() -> rules.cohesion(Optional.of(" "))).isInstanceOf(IllegalArgumentException.class);
    }
}
