package vn.hungyen.snv.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A published, locked month with its ratings as published (JSON). */
@Entity
@Table(name = "published_month")
public class PublishedMonth extends PanacheEntityBase {
    @Id
    public String month;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "published_by")
    public String publishedBy;
    public String ratings;
    /** The stored shape of {@code ratings} (service.MonthSnapshot). */
    @Column(name = "snapshot_version")
    public int snapshotVersion;
}
