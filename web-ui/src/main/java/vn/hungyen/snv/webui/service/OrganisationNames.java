package vn.hungyen.snv.webui.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.hungyen.snv.webui.client.PlanGateway;
import vn.hungyen.snv.webui.client.ServiceMessage;

/**
 * The names of organisations, for the pages' header: read from plan-service the first time a member of the
 * organisation opens a page (with their token) and kept, since an organisation's name does not change. While
 * plan-service cannot tell, nothing is kept and the header falls back to the organisation's code.
 */
@ApplicationScoped
public class OrganisationNames {

    private final PlanGateway plans;
    private final Map<String, String> names = new ConcurrentHashMap<>();

    OrganisationNames(PlanGateway plans) {
        this.plans = plans;
    }

    /** The organisation's name, or its code while plan-service cannot tell. */
    public String of(String code) {
        String known = names.get(code);
        if (known != null) {
            return known;
        }
        return read(code).map(name -> {
            names.put(code, name);
            return name;
        }).orElse(code);
    }

    private Optional<String> read(String code) {
        try {
            return Optional.of(plans.organisation(code).name());
        } catch (ServiceMessage e) {
            return Optional.empty();
        }
    }
}
