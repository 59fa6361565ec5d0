package vn.hungyen.snv.webui.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The officers of a unit, from plan-service, to show names and to choose an assignee. */
@ApplicationScoped
public class Directory {

    /** An officer as plan-service lists them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Officer(long id, String username, String fullName, String unitCode, String position) {
    }

    private final PlanClient client;

    Directory(@RestClient PlanClient client) {
        this.client = client;
    }

    public List<Officer> officers(String unit) {
        return ServiceMessage.call("Dịch vụ kế hoạch, tổ chức", () -> client.officers(unit));
    }
}
