package vn.hungyen.snv.evaluation.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One row of {@code task_fact}: the latest known state of a task, taken from its newest event; the window of months it
 * can count in, widened by every event: its earliest and latest due dates and the day it was accepted or cancelled; and
 * its product as scoring reads it, folded from its events in sequence order (migration V15). The service's
 * TaskProductAssembler does the folding: this class only holds what is stored. Not a managed entity:
 * {@link TaskFactRepository} reads and writes it with SQL, and a month reads a million of them.
 */
public class TaskFact {
    public Long taskId;
    public long sequence;
    public Long planItemId;
    /** The task's organisation; null when its events did not say (old wire format): then it is in no one's view. */
    public String organisationCode;
    public String title;
    public String unitCode;
    public Long assigneeId;
    public LocalDate dueDate;
    public BigDecimal weight;
    public String lastType;
    public LocalDate firstDueDate;
    public LocalDate lastDueDate;
    public LocalDate closedOn;
    /** The product's due date as first set. */
    public LocalDate initialDueDate;
    public boolean cancelled;
    /** The due-date changes in the order granted: the new due date, and (same index) whether for an objective cause. */
    public List<LocalDate> extensionDueDates;
    public List<Boolean> extensionObjective;
    /**
     * The submissions in the order first seen: when submitted, and (same index) the verdict of its latest review
     * ({@code PENDING} while none) and whether it was returned for a major error.
     */
    public List<Instant> submittedAt;
    public List<String> submissionVerdicts;
    public List<Boolean> submissionMajorErrors;
    /** The events folded, in sequence order; null while the fact has not been folded (stored before V15). */
    public List<UUID> eventIds;

    /** Widens the window by one event's due date and, for an acceptance or a cancellation, its day. */
    public void widen(LocalDate dueDate, LocalDate closingDay) {
        firstDueDate = firstDueDate == null || dueDate.isBefore(firstDueDate) ? dueDate : firstDueDate;
        lastDueDate = lastDueDate == null || dueDate.isAfter(lastDueDate) ? dueDate : lastDueDate;
        if (closingDay != null && (closedOn == null || closingDay.isBefore(closedOn))) {
            closedOn = closingDay;
        }
    }
}
