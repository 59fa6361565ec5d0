package vn.hungyen.snv.evaluation.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import vn.hungyen.snv.common.rest.ProblemException;

/**
 * The caller's organisation as plan-service knows it: its units and officers, today or as they stood at the end of
 * a month; a clear 503 problem when it cannot answer.
 */
@ApplicationScoped
public class PlanGateway {

    /** A unit; {@code dissolvedOn} is the day it no longer exists from, null while it does. */
    public record Unit(String organisationCode, String code, String name, String headUsername,
            String supervisorUsername, LocalDate dissolvedOn) {

        /** Whether the unit exists on {@code day}. */
        boolean existsOn(LocalDate day) {
            return dissolvedOn == null || dissolvedOn.isAfter(day);
        }
    }

    /** A leave of an officer (MATERNITY, SICK, STUDY, OTHER), both days included. */
    public record Leave(String kind, LocalDate from, LocalDate to) {
    }

    /**
     * An officer in the unit and position of the directory's day; {@code unitCode} is null for the leaders of the
     * organisation (Director, deputy directors).
     */
    public record Officer(long id, String organisationCode, String username, String fullName, String unitCode,
            String position, String role, String quotaGroup, List<Leave> leaves) {

        public Officer {
            leaves = leaves == null ? List.of() : List.copyOf(leaves);
        }
    }

    /**
     * Units and officers read together, as of one day, indexed once: a month's rating looks up an officer for every
     * task.
     */
    public static final class Directory {

        private final List<Unit> units;
        private final List<Officer> officers;
        private final Map<Long, Officer> officersById;
        private final Map<String, Unit> unitsByCode;

        public Directory(List<Unit> units, List<Officer> officers) {
            this.units = List.copyOf(units);
            this.officers = List.copyOf(officers);
            this.officersById = this.officers.stream()
                    .collect(Collectors.toUnmodifiableMap(Officer::id, o -> o, (a, b) -> a));
            this.unitsByCode = this.units.stream()
                    .collect(Collectors.toUnmodifiableMap(Unit::code, u -> u, (a, b) -> a));
        }

        public List<Unit> units() {
            return units;
        }

        public List<Officer> officers() {
            return officers;
        }

        public Optional<Officer> officer(long id) {
            return Optional.ofNullable(officersById.get(id));
        }

        public Optional<Unit> unit(String code) {
            return Optional.ofNullable(unitsByCode.get(code));
        }

        /**
         * The unit a task counts for: its assignee's unit in this directory, so that the work of an officer who moved
         * counts where they were; the task's own unit when it has no assignee or the assignee belongs to no unit.
         */
        public String unitOf(Long assigneeId, String taskUnit) {
            return Optional.ofNullable(assigneeId).flatMap(this::officer).map(Officer::unitCode).orElse(taskUnit);
        }
    }

    private static final Logger LOG = Logger.getLogger(PlanGateway.class);

    private final PlanClient plan;
    private final Clock clock;

    PlanGateway(@RestClient PlanClient plan, Clock clock) {
        this.plan = plan;
        this.clock = clock;
    }

    /** The organisation today. */
    public Directory directory() {
        return directoryOn(LocalDate.now(clock));
    }

    /**
     * The organisation as it stood on the last day of {@code month}: the units that still existed, the officers who
     * belonged to it, each in the unit and position in force then. Every rating of the month reads this one.
     */
    public Directory directory(YearMonth month) {
        return directoryOn(month.atEndOfMonth());
    }

    /** The name of the organisation {@code code}, as documents print it (e.g. "Sở Nội vụ tỉnh Hưng Yên"). */
    public String organisationName(String code) {
        return ask(() -> plan.organisation(code).name());
    }

    private Directory directoryOn(LocalDate day) {
        return ask(() -> new Directory(plan.units(true).stream().filter(u -> u.existsOn(day)).toList(),
                plan.officers(day.toString())));
    }

    private static <T> T ask(Supplier<T> call) {
        try {
            return call.get();
        } catch (ProcessingException | WebApplicationException e) {
            LOG.warnf("plan-service did not answer: %s", e.getMessage());
            throw new ProblemException(503, "plan-unavailable", "Danh bạ tổ chức chưa sẵn sàng",
                    "Không lấy được danh sách đơn vị và công chức từ dịch vụ kế hoạch; vui lòng thử lại sau ít phút.");
        }
    }

    /** An organisation as plan-service lists it. */
    public record Organisation(String code, String name) {
    }
}
