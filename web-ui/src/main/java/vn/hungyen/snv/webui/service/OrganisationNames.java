package vn.hungyen.snv.webui.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.hungyen.snv.webui.client.PlanGateway;
import vn.hungyen.snv.webui.client.ServiceMessage;

/**
 * The names and kinds of organisations, for the pages' header and role titles: read from plan-service the first time
 * a member of the organisation opens a page (with their token) and kept, since they do not change. While plan-service
 * cannot tell, nothing is kept: the header falls back to the organisation's code, titles to those of no kind.
 */
@ApplicationScoped
public class OrganisationNames {

    private final PlanGateway plans;
    private final Map<String, PlanGateway.Organisation> known = new ConcurrentHashMap<>();

    OrganisationNames(PlanGateway plans) {
        this.plans = plans;
    }

    /** The organisation's name, or its code while plan-service cannot tell. */
    public String of(String code) {
        return organisation(code).map(PlanGateway.Organisation::name).orElse(code);
    }

    /** The organisation's kind ({@code SO}, {@code UBND_HUYEN}, ...), or null while plan-service cannot tell. */
    public String kindOf(String code) {
        return organisation(code).map(PlanGateway.Organisation::kind).orElse(null);
    }

    private Optional<PlanGateway.Organisation> organisation(String code) {
        PlanGateway.Organisation organisation = known.get(code);
        if (organisation != null) {
            return Optional.of(organisation);
        }
        try {
            organisation = plans.organisation(code);
            known.put(code, organisation);
            return Optional.of(organisation);
        } catch (ServiceMessage e) {
            return Optional.empty();
        }
    }
}
