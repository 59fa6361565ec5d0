package vn.hungyen.snv.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An officer's request that a product of the month not count its late events and quality returns, for an
 * objective cause, and the reviewer's ruling ({@code approved} is null while pending).
 */
@Entity
@Table(name = "exemption_request")
public class ExemptionRequest extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String month;
    @Column(name = "officer_id")
    public long officerId;
    @Column(name = "task_id")
    public long taskId;
    public String reason;
    @Column(name = "requested_by")
    public String requestedBy;
    @Column(name = "requested_at")
    public Instant requestedAt;
    @Column(name = "requested_late")
    public boolean requestedLate;
    public Boolean approved;
    public String note;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "decided_late")
    public Boolean decidedLate;

    public boolean pending() {
        return approved == null;
    }
}
