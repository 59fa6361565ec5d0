package vn.hungyen.snv.plan.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** One version of a plan (kế hoạch) with its issuing document; an amendment is a new row with the next version. */
@Entity
public class Plan extends PanacheEntityBase {

    /** Where a plan version stands: being drafted, in force, or replaced by a later version. */
    public enum Status { DRAFT, PUBLISHED, ARCHIVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String code;
    @Column(name = "organisation_code")
    public String organisationCode;
    public int version;
    public String title;
    public int year;
    /** The issuing organisation's name as the plan's heading writes it. */
    public String organization;
    @Column(name = "document_number")
    public String documentNumber;
    @Column(name = "document_date")
    public LocalDate documentDate;
    @Column(name = "document_signer")
    public String documentSigner;
    @Enumerated(EnumType.STRING)
    public Status status;
    /** How many problems the last check (import dry run) of a draft found; null before any. */
    @Column(name = "last_check_problems")
    public Integer lastCheckProblems;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
}
