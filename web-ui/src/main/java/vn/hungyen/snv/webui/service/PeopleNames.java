package vn.hungyen.snv.webui.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.hungyen.snv.webui.client.PlanGateway;
import vn.hungyen.snv.webui.client.ServiceMessage;

/**
 * The names people read in place of the codes services store: an officer's full name for their username or id, a
 * unit's name for its code. Read from plan-service with the signed-in person's token at most once per page; while
 * plan-service cannot tell, the code is shown, so that a page never fails for a name.
 */
@Named("names")
@RequestScoped
public class PeopleNames {

    private final PlanGateway plans;
    private List<PlanGateway.Officer> officers;
    private Map<String, String> units;

    PeopleNames(PlanGateway plans) {
        this.plans = plans;
    }

    /** The full name of the officer with this username, else the username. */
    public String person(String username) {
        if (username == null) {
            return "";
        }
        return officers().stream().filter(o -> username.equals(o.username())).map(PlanGateway.Officer::fullName)
                .findFirst().orElse(username);
    }

    /** The full name of the officer with this id, else "cán bộ" and the id. */
    public String officer(Long id) {
        if (id == null) {
            return "";
        }
        return officers().stream().filter(o -> o.id() == id).map(PlanGateway.Officer::fullName).findFirst()
                .orElse("cán bộ " + id);
    }

    /** The unit's name, else its code. */
    public String unit(String code) {
        if (code == null) {
            return "";
        }
        if (units == null) {
            try {
                units = plans.units().stream().collect(Collectors.toMap(PlanGateway.Unit::code,
                        PlanGateway.Unit::name, (a, b) -> a));
            } catch (ServiceMessage e) {
                return code;
            }
        }
        return units.getOrDefault(code, code);
    }

    private List<PlanGateway.Officer> officers() {
        if (officers == null) {
            try {
                officers = plans.officers(null);
            } catch (ServiceMessage e) {
                return List.of();
            }
        }
        return officers;
    }
}
