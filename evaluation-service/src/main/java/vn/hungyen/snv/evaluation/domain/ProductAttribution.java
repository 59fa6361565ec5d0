package vn.hungyen.snv.evaluation.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import vn.hungyen.snv.common.calendar.WorkingDayCalendar;

/**
 * Which products belong to a month and how each one counts (scoring-hy540 §2).
 *
 * <ul>
 *   <li>Effective due date: the first due date, moved by every objective-cause extension in turn.
 *       A non-objective extension leaves it and adds a re-set deadline; an objective extension
 *       supersedes the re-set deadlines granted before it.</li>
 *   <li>Month: the one containing the effective due date; cancelled products belong to none.</li>
 *   <li>Completed: the earliest accepted submission dated on or before the cut-off (last day of the
 *       month + {@code cutoff.graceDays}) counts. A later one earns nothing in this month
 *       ({@code carryOver: none}).</li>
 *   <li>Late events: how many of the deadlines {effective due date} ∪ {re-set deadlines after it} lie
 *       before the accepted submission's date; so one for missing the due date and one more per
 *       further missed re-set deadline.</li>
 *   <li>Quality returns: returns for a major error without a confirmed objective cause, submitted on or
 *       before the accepted submission (or the cut-off when none was accepted in time).</li>
 *   <li>Exempt: an approved exemption request (a confirmed objective cause, ruled on by the head) removes the
 *       product's late events and quality returns; it still counts as assigned, and as completed or not.</li>
 * </ul>
 * Dates are calendar dates in the organisation's zone; the caller converts stored instants with its clock.
 */
public final class ProductAttribution {

    /** The last month's cut-off, kept: a month asks for it for each of its products, a million at a province's size. */
    private record Cutoff(YearMonth month, LocalDate date) {
    }

    private final ScoringSettings settings;
    private volatile Cutoff lastCutoff;

    public ProductAttribution(ScoringSettings settings) {
        this.settings = settings;
    }

    /** Last date on which a submission still counts for {@code month}. */
    public LocalDate cutoff(YearMonth month) {
        Cutoff last = lastCutoff;
        if (last == null || !last.month().equals(month)) {
            last = new Cutoff(month, month.atEndOfMonth().plusDays(settings.graceDays()));
            lastCutoff = last;
        }
        return last.date();
    }

    /**
     * Whether the product belongs to {@code month}, as {@link #attribute} decides it, without the rest: a month rates
     * only its own products, and a dashboard's trend asks each of its months about all of its tasks.
     */
    public boolean belongsTo(ProductFacts product, YearMonth month) {
        return belongs(product, product.ratedDueDate(), month);
    }

    /**
     * Whether the product can take any part in {@code month}: not cancelled, and its effective due date on or before
     * the month's cut-off. A product of the month is; so is one of an earlier month still open and overdue at the
     * cut-off (§6, đ). The rules decide nothing else from the others, so a month need not be given them: a dashboard's
     * trend reads six months' tasks at once, and its earlier months would otherwise go through the later months' ones.
     */
    public boolean mayCount(ProductFacts product, YearMonth month) {
        return !product.cancelled() && !product.ratedDueDate().isAfter(cutoff(month));
    }

    /** Not cancelled, and its effective due date lies in the month. */
    private static boolean belongs(ProductFacts product, LocalDate effectiveDue, YearMonth month) {
        return !product.cancelled() && effectiveDue.getYear() == month.getYear()
                && effectiveDue.getMonthValue() == month.getMonthValue();
    }

    /**
     * Decides month membership, completion, late events and returns of one product. Plain loops: a province-size
     * month attributes a million products on every computation.
     */
    public Attribution attribute(ProductFacts product, YearMonth month) {
        LocalDate effectiveDue = product.ratedDueDate();
        LocalDate cutoff = cutoff(month);
        boolean belongs = belongs(product, effectiveDue, month);

        LocalDate accepted = null;
        for (Submission submission : product.submissions()) {
            LocalDate date = submission.submittedOn();
            if (submission.verdict() == Submission.Verdict.ACCEPTED && !date.isAfter(cutoff)
                    && (accepted == null || date.isBefore(accepted))) {
                accepted = date;
            }
        }
        Optional<LocalDate> acceptedOn = Optional.ofNullable(accepted);

        int lateEvents = 0;
        if (accepted != null && !product.exempt() && accepted.isAfter(effectiveDue)) {
            lateEvents = 1 + missedResetDeadlines(product, effectiveDue, accepted);
        }

        int returns = 0;
        if (!product.exempt()) {
            LocalDate lastCountedSubmission = acceptedOn.orElse(cutoff);
            for (Submission submission : product.submissions()) {
                if (submission.isCountedReturn() && !submission.submittedOn().isAfter(lastCountedSubmission)) {
                    returns++;
                }
            }
        }

        return new Attribution(product.productId(), belongs, effectiveDue, cutoff, acceptedOn, lateEvents, returns,
                product.exempt());
    }

    /**
     * How many distinct re-set deadlines still in force (granted after the last objective-cause extension) lie after
     * {@code effectiveDue} and before {@code submitted}.
     */
    private static int missedResetDeadlines(ProductFacts product, LocalDate effectiveDue, LocalDate submitted) {
        TreeSet<LocalDate> resetDeadlines = new TreeSet<>();
        for (DueDateChange change : product.dueDateChanges()) {
            if (change.objectiveCause()) {
                resetDeadlines.clear();
            } else {
                resetDeadlines.add(change.newDueDate());
            }
        }
        return resetDeadlines.tailSet(effectiveDue, false).headSet(submitted, false).size();
    }

    /** The products that belong to {@code month}, as the score formula reads them, in input order. */
    public List<ProductResult> productsOfMonth(List<ProductFacts> products, YearMonth month) {
        List<ProductResult> results = new ArrayList<>();
        for (ProductFacts product : products) {
            if (belongsTo(product, month)) {
                results.add(attribute(product, month).result(product.weight()));
            }
        }
        return List.copyOf(results);
    }

    /**
     * For each of {@code tasks} (a unit's, of this or an earlier month) overdue and still open at {@code month}'s
     * cut-off, the working days it has been overdue then (§6, đ); cancelled tasks and those handed in by the
     * cut-off (accepted or awaiting review) do not count.
     */
    public List<Integer> openOverdueWorkingDays(List<ProductFacts> tasks, YearMonth month,
            WorkingDayCalendar calendar) {
        LocalDate cutoff = cutoff(month);
        List<Integer> overdue = new ArrayList<>();
        for (ProductFacts task : tasks) {
            LocalDate effectiveDue = task.ratedDueDate();
            if (!task.cancelled() && effectiveDue.isBefore(cutoff) && !task.handedInBy(cutoff)) {
                overdue.add(calendar.workingDaysBetween(effectiveDue, cutoff));
            }
        }
        return List.copyOf(overdue);
    }
}
