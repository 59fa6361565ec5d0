package vn.hungyen.snv.plan.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** An organisation using the platform: a provincial department (SO), a district or commune People's Committee... */
@Entity
public class Organisation extends PanacheEntityBase {
    @Id
    public String code;
    public String name;
    public String kind;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
}
