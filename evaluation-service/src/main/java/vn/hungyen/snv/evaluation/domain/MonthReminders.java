package vn.hungyen.snv.evaluation.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hungyen.snv.common.calendar.WorkingDayCalendar;
import vn.hungyen.snv.evaluation.domain.MonthWorkflowRules.Ruling;

/**
 * Who still has a step of the month's workflow to do (scoring-hy540 §8), for the reminders of the month's schedule:
 * each step is reminded from the working day before its due date ({@link MonthSchedule}) to whoever still has it
 * then, until the month is published. One reminder per step and recipient: an officer's self-assessment; a
 * reviewer's reviews, đ choices and exemption rulings, all officers together; a deputy director's G_u of the units they
 * supervise; the Director's publication. A month still running, or published, has none.
 */
public final class MonthReminders {

    /** The steps of the month that are reminded, each to its own recipients. */
    public enum Step { SELF_ASSESSMENT, REVIEW, UNIT_REVIEW, PUBLICATION }

    /**
     * A rated officer's month before publication, with the account of their reviewer (the unit's head; for the head
     * the supervising deputy director), null when the unit has none.
     */
    public record Officer(MonthWorkflowRules.OfficerProgress progress, String reviewer) {
    }

    /** A unit's G_u and the account of the deputy director who scores it (null when none supervises it). */
    public record Unit(MonthWorkflowRules.UnitProgress progress, String supervisor) {
    }

    /**
     * One step someone still has to do: to the officer {@code officerId} (self-assessment) or the account
     * {@code username} (the others), due by {@code dueBy}, reminded from {@code remindFrom}; what it concerns, and the
     * message in Vietnamese.
     */
    public record PendingStep(Step step, Long officerId, String username, LocalDate dueBy, LocalDate remindFrom,
            List<String> concerns, String message) {

        public PendingStep {
            concerns = List.copyOf(concerns);
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private MonthReminders() {
    }

    /**
     * The steps still to do in {@code month} as they stand on {@code today}: those whose reminder day has come.
     *
     * @param directors the accounts that publish the month (the organisation's Director)
     */
    public static List<PendingStep> pending(YearMonth month, boolean published, LocalDate today,
            MonthSchedule schedule, WorkingDayCalendar calendar, List<Officer> officers, List<Unit> units,
            List<String> directors) {
        List<PendingStep> pending = new ArrayList<>();
        if (published || !today.isAfter(month.atEndOfMonth())) {
            return pending;
        }
        String label = month.getMonthValue() + "/" + month.getYear();
        LocalDate selfBy = schedule.selfAssessmentBy();
        if (due(selfBy, today, calendar)) {
            officers.stream().filter(o -> !o.progress().selfAssessed()).forEach(o -> pending.add(new PendingStep(
                    Step.SELF_ASSESSMENT, o.progress().officerId(), null, selfBy, remindFrom(selfBy, calendar),
                    List.of(o.progress().fullName()), "Đồng chí chưa tự đánh giá kết quả tháng " + label
                            + "; hạn tự đánh giá là ngày " + date(selfBy) + ".")));
        }
        LocalDate reviewBy = schedule.reviewBy();
        if (due(reviewBy, today, calendar)) {
            Map<String, List<String>> byReviewer = new LinkedHashMap<>();
            for (Officer officer : officers) {
                MonthWorkflowRules.OfficerProgress p = officer.progress();
                boolean toReview = p.selfAssessed() && (!p.reviewed() || p.awaitingOrganisingChoice());
                boolean toRule = p.requests().stream().anyMatch(r -> r.ruling() == Ruling.PENDING);
                if (officer.reviewer() != null && (toReview || toRule)) {
                    byReviewer.computeIfAbsent(officer.reviewer(), r -> new ArrayList<>()).add(p.fullName());
                }
            }
            byReviewer.forEach((reviewer, names) -> pending.add(new PendingStep(Step.REVIEW, null, reviewer, reviewBy,
                    remindFrom(reviewBy, calendar), names, "Còn " + names.size() + " cán bộ chờ đồng chí xem xét "
                            + "kết quả tháng " + label + " (" + String.join(", ", names) + "); hạn xem xét là ngày "
                            + date(reviewBy) + ".")));
        }
        LocalDate unitBy = schedule.unitReviewBy();
        if (due(unitBy, today, calendar)) {
            Map<String, List<String>> bySupervisor = new LinkedHashMap<>();
            units.stream().filter(u -> !u.progress().reviewed() && u.supervisor() != null).forEach(u -> bySupervisor
                    .computeIfAbsent(u.supervisor(), s -> new ArrayList<>()).add(u.progress().name()));
            bySupervisor.forEach((supervisor, names) -> pending.add(new PendingStep(Step.UNIT_REVIEW, null,
                    supervisor, unitBy, remindFrom(unitBy, calendar), names, "Chưa có điểm G tháng " + label
                            + " của " + String.join(", ", names) + "; hạn chấm là ngày " + date(unitBy) + ".")));
        }
        LocalDate publishBy = schedule.publicationBy();
        if (due(publishBy, today, calendar)) {
            directors.forEach(director -> pending.add(new PendingStep(Step.PUBLICATION, null, director, publishBy,
                    remindFrom(publishBy, calendar), List.of(), "Kết quả đánh giá tháng " + label
                            + " chưa được công bố; hạn công bố là ngày " + date(publishBy) + ".")));
        }
        return pending;
    }

    /** The day a step due by {@code dueBy} is reminded from: the working day before it. */
    static LocalDate remindFrom(LocalDate dueBy, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(dueBy, -1);
    }

    private static boolean due(LocalDate dueBy, LocalDate today, WorkingDayCalendar calendar) {
        return !today.isBefore(remindFrom(dueBy, calendar));
    }

    private static String date(LocalDate day) {
        return DAY.format(day);
    }
}
