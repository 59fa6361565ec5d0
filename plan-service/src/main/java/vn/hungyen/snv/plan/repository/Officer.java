package vn.hungyen.snv.plan.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An official of the Department: công chức, viên chức or người lao động. */
@Entity
public class Officer extends PanacheEntityBase {
    @Id
    public Long id;
    public String username;
    @Column(name = "full_name")
    public String fullName;
    @Column(name = "unit_code")
    public String unitCode;
    public String position;
    public String role;
    @Column(name = "quota_group")
    public String quotaGroup;
}
