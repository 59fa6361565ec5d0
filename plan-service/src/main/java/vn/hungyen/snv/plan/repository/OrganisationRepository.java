package vn.hungyen.snv.plan.repository;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hungyen.snv.common.security.Roles;

/** Units and officers of the Department. */
@ApplicationScoped
public class OrganisationRepository {

    public List<Unit> units() {
        return Unit.listAll(Sort.by("code"));
    }

    public List<Officer> officers(String unitCode) {
        return unitCode == null
                ? Officer.listAll(Sort.by("id"))
                : Officer.list("unitCode", Sort.by("id"), unitCode);
    }

    public Optional<Officer> officer(long id) {
        return Officer.findByIdOptional(id);
    }

    public Set<String> unitCodes() {
        return units().stream().map(u -> u.code).collect(Collectors.toSet());
    }

    /** Usernames of the Director and deputy directors, who supervise catalogue items. */
    public Set<String> leaderUsernames() {
        return Officer.<Officer>list("role in ?1", List.of(Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR)).stream()
                .map(o -> o.username).collect(Collectors.toSet());
    }

    public boolean isEmpty() {
        return Unit.count() == 0;
    }
}
