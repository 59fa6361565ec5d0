package vn.hungyen.snv.webui.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
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
