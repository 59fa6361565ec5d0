package vn.hungyen.snv.task.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.hungyen.snv.task.domain.ExtensionStatus;

/** A request to move a task's due date (gia hạn) and its decision. */
@Entity
@Table(name = "task_extension")
public class TaskExtension extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "task_id")
    public Long taskId;
    @Column(name = "requested_by")
    public String requestedBy;
    @Column(name = "requested_at")
    public Instant requestedAt;
    @Column(name = "requested_due_date")
    public LocalDate requestedDueDate;
    public String reason;
    @Enumerated(EnumType.STRING)
    public ExtensionStatus status;
    /** The due date in force when the request was made. */
    @Column(name = "previous_due_date")
    public LocalDate previousDueDate;
    @Column(name = "objective_cause")
    public Boolean objectiveCause;
    @Column(name = "decision_note")
    public String decisionNote;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
}
