package vn.hungyen.snv.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.rules.Violation;
import vn.hungyen.snv.plan.domain.OfficerHistory.Leave;
import vn.hungyen.snv.plan.domain.OfficerHistory.Posting;

class OfficerHistoryTest {

    private static final List<Posting> POSTINGS = List.of(
            new Posting("VP", "Chuyên viên", LocalDate.of(2024, 1, 1)),
            new Posting("TCBC", "Phó Trưởng phòng", LocalDate.of(2025, 6, 1)));

    @Test
    void anOfficerBelongsFromJoiningUntilTheDayBeforeLeaving() {
        LocalDate joined = LocalDate.of(2024, 1, 1);
        LocalDate left = LocalDate.of(2025, 9, 1);
        assertThat(OfficerHistory.belongs(joined, left, LocalDate.of(2023, 12, 31))).isFalse();
        assertThat(OfficerHistory.belongs(joined, left, joined)).isTrue();
        assertThat(OfficerHistory.belongs(joined, left, LocalDate.of(2025, 8, 31))).isTrue();
        assertThat(OfficerHistory.belongs(joined, left, left)).isFalse();
        assertThat(OfficerHistory.belongs(null, null, LocalDate.of(1990, 1, 1))).isTrue();
    }

    @Test
    void thePostingInForceIsTheLatestStartedOnOrBeforeTheDate() {
        assertThat(OfficerHistory.inForce(POSTINGS, LocalDate.of(2023, 12, 31))).isEmpty();
        assertThat(OfficerHistory.inForce(POSTINGS, LocalDate.of(2025, 5, 31))).map(Posting::unitCode).hasValue("VP");
        assertThat(OfficerHistory.inForce(POSTINGS, LocalDate.of(2025, 6, 1))).map(Posting::unitCode)
                .hasValue("TCBC");
    }

    @Test
    void aMoveMayNotPrecedeJoiningTheLatestPostingOrFollowLeaving() {
        LocalDate joined = LocalDate.of(2024, 1, 1);
        assertThat(OfficerHistory.move(joined, null, POSTINGS, LocalDate.of(2023, 6, 1))).map(Violation::code)
                .hasValue("move-before-joining");
        assertThat(OfficerHistory.move(joined, null, POSTINGS, LocalDate.of(2025, 5, 1))).map(Violation::code)
                .hasValue("move-before-latest");
        assertThat(OfficerHistory.move(joined, null, POSTINGS, LocalDate.of(2025, 6, 1))).isEmpty();
        assertThat(OfficerHistory.move(joined, LocalDate.of(2025, 9, 1), POSTINGS, LocalDate.of(2025, 9, 1)))
                .map(Violation::code).hasValue("officer-left");
    }

    @Test
    void leavingComesAfterTheLatestPostingStarted() {
        assertThat(OfficerHistory.leaving(POSTINGS, LocalDate.of(2025, 6, 1))).map(Violation::kind)
                .hasValue(Violation.Kind.INPUT);
        assertThat(OfficerHistory.leaving(POSTINGS, LocalDate.of(2025, 6, 2))).isEmpty();
    }

    @Test
    void aLeaveEndsOnOrAfterItsStartAndOverlapsNoOther() {
        List<Leave> others = List.of(new Leave(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 8, 31)));
        assertThat(OfficerHistory.newLeave(new Leave(LocalDate.of(2025, 10, 5), LocalDate.of(2025, 10, 1)), others))
                .map(Violation::code).hasValue("leave-ends-before-start");
        assertThat(OfficerHistory.newLeave(new Leave(LocalDate.of(2025, 8, 31), LocalDate.of(2025, 9, 2)), others))
                .map(Violation::kind).hasValue(Violation.Kind.CONFLICT);
        assertThat(OfficerHistory.newLeave(new Leave(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 1)), others))
                .isEmpty();
    }
}
