package vn.hungyen.snv.common.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OverdueTest {

    private static final LocalDate DUE = LocalDate.of(2024, 3, 15);

    @Test
    void workInProgressIsOverdueFromTheDayAfterItsRatedDueDate() {
        assertThat(Overdue.on(DUE, DUE, true)).isFalse();
        assertThat(Overdue.on(DUE.plusDays(1), DUE, true)).isTrue();
    }

    @Test
    void aProductHandedInBeforeTheDueDateAndNotYetReviewedIsNeverOverdue() {
        assertThat(Overdue.on(DUE.plusDays(10), DUE, false)).isFalse();
    }

    @Test
    void anExtensionWithoutObjectiveCauseLeavesTheRatedDueDate() {
        LocalDate rated = Overdue.ratedDueDateAfterExtension(DUE, DUE.plusDays(7), false);

        assertThat(rated).isEqualTo(DUE);
        assertThat(Overdue.on(DUE.plusDays(3), rated, true)).isTrue();
    }

    @Test
    void anExtensionForAnObjectiveCauseMovesTheRatedDueDate() {
        LocalDate rated = Overdue.ratedDueDateAfterExtension(DUE, DUE.plusDays(7), true);

        assertThat(rated).isEqualTo(DUE.plusDays(7));
        assertThat(Overdue.on(DUE.plusDays(3), rated, true)).isFalse();
    }
}
