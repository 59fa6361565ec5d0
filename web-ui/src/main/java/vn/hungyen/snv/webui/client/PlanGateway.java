package vn.hungyen.snv.webui.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * plan-service for the pages: the organisation (to show names and choose assignees) and the
 * plan's catalogue; every failure becomes a {@link ServiceMessage} a person can read.
 */
@ApplicationScoped
public class PlanGateway {

    /** An officer as plan-service lists them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Officer(long id, String organisationCode, String username, String fullName, String unitCode,
            String position, String role) {
    }

    /** A new officer, as an administrator enters them; plan-service fills in what is left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NewOfficer(String fullName, String unitCode, String position, String role, String username) {
    }

    /** An organisation: a department ({@code SO}), a People's Committee ({@code UBND_HUYEN}, ...). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Organisation(String code, String name, String kind) {
    }

    /** A unit of the Department, its head and the deputy director who supervises it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Unit(String code, String name, String headUsername, String supervisorUsername) {
    }

    /** A plan version. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Plan(long id, String code, int version, String title, int year, String status, long itemCount) {
    }

    /** An item's deadline as the catalogue states it; a recurring one ("thường xuyên", monthly) has no due date. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Deadline(String kind, String label, String text, LocalDate dueDate, boolean recurring) {
    }

    /** A catalogue item. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(long id, int number, String field, String content, String leadUnit,
            List<String> coordinatingUnits, Deadline deadline, String product, String target, String source) {

        /** Due every month ("thường xuyên", "trước ngày 20 hằng tháng"): it may be assigned month by month. */
        public boolean recurring() {
            return deadline != null && deadline.recurring();
        }
    }

    /** One page of catalogue items and how many match in all. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ItemPage(List<Item> items, int page, int size, long total) {
    }

    private final PlanClient client;

    PlanGateway(@RestClient PlanClient client) {
        this.client = client;
    }

    public List<Officer> officers(String unit) {
        return call(() -> client.officers(unit));
    }

    /** One officer of the caller's organisation; another organisation's is a 404 {@link ServiceMessage}. */
    public Officer officer(long id) {
        return call(() -> client.officer(id));
    }

    public Officer createOfficer(NewOfficer officer) {
        return call(() -> client.createOfficer(officer));
    }

    /** One organisation; one the caller may not see, or none, is a 404 {@link ServiceMessage}. */
    public Organisation organisation(String code) {
        return call(() -> client.organisation(code));
    }

    public List<Unit> units() {
        return call(client::units);
    }

    /** The plan people work to: the newest published version, else the newest one. */
    public Optional<Plan> currentPlan() {
        List<Plan> plans = call(client::plans);
        return plans.stream().filter(p -> "PUBLISHED".equals(p.status())).reduce((first, later) -> later)
                .or(() -> plans.stream().reduce((first, later) -> later));
    }

    public ItemPage items(long planId, String leadUnit, String q, int page, int size) {
        return call(() -> client.items(planId, leadUnit, q, page, size));
    }

    /** One catalogue item by its id, the reference a task keeps. */
    public Item item(long id) {
        return call(() -> client.item(id));
    }

    private static <T> T call(Supplier<T> request) {
        return ServiceMessage.call("Dịch vụ kế hoạch, tổ chức", request);
    }
}
