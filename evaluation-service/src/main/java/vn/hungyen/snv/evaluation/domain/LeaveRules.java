package vn.hungyen.snv.evaluation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import vn.hungyen.snv.common.calendar.WorkingDayCalendar;

/**
 * Leave months (scoring-hy540 §1, §9): an officer whose leaves (maternity, sickness, study, …) cover at least
 * {@code leave.minShareOfWorkingDays} of the month's working days is not rated that month. Such a month shows
 * {@link Level#ON_LEAVE}, takes no part in the quota, the unit's rating or the publication's completeness check, and
 * is not evaluated in the quarter and the year.
 */
public final class LeaveRules {

    /** One leave, both days included. */
    public record Leave(LocalDate from, LocalDate to) {

        public Leave {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("a leave ends before it starts: " + from + " – " + to);
            }
        }

        boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    private final BigDecimal minShare;
    private final WorkingDayCalendar calendar;

    public LeaveRules(ScoringSettings settings, WorkingDayCalendar calendar) {
        this.minShare = settings.leaveMinShareOfWorkingDays();
        this.calendar = calendar;
    }

    /**
     * Whether {@code month} is a leave month: the working days of the month on which some leave runs (overlapping
     * leaves count each day once) are at least {@code leave.minShareOfWorkingDays} of its working days. A month
     * without working days is never one, nor a month without leaves (a province's officers mostly have none: the
     * month's days are not walked for them).
     */
    public boolean onLeave(YearMonth month, List<Leave> leaves) {
        if (leaves.isEmpty()) {
            return false;
        }
        int workingDays = 0;
        int onLeave = 0;
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                workingDays++;
                LocalDate working = day;
                if (leaves.stream().anyMatch(leave -> leave.covers(working))) {
                    onLeave++;
                }
            }
        }
        return onLeave > 0 && BigDecimal.valueOf(onLeave).compareTo(minShare.multiply(BigDecimal.valueOf(workingDays)))
                >= 0;
    }
}
