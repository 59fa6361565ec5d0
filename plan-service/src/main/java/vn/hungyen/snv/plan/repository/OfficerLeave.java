package vn.hungyen.snv.plan.repository;

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
import vn.hungyen.snv.plan.domain.OfficerHistory;

/** A leave of an officer (thai sản, ốm đau, đi học...), both days included. */
@Entity
@Table(name = "officer_leave")
public class OfficerLeave extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Enumerated(EnumType.STRING)
    public OfficerHistory.LeaveKind kind;
    @Column(name = "from_date")
    public LocalDate from;
    @Column(name = "to_date")
    public LocalDate to;
    public String note;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at", insertable = false, updatable = false)
    public Instant recordedAt;

    public OfficerHistory.Leave span() {
        return new OfficerHistory.Leave(from, to);
    }
}
