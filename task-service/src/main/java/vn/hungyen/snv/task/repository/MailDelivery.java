package vn.hungyen.snv.task.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One mail to send or sent: a reminder's, or an account's digest of a day (written by {@link MailRepository}). */
@Entity
@Table(name = "mail_delivery")
public class MailDelivery extends PanacheEntityBase {

    /** Where a mail stands. */
    public enum Status {
        PENDING, SENT, FAILED
    }

    @Id
    public Long id;
    public String username;
    public String email;
    @Column(name = "notification_id")
    public Long notificationId;
    @Column(name = "digest_day")
    public LocalDate digestDay;
    public String subject;
    public String body;
    @Enumerated(EnumType.STRING)
    public Status status;
    public int attempts;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "sent_at")
    public Instant sentAt;
}
