package vn.hungyen.snv.task.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import vn.hungyen.snv.task.domain.TaskStatus;

/** An assignment of work to a unit and possibly one officer (giao việc). */
@Entity
public class Task extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "parent_id")
    public Long parentId;
    @Column(name = "plan_item_id")
    public Long planItemId;
    /** The organisation the task belongs to (plan-service's organisation code). */
    @Column(name = "organisation_code")
    public String organisationCode;
    public String title;
    @Column(name = "unit_code")
    public String unitCode;
    @Column(name = "assignee_id")
    public Long assigneeId;
    @Column(name = "assigned_by")
    public String assignedBy;
    @Column(name = "due_date")
    public LocalDate dueDate;
    /**
     * The due date the monthly rating scores the task against: the first due date, moved only by extensions
     * granted for an objective cause (common's Overdue). Timeliness and "overdue" are measured against it.
     */
    @Column(name = "rated_due_date")
    public LocalDate ratedDueDate;
    @Column(name = "expected_product")
    public String expectedProduct;
    public BigDecimal weight;
    @Enumerated(EnumType.STRING)
    public TaskStatus status;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "completed_at")
    public Instant completedAt;
    @Version
    public long version;
}
