package vn.hungyen.snv.task.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.hungyen.snv.common.deadline.Deadline;
import vn.hungyen.snv.common.deadline.DeadlineFormatException;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.task.domain.AssignmentRules;
import vn.hungyen.snv.task.domain.CatalogueItem;
import vn.hungyen.snv.task.domain.ResultsReport;

/**
 * The caller's organisation and catalogue as plan-service holds them (the caller's token is passed on, and
 * plan-service answers within its organisation). Owns the failure handling: when
 * plan-service cannot be reached in time the caller gets a 503 saying so.
 */
@ApplicationScoped
public class PlanGateway {

    /** The units and officers as read once, for checking every row of one request. */
    record Snapshot(Map<String, String> units, Map<Long, AssignmentRules.Officer> officers)
            implements AssignmentRules.Directory {

        @Override
        public boolean hasUnit(String code) {
            return units.containsKey(code);
        }

        @Override
        public String unitName(String code) {
            return units.getOrDefault(code, code);
        }

        @Override
        public Optional<AssignmentRules.Officer> officer(long id) {
            return Optional.ofNullable(officers.get(id));
        }
    }

    private static final String ORGANISATION = "kiểm tra đơn vị, cán bộ";
    /** plan-service's status of a plan not yet published. */
    private static final String DRAFT = "DRAFT";
    /** The largest page of items plan-service gives. */
    private static final int ITEM_PAGE = 200;

    private final PlanClient client;
    private final ServiceIdentity identity;

    PlanGateway(@RestClient PlanClient client, ServiceIdentity identity) {
        this.client = client;
        this.identity = identity;
    }

    /** The officer with this id; empty when plan-service lists none. */
    public Optional<AssignmentRules.Officer> officer(long id) {
        return call(ORGANISATION, () -> client.officers(null)).stream().filter(o -> o.id() == id).findFirst()
                .map(PlanGateway::officerOf);
    }

    /** Every unit and officer, read once (two calls), for the checks of an assignment or a batch of them. */
    public AssignmentRules.Directory directory() {
        return snapshot(call(ORGANISATION, client::units), call(ORGANISATION, () -> client.officers(null)));
    }

    /**
     * Every unit and officer of an organisation, read with task-service's own identity: for work no person asks for
     * (the recurring tasks the schedule writes name their unit and assignee as an assignment by a person does).
     */
    public AssignmentRules.Directory directoryOf(String organisationCode) {
        String bearer = identity.bearer(organisationCode);
        return snapshot(call(ORGANISATION, () -> client.units(bearer)),
                call(ORGANISATION, () -> client.allOfficers(bearer)));
    }

    private static Snapshot snapshot(List<PlanClient.UnitDto> units, List<PlanClient.OfficerDto> officers) {
        return new Snapshot(names(units), officers.stream()
                .collect(Collectors.toMap(PlanClient.OfficerDto::id, PlanGateway::officerOf)));
    }

    /** The catalogue item with this id; empty when plan-service has none. */
    public Optional<CatalogueItem> catalogueItem(long id) {
        return found("đọc mục danh mục " + id, () -> client.planItem(id)).map(item -> new CatalogueItem(item.id(),
                item.content(), item.leadUnit(), item.coordinatingUnits() == null ? List.of()
                        : item.coordinatingUnits(), item.product(), deadline(item.deadline()),
                DRAFT.equals(item.planStatus())));
    }

    /** A plan version: its id, organisation and title. */
    public record Plan(long id, String organisationCode, String code, String title, int year) {
    }

    /** The plan with this id or code (its latest version); empty when plan-service has none in the caller's reach. */
    public Optional<Plan> plan(String planId) {
        return found("đọc kế hoạch " + planId, () -> client.plan(planId)).map(plan -> new Plan(plan.id(),
                plan.organisationCode(), plan.code(), plan.title(), plan.year()));
    }

    /** Every item of a plan version, in number order (read a page of {@value #ITEM_PAGE} at a time). */
    public List<ResultsReport.Item> items(long planId) {
        List<ResultsReport.Item> items = new ArrayList<>();
        for (int page = 0;; page++) {
            int current = page;
            PlanClient.ItemPageDto answer = call("đọc danh mục nhiệm vụ", () -> client.items(planId, current,
                    ITEM_PAGE));
            answer.items().forEach(item -> items.add(new ResultsReport.Item(item.id(), item.number(), item.field(),
                    item.content(), item.leadUnit(), item.deadline() == null ? null : item.deadline().dueDate())));
            if (answer.items().isEmpty() || items.size() >= answer.total()) {
                return items;
            }
        }
    }

    /** The name of the caller's organisation, as documents print it. */
    public String organisationName(String code) {
        return call("đọc tên cơ quan", () -> client.organisation(code)).name();
    }

    /** The names of the organisation's units, by code. */
    public Map<String, String> unitNames() {
        return names(call(ORGANISATION, client::units));
    }

    private static Map<String, String> names(List<PlanClient.UnitDto> units) {
        return units.stream().collect(Collectors.toMap(PlanClient.UnitDto::code, PlanClient.UnitDto::name,
                (a, b) -> a));
    }

    private static AssignmentRules.Officer officerOf(PlanClient.OfficerDto officer) {
        return new AssignmentRules.Officer(officer.fullName(), officer.unitCode());
    }

    /**
     * plan-service's deadline, read from its canonical text. That text carries the year of every one-off deadline
     * (the year of its due date) and a recurring one has none: no year is taken from the clock.
     */
    private static Deadline deadline(PlanClient.DeadlineDto deadline) {
        if (deadline == null || deadline.text() == null) {
            return null;
        }
        try {
            return Deadline.parse(deadline.text(), deadline.dueDate() == null ? 0 : deadline.dueDate().getYear());
        } catch (DeadlineFormatException e) {
            return null;
        }
    }

    /** What plan-service answers; empty for its 404 (none, or not in the caller's organisation), else 503. */
    private static <T> Optional<T> found(String purpose, Supplier<T> request) {
        try {
            return Optional.of(request.get());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw unavailable(purpose);
        } catch (ProcessingException e) {
            throw unavailable(purpose);
        }
    }

    private static <T> T call(String purpose, Supplier<T> request) {
        try {
            return request.get();
        } catch (ProcessingException | WebApplicationException e) {
            throw unavailable(purpose);
        }
    }

    private static ProblemException unavailable(String purpose) {
        return new ProblemException(503, "plan-service-unavailable", "Dịch vụ kế hoạch không phản hồi",
                "Không kết nối được dịch vụ kế hoạch (plan-service) để " + purpose + ". Vui lòng thử lại sau.");
    }
}
