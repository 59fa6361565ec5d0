package vn.hungyen.snv.plan.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;

/**
 * A unit of an organisation (phòng, ban, trung tâm). A dissolved unit exists until the day before
 * {@code dissolvedOn}; {@code mergedInto} names the unit that took over its work.
 */
@Entity
public class Unit extends PanacheEntityBase {
    @Id
    public String code;
    @Column(name = "organisation_code")
    public String organisationCode;
    public String name;
    @Column(name = "head_username")
    public String headUsername;
    @Column(name = "supervisor_username")
    public String supervisorUsername;
    @Column(name = "dissolved_on")
    public LocalDate dissolvedOn;
    @Column(name = "merged_into")
    public String mergedInto;

    /** Whether the unit exists on the date. */
    public boolean activeOn(LocalDate date) {
        return dissolvedOn == null || date.isBefore(dissolvedOn);
    }
}
