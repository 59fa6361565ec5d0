package vn.hungyen.snv.evaluation.repository;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The month's assessments, exemption requests, publication and the adjustments after it. Officer ids, unit codes
 * and task ids are unique across organisations, so only the publication and its adjustments name the organisation.
 */
@ApplicationScoped
public class AssessmentRepository {

    public Map<Long, OfficerAssessment> officerAssessments(YearMonth month) {
        List<OfficerAssessment> all = OfficerAssessment.list("id.month", month.toString());
        return all.stream().collect(Collectors.toMap(a -> a.id.officerId(), Function.identity()));
    }

    public Map<String, UnitAssessment> unitAssessments(YearMonth month) {
        List<UnitAssessment> all = UnitAssessment.list("id.month", month.toString());
        return all.stream().collect(Collectors.toMap(a -> a.id.unitCode(), Function.identity()));
    }

    /**
     * Holds, until the transaction ends, PostgreSQL's advisory lock of one task's exemption requests: a second
     * request for the same product made at the same moment (a double click) waits, then finds the first.
     */
    public void lockExemptionsOf(long taskId) {
        OfficerAssessment.getEntityManager().createNativeQuery(
                        "select count(*) from (select pg_advisory_xact_lock(:namespace, :task)) as locked")
                .setParameter("namespace", EXEMPTION_LOCKS)
                .setParameter("task", Long.hashCode(taskId))
                .getSingleResult();
    }

    /** The first key of the advisory locks above, so that they cannot meet other locks of this database. */
    private static final int EXEMPTION_LOCKS = 540;

    /** The officer's row for the month, created empty (not yet persisted) when there is none. */
    public OfficerAssessment officerAssessment(YearMonth month, long officerId) {
        OfficerAssessment.Key key = new OfficerAssessment.Key(month.toString(), officerId);
        OfficerAssessment found = OfficerAssessment.findById(key);
        if (found != null) {
            return found;
        }
        OfficerAssessment created = new OfficerAssessment();
        created.id = key;
        return created;
    }

    public UnitAssessment unitAssessment(YearMonth month, String unitCode) {
        UnitAssessment.Key key = new UnitAssessment.Key(month.toString(), unitCode);
        UnitAssessment found = UnitAssessment.findById(key);
        if (found != null) {
            return found;
        }
        UnitAssessment created = new UnitAssessment();
        created.id = key;
        return created;
    }

    /** The Director's adjustments of the organisation's month, oldest first. */
    public List<RatingAdjustment> adjustments(String organisationCode, YearMonth month) {
        return RatingAdjustment.list("organisationCode = ?1 and month = ?2", Sort.by("id"), organisationCode,
                month.toString());
    }

    /** The month's exemption requests, oldest first. */
    public List<ExemptionRequest> exemptions(YearMonth month) {
        return ExemptionRequest.list("month", Sort.by("id"), month.toString());
    }

    /** The organisation's month, once published. */
    public Optional<PublishedMonth> published(String organisationCode, YearMonth month) {
        return PublishedMonth.find("organisationCode = ?1 and month = ?2", organisationCode, month.toString())
                .firstResultOptional();
    }
}
