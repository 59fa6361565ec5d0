package vn.hungyen.snv.task.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An account's e-mail address for reminders, its digest choice, and the claims that address reminders to it. */
@Entity
@Table(name = "mail_subscriber")
public class MailSubscriber extends PanacheEntityBase {
    @Id
    public String username;
    @Column(name = "organisation_code")
    public String organisationCode;
    public String email;
    @Column(name = "daily_digest")
    public boolean dailyDigest;
    @Column(name = "officer_id")
    public Long officerId;
    @Column(name = "unit_code")
    public String unitCode;
    @Column(name = "leads_unit")
    public boolean leadsUnit;
    /** Comma-separated unit codes. */
    @Column(name = "supervised_units")
    public String supervisedUnits;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
