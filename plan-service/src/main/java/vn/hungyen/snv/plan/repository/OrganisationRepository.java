package vn.hungyen.snv.plan.repository;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

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

    public boolean isEmpty() {
        return Unit.count() == 0;
    }
}
