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
import vn.hungyen.snv.task.domain.ReviewVerdict;

/** A completion report with its product (báo cáo hoàn thành) and, once reviewed, the verdict (nghiệm thu). */
@Entity
@Table(name = "task_submission")
public class TaskSubmission extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "task_id")
    public Long taskId;
    /** The officer who reports completion (the assignee), also when an administrator backfills it. */
    @Column(name = "officer_id")
    public Long officerId;
    /** The account that wrote the row. */
    @Column(name = "recorded_by")
    public String recordedBy;
    /** The completion time. */
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "document_number")
    public String documentNumber;
    @Column(name = "issued_on")
    public LocalDate issuedOn;
    public String summary;
    public String link;
    @Enumerated(EnumType.STRING)
    public ReviewVerdict verdict;
    @Column(name = "major_error")
    public Boolean majorError;
    @Column(name = "review_note")
    public String reviewNote;
    @Column(name = "reviewed_by")
    public String reviewedBy;
    @Column(name = "reviewed_at")
    public Instant reviewedAt;
}
