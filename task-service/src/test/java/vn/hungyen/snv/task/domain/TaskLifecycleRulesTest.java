package vn.hungyen.snv.task.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

class TaskLifecycleRulesTest {

    private static final LocalDate DUE = LocalDate.of(2024, 3, 29);
    private static final BiPredicate<LocalDate, LocalDate> NEVER_SOON = (today, due) -> false;

    @Test
    void onlyAssignedAndReturnedTasksAreInProgress() {
        assertThat(TaskStatus.values()).filteredOn(TaskStatus::isInProgress)
                .containsExactly(TaskStatus.ASSIGNED, TaskStatus.RETURNED);
        assertThat(TaskStatus.values()).filteredOn(TaskStatus::isFinal)
                .containsExactly(TaskStatus.DONE, TaskStatus.CANCELLED);
    }

    @Test
    void acceptanceEndsTheTaskAndAReturnReopensIt() {
        assertThat(TaskStatus.afterReview(ReviewVerdict.ACCEPTED)).isEqualTo(TaskStatus.DONE);
        assertThat(TaskStatus.afterReview(ReviewVerdict.RETURNED)).isEqualTo(TaskStatus.RETURNED);
    }

    @Test
    void aProductSubmittedOnTheDueDateIsOnTimeAndTheDayAfterIsLate() {
        assertThat(Timeliness.of(TaskStatus.DONE, DUE, DUE, DUE.plusDays(10), NEVER_SOON)).isEqualTo(Timeliness.DONE_ON_TIME);
        assertThat(Timeliness.of(TaskStatus.DONE, DUE, DUE.plusDays(1), DUE.plusDays(10), NEVER_SOON)).isEqualTo(Timeliness.DONE_LATE);
    }

    @Test
    void anOpenTaskIsOverdueAfterItsDueDateAndDueSoonInsideTheWindow() {
        assertThat(Timeliness.of(TaskStatus.ASSIGNED, DUE, null, DUE.plusDays(1), NEVER_SOON)).isEqualTo(Timeliness.OVERDUE);
        assertThat(Timeliness.of(TaskStatus.RETURNED, DUE, null, DUE.minusDays(1), (today, due) -> true)).isEqualTo(Timeliness.DUE_SOON);
        assertThat(Timeliness.of(TaskStatus.ASSIGNED, DUE, null, DUE.minusDays(20), NEVER_SOON)).isEqualTo(Timeliness.ON_TRACK);
    }

    @Test
    void aProductAwaitingReviewStopsTheClockUntilItIsReturned() {
        assertThat(Timeliness.of(TaskStatus.SUBMITTED, DUE, null, DUE.plusDays(5), NEVER_SOON))
                .isEqualTo(Timeliness.AWAITING_REVIEW);
        assertThat(Timeliness.of(TaskStatus.SUBMITTED, DUE, null, DUE.minusDays(1), (today, due) -> true))
                .isEqualTo(Timeliness.AWAITING_REVIEW);
        assertThat(Timeliness.of(TaskStatus.RETURNED, DUE, null, DUE.plusDays(5), NEVER_SOON))
                .isEqualTo(Timeliness.OVERDUE);
    }
}
