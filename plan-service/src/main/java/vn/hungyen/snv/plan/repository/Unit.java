package vn.hungyen.snv.plan.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A unit of the Department (phòng, ban, trung tâm). */
@Entity
public class Unit extends PanacheEntityBase {
    @Id
    public String code;
    public String name;
    @Column(name = "head_username")
    public String headUsername;
    @Column(name = "supervisor_username")
    public String supervisorUsername;
}
