package vn.hungyen.snv.task.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import vn.hungyen.snv.task.domain.Recipient;
import vn.hungyen.snv.task.domain.ReminderStep;

/**
 * A reminder as sent: one row per task, step, recipient and occasion, or for a month's step (no task) per step,
 * recipient and month (written by {@link NotificationRepository}); {@code link} is the page where the step is done.
 */
@Entity
public class Notification extends PanacheEntityBase {
    @Id
    public Long id;
    @Column(name = "organisation_code")
    public String organisationCode;
    @Column(name = "task_id")
    public Long taskId;
    @Enumerated(EnumType.STRING)
    public ReminderStep step;
    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind")
    public Recipient.Kind recipientKind;
    public String recipient;
    public LocalDate occasion;
    public String message;
    public String link;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "read_at")
    public Instant readAt;
}
