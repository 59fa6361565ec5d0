package vn.hungyen.snv.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A unit's general criteria G_u for one month, scored by the supervising deputy director. */
@Entity
@Table(name = "unit_assessment")
public class UnitAssessment extends PanacheEntityBase {

    /** Month (YYYY-MM) and unit. */
    @Embeddable
    public record Key(String month, @Column(name = "unit_code") String unitCode) implements Serializable {
    }

    @EmbeddedId
    public Key id;
    @Column(name = "general_score")
    public BigDecimal generalScore;
    public String note;
    @Column(name = "reviewed_by")
    public String reviewedBy;
    @Column(name = "reviewed_at")
    public Instant reviewedAt;
    @Column(name = "reviewed_late")
    public boolean reviewedLate;
}
