package vn.hungyen.snv.task.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import vn.hungyen.snv.common.organisation.UnitCodes;

/**
 * A catalogue item with a recurring deadline assigned to a unit once, for a task every month from first_month until
 * it is stopped.
 */
@Entity
@Table(name = "recurring_assignment")
public class RecurringAssignment extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "plan_item_id")
    public Long planItemId;
    /** The organisation it belongs to, and every task it writes. */
    @Column(name = "organisation_code")
    public String organisationCode;
    public String title;
    @Column(name = "unit_code")
    public String unitCode;
    @Column(name = "assignee_id")
    public Long assigneeId;
    @Column(name = "coordinating_units")
    public String coordinatingUnits;
    @Column(name = "expected_product")
    public String expectedProduct;
    public BigDecimal weight;
    /** The deadline's canonical text, e.g. "Trước ngày 20 hằng tháng". */
    public String deadline;
    @Column(name = "assigned_by")
    public String assignedBy;
    /** The first day of the first month with a task. */
    @Column(name = "first_month")
    public LocalDate firstMonth;
    @Column(name = "created_at")
    public Instant createdAt;
    /** When it was stopped; null while it still produces a task every month. */
    @Column(name = "stopped_at")
    public Instant stoppedAt;
    @Column(name = "stopped_by")
    public String stoppedBy;
    @Column(name = "stop_reason")
    public String stopReason;

    public List<String> coordinatingUnitList() {
        return UnitCodes.split(coordinatingUnits);
    }

    public void coordinatingUnits(Collection<String> units) {
        coordinatingUnits = UnitCodes.join(units);
    }
}
