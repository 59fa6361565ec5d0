package vn.hungyen.snv.plan.repository;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hungyen.snv.common.security.Roles;

/** Organisations with their units and officers; every read of units and officers names its organisation. */
@ApplicationScoped
public class OrganisationRepository {

    public List<Organisation> organisations() {
        return Organisation.listAll(Sort.by("code"));
    }

    public Optional<Organisation> organisation(String code) {
        return code == null ? Optional.empty() : Organisation.findByIdOptional(code);
    }

    public List<Unit> units(String organisationCode) {
        return Unit.list("organisationCode", Sort.by("code"), organisationCode);
    }

    /** A unit of any organisation: unit codes are unique across all of them. */
    public Optional<Unit> unit(String code) {
        return Unit.findByIdOptional(code);
    }

    /** Every officer of the organisation, with their postings and leaves, by id. */
    public List<Officer> officers(String organisationCode) {
        return Officer.list("organisationCode", Sort.by("id"), organisationCode);
    }

    public Optional<Officer> officer(long id) {
        return Officer.findByIdOptional(id);
    }

    public boolean usernameTaken(String username) {
        return Officer.count("username", username) > 0;
    }

    /** The id of a new officer, above every demo id. */
    public long nextOfficerId() {
        return ((Number) Officer.getEntityManager().createNativeQuery("select nextval('officer_id_seq')")
                .getSingleResult()).longValue();
    }

    public Set<String> unitCodes(String organisationCode) {
        return units(organisationCode).stream().map(u -> u.code).collect(Collectors.toSet());
    }

    /** Usernames of the organisation's director and deputy directors, who supervise catalogue items. */
    public Set<String> leaderUsernames(String organisationCode) {
        return Officer.<Officer>list("organisationCode = ?1 and role in ?2", organisationCode,
                List.of(Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR)).stream().map(o -> o.username)
                .collect(Collectors.toSet());
    }

    /**
     * The directory's version: it grows with every committed change of units, officers, postings, leaves, deputy
     * heads' fields and catalogue items (migration V7's triggers).
     */
    public long directoryVersion() {
        return ((Number) Officer.getEntityManager().createNativeQuery("select version from directory_version")
                .getSingleResult()).longValue();
    }

    /** The deputy-head field assignments recorded in the organisation's units, oldest month first. */
    public List<DeputyAssignment> deputyAssignments(String organisationCode) {
        return DeputyAssignment.list("unitCode in (select u.code from Unit u where u.organisationCode = ?1)",
                Sort.by("fromMonth").and("id"), organisationCode);
    }
}
