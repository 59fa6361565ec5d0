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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.hungyen.snv.common.deadline.DeadlineKind;
import vn.hungyen.snv.common.organisation.UnitCodes;

/**
 * A catalogue item of one plan version. {@code searchText} is the content folded by
 * {@link vn.hungyen.snv.plan.domain.SearchText} so that a search matches with or without diacritics.
 */
@Entity
@Table(name = "plan_item")
public class PlanItem extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "plan_id")
    public long planId;
    public int number;
    public String field;
    public String content;
    @Column(name = "search_text")
    public String searchText;
    @Column(name = "lead_unit")
    public String leadUnit;
    /** Unit codes joined by {@link UnitCodes}; empty when none. */
    @Column(name = "coordinating_units")
    public String coordinatingUnits;
    public String supervisor;
    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_kind")
    public DeadlineKind deadlineKind;
    @Column(name = "deadline_text")
    public String deadlineText;
    @Column(name = "due_date")
    public LocalDate dueDate;
    public String product;
    @Column(name = "target_text")
    public String targetText;
    @Column(name = "target_value")
    public BigDecimal targetValue;
    @Column(name = "target_unit")
    public String targetUnit;
    @Column(name = "source_file")
    public String sourceFile;
    @Column(name = "source_first_line")
    public int sourceFirstLine;
    @Column(name = "source_last_line")
    public int sourceLastLine;
    @Column(name = "source_quote")
    public String sourceQuote;
    public String derivation;

    /** A copy of this item for another plan version, numbered {@code number}. */
    public PlanItem copy(int number) {
        PlanItem copy = new PlanItem();
        copy.number = number;
        copy.field = field;
        copy.content = content;
        copy.searchText = searchText;
        copy.leadUnit = leadUnit;
        copy.coordinatingUnits = coordinatingUnits;
        copy.supervisor = supervisor;
        copy.deadlineKind = deadlineKind;
        copy.deadlineText = deadlineText;
        copy.dueDate = dueDate;
        copy.product = product;
        copy.targetText = targetText;
        copy.targetValue = targetValue;
        copy.targetUnit = targetUnit;
        copy.sourceFile = sourceFile;
        copy.sourceFirstLine = sourceFirstLine;
        copy.sourceLastLine = sourceLastLine;
        copy.sourceQuote = sourceQuote;
        copy.derivation = derivation;
        return copy;
    }

    public List<String> coordinatingUnitList() {
        return UnitCodes.split(coordinatingUnits);
    }
}
