package vn.hungyen.snv.evaluation.repository;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The organisations' scoring profiles, and what a new one is checked against. */
@ApplicationScoped
public class ScoringProfileRepository {

    /** The first key of the advisory locks of profile numbering, apart from every other lock of this database. */
    private static final int PROFILE_LOCKS = 541;

    /** The organisation's profiles, oldest version first. */
    public List<ScoringProfileRecord> history(String organisationCode) {
        return ScoringProfileRecord.list("organisationCode", Sort.by("version"), organisationCode);
    }

    /**
     * Holds, until the transaction ends, the advisory lock of the organisation's profile numbering: two profiles (or
     * two seeds) written at the same moment get consecutive versions instead of one failing.
     */
    public void lockNumbering(String organisationCode) {
        ScoringProfileRecord.getEntityManager().createNativeQuery(
                        "select count(*) from (select pg_advisory_xact_lock(:namespace, :organisation)) as locked")
                .setParameter("namespace", PROFILE_LOCKS)
                .setParameter("organisation", organisationCode.hashCode())
                .getSingleResult();
    }

    /** The months the organisation has published. */
    public Set<YearMonth> publishedMonths(String organisationCode) {
        List<PublishedMonth> all = PublishedMonth.list("organisationCode", organisationCode);
        return all.stream().map(p -> YearMonth.parse(p.month)).collect(Collectors.toSet());
    }

    /** The month of the organisation's earliest due date on record, if any task is. */
    public Optional<YearMonth> firstMonthOnRecord(String organisationCode) {
        LocalDate first = (LocalDate) ScoringProfileRecord.getEntityManager()
                .createNativeQuery("select min(first_due_date) from task_fact where organisation_code = ?1",
                        LocalDate.class)
                .setParameter(1, organisationCode)
                .getSingleResult();
        return Optional.ofNullable(first).map(YearMonth::from);
    }
}
