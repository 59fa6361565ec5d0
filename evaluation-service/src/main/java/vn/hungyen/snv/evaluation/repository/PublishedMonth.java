package vn.hungyen.snv.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** An organisation's published, locked month with its ratings as published (JSON; per officer from version 3). */
@Entity
@Table(name = "published_month")
@IdClass(PublishedMonth.Key.class)
public class PublishedMonth extends PanacheEntityBase {

    /** Organisation and month (YYYY-MM). */
    public static class Key implements Serializable {
        public String organisationCode;
        public String month;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(organisationCode, key.organisationCode)
                    && Objects.equals(month, key.month);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organisationCode, month);
        }
    }

    @Id
    @Column(name = "organisation_code")
    public String organisationCode;
    @Id
    public String month;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "published_by")
    public String publishedBy;
    /**
     * The month as stored in version {@code snapshotVersion} (service.MonthSnapshot): up to version 2 the whole month
     * as one JSON value, read only when used (a province-size month is hundreds of megabytes): finding the month does
     * not load it; from version 3 the month's own parts, its officers in {@link PublishedOfficers}.
     */
    @Basic(fetch = FetchType.LAZY)
    public String ratings;
    /** The stored shape of {@code ratings} (service.MonthSnapshot). */
    @Column(name = "snapshot_version")
    public int snapshotVersion;
    /** The scoring profile version the month was rated by; null for months published before profiles existed. */
    @Column(name = "profile_version")
    public Integer profileVersion;
    /** The Director's quota exceptions (JSON list of group, ratio, reason); null before they were recorded. */
    @Column(name = "quota_exceptions")
    public String quotaExceptions;
    /** SHA-256 (hex) of the stored facts the month was computed from; null before it was recorded. */
    @Column(name = "inputs_digest")
    public String inputsDigest;
    /** When the latest stored event among the month's inputs was received; null when there was none. */
    @Column(name = "inputs_received_by")
    public Instant inputsReceivedBy;
}
