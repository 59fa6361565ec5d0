package vn.hungyen.snv.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.calendar.WorkingDayCalendar;

/**
 * Leave months: March 2026 has 22 working days (Mon 2 – Tue 31, no public holiday), so with the default share 0.5 a
 * month is a leave month from 11 working days of leave on.
 */
class LeaveRulesTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private final LeaveRules rules = new LeaveRules(ScoringSettings.defaults(), WorkingDayCalendar.vietnam());

    @Test
    void aMaternityLeaveOverTheWholeMonth_makesItALeaveMonth() {
        assertThat(rules.onLeave(MARCH, List.of(leave("2026-01-05", "2026-07-04")))).isTrue();
    }

    @Test
    void exactlyHalfOfTheWorkingDays_isEnough() {
        // 2–6, 9–13 and 16 March: 11 of 22 working days; the weekends between do not count
        assertThat(rules.onLeave(MARCH, List.of(leave("2026-03-02", "2026-03-16")))).isTrue();
        assertThat(rules.onLeave(MARCH, List.of(leave("2026-03-02", "2026-03-13")))).isFalse();
    }

    @Test
    void aLeaveStartingTheMonthBefore_countsItsDaysInThisMonthOnly() {
        assertThat(rules.onLeave(MARCH, List.of(leave("2026-02-02", "2026-03-13")))).isFalse();
        assertThat(rules.onLeave(MARCH, List.of(leave("2026-02-02", "2026-03-16")))).isTrue();
    }

    @Test
    void overlappingLeaves_countEachDayOnce() {
        // 2–9 March is 6 working days, twice: still 6, not 12
        assertThat(rules.onLeave(MARCH, List.of(leave("2026-03-02", "2026-03-09"), leave("2026-03-02", "2026-03-09"))))
                .isFalse();
        // 2–13 and 9–16 together cover 2–16: 11
        assertThat(rules.onLeave(MARCH, List.of(leave("2026-03-02", "2026-03-13"), leave("2026-03-09", "2026-03-16"))))
                .isTrue();
    }

    @Test
    void noLeaveOrLeaveOnWeekendsOnly_isNoLeaveMonth() {
        assertThat(rules.onLeave(MARCH, List.of())).isFalse();
        assertThat(rules.onLeave(MARCH, List.of(leave("2026-03-07", "2026-03-08")))).isFalse();
    }

    @Test
    void theShareIsASetting() {
        LeaveRules quarter = new LeaveRules(new SettingsBuilder().leaveMinShareOfWorkingDays(new BigDecimal("0.25"))
                .build(), WorkingDayCalendar.vietnam());

        assertThat(quarter.onLeave(MARCH, List.of(leave("2026-03-02", "2026-03-09")))).isTrue();
        assertThatThrownBy(() -> new SettingsBuilder().leaveMinShareOfWorkingDays(BigDecimal.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leave.minShareOfWorkingDays");
        assertThatThrownBy(() -> new SettingsBuilder().leaveMinShareOfWorkingDays(new BigDecimal("1.5")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leave.minShareOfWorkingDays");
    }

    @Test
    void aLeaveEndingBeforeItStarts_isRefused() {
        assertThatThrownBy(() -> leave("2026-03-10", "2026-03-09")).isInstanceOf(IllegalArgumentException.class);
    }

    private static LeaveRules.Leave leave(String from, String to) {
        return new LeaveRules.Leave(LocalDate.parse(from), LocalDate.parse(to));
    }
}
