package vn.hungyen.snv.webui.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The results report as task-service draws it (docs/documents.md); a refusal becomes a {@link ServiceMessage} with
 * task-service's Vietnamese detail (e.g. a period with no published month).
 */
@ApplicationScoped
public class ReportGateway {

    private final ReportClient client;

    ReportGateway(@RestClient ReportClient client) {
        this.client = client;
    }

    /** The report of the plan (code or version id) for the period, as a DOCX file under task-service's name. */
    public PlanGateway.File results(String plan, String period) {
        return ServiceMessage.call("Dịch vụ nhiệm vụ", () -> {
            try (Response response = client.results(plan, period, "docx")) {
                if (response.getStatus() >= 400) {
                    throw ServiceMessage.of(response);
                }
                return new PlanGateway.File(response.readEntity(byte[].class), response.getMediaType().toString(),
                        response.getHeaderString(HttpHeaders.CONTENT_DISPOSITION));
            }
        });
    }
}
