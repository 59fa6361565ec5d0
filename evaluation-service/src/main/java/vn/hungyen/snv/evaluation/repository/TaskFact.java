package vn.hungyen.snv.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The latest known state of a task, taken from its newest event, and the window of months it can count in,
 * widened by every event: its earliest and latest due dates and the day it was accepted or cancelled.
 */
@Entity
@Table(name = "task_fact")
public class TaskFact extends PanacheEntityBase {
    @Id
    @Column(name = "task_id")
    public Long taskId;
    public long sequence;
    @Column(name = "plan_item_id")
    public Long planItemId;
    /** The task's organisation; null when its events did not say (old wire format): then it is in no one's view. */
    @Column(name = "organisation_code")
    public String organisationCode;
    public String title;
    @Column(name = "unit_code")
    public String unitCode;
    @Column(name = "assignee_id")
    public Long assigneeId;
    @Column(name = "due_date")
    public LocalDate dueDate;
    public BigDecimal weight;
    @Column(name = "last_type")
    public String lastType;
    @Column(name = "first_due_date")
    public LocalDate firstDueDate;
    @Column(name = "last_due_date")
    public LocalDate lastDueDate;
    @Column(name = "closed_on")
    public LocalDate closedOn;

    /** Widens the window by one event's due date and, for an acceptance or a cancellation, its day. */
    public void widen(LocalDate dueDate, LocalDate closingDay) {
        firstDueDate = firstDueDate == null || dueDate.isBefore(firstDueDate) ? dueDate : firstDueDate;
        lastDueDate = lastDueDate == null || dueDate.isAfter(lastDueDate) ? dueDate : lastDueDate;
        if (closingDay != null && (closedOn == null || closingDay.isBefore(closedOn))) {
            closedOn = closingDay;
        }
    }
}
