package vn.hungyen.snv.task.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.hungyen.snv.common.rest.ProblemException;

/**
 * The organisation and catalogue as plan-service holds them. Owns the failure handling: when
 * plan-service cannot be reached in time the caller gets a 503 saying so.
 */
@ApplicationScoped
public class PlanDirectory {

    /** A unit known to plan-service. */
    public record UnitRef(String code, String name, String headUsername, String supervisorUsername) {
    }

    /** An officer known to plan-service. */
    public record OfficerRef(long id, String username, String fullName, String unitCode) {
    }

    private final PlanClient client;

    PlanDirectory(@RestClient PlanClient client) {
        this.client = client;
    }

    public Optional<UnitRef> unit(String code) {
        return call(client::units).stream().filter(u -> u.code().equals(code)).findFirst()
                .map(u -> new UnitRef(u.code(), u.name(), u.headUsername(), u.supervisorUsername()));
    }

    public Optional<OfficerRef> officer(long id) {
        return call(() -> client.officers(null)).stream().filter(o -> o.id() == id).findFirst()
                .map(o -> new OfficerRef(o.id(), o.username(), o.fullName(), o.unitCode()));
    }

    /** The officer with this id, who must belong to the unit; a 422 problem otherwise. */
    public OfficerRef officerOfUnit(long id, String unitCode) {
        OfficerRef officer = officer(id).orElseThrow(() -> ProblemException.unprocessable("unknown-officer",
                "Không có cán bộ mã " + id + "."));
        if (!unitCode.equals(officer.unitCode())) {
            throw ProblemException.unprocessable("officer-not-in-unit", "Cán bộ " + officer.fullName()
                    + " không thuộc đơn vị " + unitCode + ".");
        }
        return officer;
    }

    private static <T> List<T> call(Supplier<List<T>> request) {
        try {
            return request.get();
        } catch (ProcessingException | WebApplicationException e) {
            throw new ProblemException(503, "plan-service-unavailable", "Dịch vụ kế hoạch không phản hồi",
                    "Không kết nối được dịch vụ kế hoạch (plan-service) để kiểm tra đơn vị, cán bộ. Vui lòng thử lại sau.");
        }
    }
}
