package vn.hungyen.snv.evaluation.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import vn.hungyen.snv.common.calendar.WorkingDayCalendar;

/**
 * The due dates of a month's workflow (scoring-hy540 §8), counted in working days of the next month. An entry
 * after its date is still accepted before publication, and marked late.
 *
 * @param month             the month rated
 * @param tasksFrozenOn     the task set is frozen and a/b/c/K computed: the 1st of the next month
 * @param selfAssessmentBy  the officers' self-assessment and exemption requests: 3rd working day
 * @param reviewBy          the head's (a head's: the deputy director's) review and rulings on exemptions: 5th
 * @param unitReviewBy      the deputy director's G_u and d/đ/e: 6th
 * @param publicationBy     the Director's quotas, approval and publication: 8th
 */
public record MonthSchedule(String month, LocalDate tasksFrozenOn, LocalDate selfAssessmentBy, LocalDate reviewBy,
        LocalDate unitReviewBy, LocalDate publicationBy) {

    private static final int SELF_ASSESSMENT_DAY = 3;
    private static final int REVIEW_DAY = 5;
    private static final int UNIT_REVIEW_DAY = 6;
    private static final int PUBLICATION_DAY = 8;

    /** The schedule of {@code month} by {@code calendar}. */
    public static MonthSchedule of(YearMonth month, WorkingDayCalendar calendar) {
        YearMonth next = month.plusMonths(1);
        return new MonthSchedule(month.toString(), next.atDay(1),
                calendar.nthWorkingDayOfMonth(next, SELF_ASSESSMENT_DAY),
                calendar.nthWorkingDayOfMonth(next, REVIEW_DAY),
                calendar.nthWorkingDayOfMonth(next, UNIT_REVIEW_DAY),
                calendar.nthWorkingDayOfMonth(next, PUBLICATION_DAY));
    }
}
