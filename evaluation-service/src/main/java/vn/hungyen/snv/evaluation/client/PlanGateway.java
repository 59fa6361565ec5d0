package vn.hungyen.snv.evaluation.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import vn.hungyen.snv.common.cache.KeptValues;
import vn.hungyen.snv.common.rest.ProblemException;

/**
 * The caller's organisation as plan-service knows it: its units and officers, today or as they stood at the end of
 * a month, with the fields of work its deputy heads are in charge of that month; a clear 503 problem when it cannot
 * answer. A month's directory is kept between reads under the version of plan-service's directory it was read
 * under, and read again only when that version changed: at province size it is megabytes of JSON, asked for by every
 * page of ratings.
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

    /** The fields of work a deputy head of a unit is in charge of in a month, assigned from {@code from}. */
    public record DeputyFields(String unitCode, long officerId, String from, List<String> fields) {

        public DeputyFields {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }
    }

    /** A catalogue item's field of work. */
    public record ItemField(long id, String field) {
    }

    /**
     * The caller's organisation and the version of plan-service's directory: it grows with every change of units,
     * officers, postings, leaves, deputy heads' fields and catalogue items.
     */
    public record DirectoryVersion(String organisationCode, long version) {
    }

    /**
     * Units and officers read together, as of one day, indexed once: a month's rating looks up an officer for every
     * task. With them, the fields of work the deputy heads are in charge of that month, and the field of every
     * catalogue item when some deputy head has fields.
     */
    public static final class Directory {

        private final List<Unit> units;
        private final List<Officer> officers;
        private final Map<Long, Officer> officersById;
        private final Map<String, Unit> unitsByCode;
        private final Map<Long, Set<String>> deputyFields;
        private final Map<Long, String> itemFields;

        public Directory(List<Unit> units, List<Officer> officers) {
            this(units, officers, List.of(), List.of());
        }

        /**
         * The directory with the month's deputy-head fields; an assignment counts only for an officer of its unit in
         * this directory.
         */
        public Directory(List<Unit> units, List<Officer> officers, List<DeputyFields> deputyFields,
                List<ItemField> itemFields) {
            this.units = List.copyOf(units);
            this.officers = List.copyOf(officers);
            this.officersById = this.officers.stream()
                    .collect(Collectors.toUnmodifiableMap(Officer::id, o -> o, (a, b) -> a));
            this.unitsByCode = this.units.stream()
                    .collect(Collectors.toUnmodifiableMap(Unit::code, u -> u, (a, b) -> a));
            this.deputyFields = deputyFields.stream()
                    .filter(d -> !d.fields().isEmpty() && officer(d.officerId())
                            .map(o -> d.unitCode().equals(o.unitCode())).orElse(false))
                    .collect(Collectors.toUnmodifiableMap(DeputyFields::officerId, d -> Set.copyOf(d.fields()),
                            (a, b) -> a));
            this.itemFields = itemFields.stream()
                    .collect(Collectors.toUnmodifiableMap(ItemField::id, ItemField::field, (a, b) -> a));
        }

        /** The fields of work the officer, a deputy head, is in charge of in their unit; empty: the whole unit. */
        public Set<String> fieldsOf(long officerId) {
            return deputyFields.getOrDefault(officerId, Set.of());
        }

        /** The field of work of a task's catalogue item; empty for work outside the catalogue. */
        public Optional<String> fieldOf(Long planItemId) {
            return Optional.ofNullable(planItemId).map(itemFields::get);
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

        /** Equal when the units, officers, deputy heads' fields and items' fields are: a month's inputs are. */
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Directory that && units.equals(that.units)
                    && officers.equals(that.officers) && deputyFields.equals(that.deputyFields)
                    && itemFields.equals(that.itemFields);
        }

        @Override
        public int hashCode() {
            return Objects.hash(units, officers, deputyFields, itemFields);
        }
    }

    private static final Logger LOG = Logger.getLogger(PlanGateway.class);

    /** The months' directories kept: a year's and a dashboard's trend. */
    static final int KEPT_MONTHS = 13;

    private final PlanClient plan;
    private final Clock clock;
    private final KeptValues<Long, Directory> kept = new KeptValues<>(KEPT_MONTHS);

    PlanGateway(@RestClient PlanClient plan, Clock clock) {
        this.plan = plan;
        this.clock = clock;
    }

    /** The organisation today, without the deputy heads' fields. */
    public Directory directory() {
        LocalDate today = LocalDate.now(clock);
        return ask(() -> new Directory(units(today), plan.officers(today.toString())));
    }

    /**
     * The organisation as it stood on the last day of {@code month}: the units that still existed, the officers who
     * belonged to it, each in the unit and position in force then, and the fields of work the deputy heads are in
     * charge of that month. Every rating of the month reads this one. Kept from an earlier read while plan-service's
     * directory version is the same; the version is read first, so a change made while the directory is read gives
     * a version the next read does not find kept.
     */
    public Directory directory(YearMonth month) {
        return directories(List.of(month)).get(month);
    }

    /**
     * The directory of each of {@code months} ({@link #directory(YearMonth)}), in their order, under one read of
     * plan-service's directory version.
     */
    public Map<YearMonth, Directory> directories(List<YearMonth> months) {
        return ask(() -> {
            DirectoryVersion version = plan.directoryVersion();
            Map<YearMonth, Directory> directories = new LinkedHashMap<>();
            months.forEach(month -> directories.put(month, directory(version, month)));
            return directories;
        });
    }

    private Directory directory(DirectoryVersion version, YearMonth month) {
        String slot = version.organisationCode() + "/" + month;
        return kept.get(slot, version.version(), () -> {
            LocalDate day = month.atEndOfMonth();
            List<DeputyFields> deputies = plan.deputyFields(month.toString());
            return new Directory(units(day), plan.officers(day.toString()), deputies,
                    deputies.isEmpty() ? List.of() : plan.itemFields());
        });
    }

    private List<Unit> units(LocalDate day) {
        return plan.units(true).stream().filter(u -> u.existsOn(day)).toList();
    }

    /** The name of the organisation {@code code}, as documents print it (e.g. "Sở Nội vụ tỉnh Hưng Yên"). */
    public String organisationName(String code) {
        return ask(() -> plan.organisation(code).name());
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
