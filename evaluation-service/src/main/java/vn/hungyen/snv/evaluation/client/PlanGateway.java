package vn.hungyen.snv.evaluation.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import vn.hungyen.snv.common.rest.ProblemException;

/** The Department's units and officers as plan-service knows them; a clear 503 problem when it cannot answer. */
@ApplicationScoped
public class PlanGateway {

    /** A unit. */
    public record Unit(String code, String name, String headUsername, String supervisorUsername) {
    }

    /** An officer; {@code unitCode} is null for the Director and deputy directors. */
    public record Officer(long id, String username, String fullName, String unitCode, String position, String role,
            String quotaGroup) {
    }

    /** Units and officers read together. */
    public record Directory(List<Unit> units, List<Officer> officers) {

        public Optional<Officer> officer(long id) {
            return officers.stream().filter(o -> o.id() == id).findFirst();
        }

        public Optional<Unit> unit(String code) {
            return units.stream().filter(u -> u.code().equals(code)).findFirst();
        }
    }

    private static final Logger LOG = Logger.getLogger(PlanGateway.class);

    private final PlanClient plan;

    PlanGateway(@RestClient PlanClient plan) {
        this.plan = plan;
    }

    public Directory directory() {
        try {
            return new Directory(plan.units(), plan.officers());
        } catch (ProcessingException | WebApplicationException e) {
            LOG.warnf("plan-service did not answer: %s", e.getMessage());
            throw new ProblemException(503, "plan-unavailable", "Danh bạ tổ chức chưa sẵn sàng",
                    "Không lấy được danh sách đơn vị và công chức từ dịch vụ kế hoạch; vui lòng thử lại sau ít phút.");
        }
    }
}
