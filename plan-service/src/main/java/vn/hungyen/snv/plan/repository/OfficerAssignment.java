package vn.hungyen.snv.plan.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.hungyen.snv.plan.domain.OfficerHistory;

/** One posting of an officer: their unit and position from a date until the next posting. */
@Entity
@Table(name = "officer_assignment")
public class OfficerAssignment extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "unit_code")
    public String unitCode;
    public String position;
    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    public static OfficerAssignment of(String unitCode, String position, LocalDate from) {
        OfficerAssignment assignment = new OfficerAssignment();
        assignment.unitCode = unitCode;
        assignment.position = position;
        assignment.effectiveFrom = from;
        return assignment;
    }

    public OfficerHistory.Posting posting() {
        return new OfficerHistory.Posting(unitCode, position, effectiveFrom);
    }
}
