package vn.hungyen.snv.webui.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A user account; the password is stored only as a bcrypt hash. */
@Entity
public class Account extends PanacheEntityBase {
    @Id
    public String username;
    @Column(name = "password_hash")
    public String passwordHash;
    @Column(name = "full_name")
    public String fullName;
    /** Comma-separated role names. */
    public String roles;
    @Column(name = "unit_code")
    public String unitCode;
    @Column(name = "officer_id")
    public Long officerId;
    /** Comma-separated unit codes, for deputy directors. */
    @Column(name = "supervised_units")
    public String supervisedUnits;
    public boolean enabled;
    /** The organisation's code in plan-service; null only for the system administrator. */
    @Column(name = "organisation_code")
    public String organisationCode;
    /** Set for a one-time password: it must be changed before the account may sign in. */
    @Column(name = "must_change_password")
    public boolean mustChangePassword;
    @Column(name = "password_changed_at")
    public Instant passwordChangedAt;
    @Column(name = "disabled_at")
    public Instant disabledAt;
    /** The administrator who created the account; null for demo and bootstrap accounts. */
    @Column(name = "created_by")
    public String createdBy;

    /** The accounts of one organisation, by user name. */
    public static List<Account> ofOrganisation(String organisationCode) {
        return list("organisationCode = ?1 order by username", organisationCode);
    }

    public List<String> roleList() {
        return split(roles);
    }

    public List<String> supervisedUnitList() {
        return split(supervisedUnits);
    }

    private static List<String> split(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.stream(value.split(",")).map(String::trim).toList();
    }
}
