package vn.hungyen.snv.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One version of an organisation's scoring settings, stored as the JSON of scoring-hy540 §10. */
@Entity
@Table(name = "scoring_profile")
@IdClass(ScoringProfileRecord.Key.class)
public class ScoringProfileRecord extends PanacheEntityBase {

    /** Organisation and version. */
    public static class Key implements Serializable {
        public String organisationCode;
        public int version;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(organisationCode, key.organisationCode)
                    && version == key.version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(organisationCode, version);
        }
    }

    @Id
    @Column(name = "organisation_code")
    public String organisationCode;
    @Id
    public int version;
    public String name;
    /** YYYY-MM. */
    @Column(name = "first_month")
    public String firstMonth;
    public String settings;
    @Column(name = "created_by")
    public String createdBy;
    public String reason;
    @Column(name = "created_at")
    public Instant createdAt;
}
