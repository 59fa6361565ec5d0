package vn.hungyen.snv.plan.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.BatchSize;
import vn.hungyen.snv.plan.domain.OfficerHistory;

/**
 * An official of an organisation: công chức, viên chức or người lao động, with their postings over time and their
 * leaves ({@link OfficerHistory} gives the rules).
 */
@Entity
public class Officer extends PanacheEntityBase {
    @Id
    public Long id;
    @Column(name = "organisation_code")
    public String organisationCode;
    public String username;
    @Column(name = "full_name")
    public String fullName;
    public String role;
    @Column(name = "quota_group")
    public String quotaGroup;
    @Column(name = "contract_type")
    public String contractType;
    public boolean active;
    @Column(name = "joined_on")
    public LocalDate joinedOn;
    @Column(name = "left_on")
    public LocalDate leftOn;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "officer_id", nullable = false, updatable = false)
    @OrderBy("effectiveFrom")
    @BatchSize(size = 256)
    public List<OfficerAssignment> assignments = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "officer_id", nullable = false, updatable = false)
    @OrderBy("from")
    @BatchSize(size = 256)
    public List<OfficerLeave> leaves = new ArrayList<>();

    public List<OfficerHistory.Posting> postings() {
        return assignments.stream().map(OfficerAssignment::posting).toList();
    }

    /** The posting in force on the date, if the officer had one by then. */
    public Optional<OfficerHistory.Posting> postingOn(LocalDate date) {
        return OfficerHistory.inForce(postings(), date);
    }

    public boolean belongsOn(LocalDate date) {
        return OfficerHistory.belongs(joinedOn, leftOn, date);
    }
}
