package vn.hungyen.snv.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import vn.hungyen.snv.evaluation.domain.Level;

/**
 * The Director's adjustment of one officer's month published by their organisation: what was given (a new G, a new
 * level, or both), the officer's figures before and after, and every officer and unit whose figures it changed.
 */
@Entity
@Table(name = "rating_adjustment")
public class RatingAdjustment extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "organisation_code")
    public String organisationCode;
    public String month;
    @Column(name = "officer_id")
    public long officerId;
    @Column(name = "unit_code")
    public String unitCode;
    @Column(name = "general_before")
    public BigDecimal generalBefore;
    @Column(name = "general_after")
    public BigDecimal generalAfter;
    @Column(name = "total_before")
    public BigDecimal totalBefore;
    @Column(name = "total_after")
    public BigDecimal totalAfter;
    @Enumerated(EnumType.STRING)
    @Column(name = "level_before")
    public Level levelBefore;
    @Enumerated(EnumType.STRING)
    @Column(name = "level_after")
    public Level levelAfter;
    /** The new G the Director gave; null when the adjustment left G as it was. */
    @Column(name = "general_given")
    public BigDecimal generalGiven;
    /** The level the Director decided; null when the level follows from the rules. */
    @Enumerated(EnumType.STRING)
    @Column(name = "level_given")
    public Level levelGiven;
    /** JSON list of every officer and unit whose figures the adjustment changed, before and after; null before they were recorded. */
    public String changes;
    public String reason;
    @Column(name = "adjusted_by")
    public String adjustedBy;
    @Column(name = "adjusted_at")
    public Instant adjustedAt;
}
