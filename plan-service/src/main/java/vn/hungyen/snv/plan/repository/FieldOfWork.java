package vn.hungyen.snv.plan.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A field of Home Affairs work (lĩnh vực), in the order the plan lists them. */
@Entity
@Table(name = "field_of_work")
public class FieldOfWork extends PanacheEntityBase {
    @Id
    public String name;
    public short position;
}
