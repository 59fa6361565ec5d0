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

/** An officer's self-assessment and the head's review of the general criteria for one month. */
@Entity
@Table(name = "officer_assessment")
public class OfficerAssessment extends PanacheEntityBase {

    /** Month (YYYY-MM) and officer. */
    @Embeddable
    public record Key(String month, @Column(name = "officer_id") Long officerId) implements Serializable {
    }

    @EmbeddedId
    public Key id;
    @Column(name = "group_i")
    public BigDecimal groupI;
    @Column(name = "group_ii")
    public BigDecimal groupII;
    @Column(name = "group_iii")
    public BigDecimal groupIII;
    public String remarks;
    @Column(name = "self_assessed_at")
    public Instant selfAssessedAt;
    @Column(name = "self_assessed_late")
    public Boolean selfAssessedLate;
    @Column(name = "general_score")
    public BigDecimal generalScore;
    @Column(name = "review_note")
    public String reviewNote;
    public boolean disciplined;
    public boolean degraded;
    @Column(name = "corruption_in_unit")
    public boolean corruptionInUnit;
    @Column(name = "organising_choice")
    public Integer organisingChoice;
    @Column(name = "cohesion_finding")
    public String cohesionFinding;
    @Column(name = "reviewed_by")
    public String reviewedBy;
    @Column(name = "reviewed_at")
    public Instant reviewedAt;
    @Column(name = "reviewed_late")
    public Boolean reviewedLate;

    public boolean selfAssessed() {
        return selfAssessedAt != null;
    }

    public boolean reviewed() {
        return reviewedAt != null;
    }

    /** G as the officer scored it: the sum of the three groups. */
    public BigDecimal selfScore() {
        return groupI.add(groupII).add(groupIII);
    }

    /** A forcing flag of scoring-hy540 §1 was recorded. */
    public boolean forced() {
        return disciplined || degraded || corruptionInUnit;
    }
}
