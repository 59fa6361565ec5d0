package vn.hungyen.snv.plan.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.hungyen.snv.plan.domain.DeputyFields;

/**
 * The fields of work a deputy head is in charge of in a unit from a month on ({@link DeputyFields} gives the rules);
 * {@code fromMonth} is the month's first day.
 */
@Entity
@Table(name = "deputy_assignment")
public class DeputyAssignment extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "unit_code")
    public String unitCode;
    @Column(name = "officer_id")
    public long officerId;
    @Column(name = "from_month")
    public LocalDate fromMonth;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "deputy_assignment_field", joinColumns = @JoinColumn(name = "assignment_id"))
    @Column(name = "field")
    @OrderBy
    public List<String> fields = new ArrayList<>();
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at", insertable = false, updatable = false)
    public Instant recordedAt;

    public DeputyFields.Assignment assignment() {
        return new DeputyFields.Assignment(unitCode, officerId, YearMonth.from(fromMonth), List.copyOf(fields));
    }

}
