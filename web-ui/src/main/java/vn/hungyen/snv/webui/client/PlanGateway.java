package vn.hungyen.snv.webui.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /** One field assignment of a deputy head: the fields from {@code from} to {@code to} (null: until now). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldPeriod(String from, String to, List<String> fields, String recordedBy) {
    }

    /**
     * A deputy head of a unit this month: the fields of work they are in charge of (none: the whole unit), the
     * assignments recorded, and whether the person may assign their fields.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Deputy(long officerId, String fullName, String position, List<String> fields, String fieldsFrom,
            List<FieldPeriod> history, boolean mayAssign) {

        public boolean inCharge(String field) {
            return fields.contains(field);
        }
    }

    /** The fields a deputy head is in charge of from a month ({@code yyyy-MM}) on. */
    public record FieldAssignment(List<String> fields, String from) {
    }

    /** A plan version: {@code DRAFT}, {@code PUBLISHED} (the one people work to) or {@code ARCHIVED} (replaced). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Plan(long id, String code, int version, String title, int year, String status, long itemCount,
            String documentNumber, LocalDate documentDate, String documentSigner) {

        public boolean isDraft() {
            return "DRAFT".equals(status);
        }

        public boolean isPublished() {
            return "PUBLISHED".equals(status);
        }
    }

    /** A new plan of a year, as an administrator enters it; plan-service creates it as a draft. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NewPlan(String code, String title, Integer year, String documentNumber, LocalDate documentDate,
            String signer) {
    }

    /** The body of a copy of recurring items: the plan they are copied from. */
    public record CopyRecurring(String fromPlanId) {
    }

    /** How many recurring items a copy added. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Copied(long planId, int copied) {
    }

    /** One changed column of an item: its Vietnamese header and its text before and after. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ColumnChange(String column, String before, String after) {
    }

    /** One item's change between two versions ({@code ADDED}, {@code REMOVED}, {@code CHANGED}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Change(int number, String kind, String content, List<ColumnChange> columns) {
    }

    /** What changed from one version of a plan to another. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record VersionDiff(String code, int fromVersion, int toVersion, List<Change> changes) {
    }

    /** One problem of a row of an imported file. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CellProblem(String column, String message) {
    }

    /** The problems of one row of an imported file (row 1 is the header). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RowProblems(int row, List<CellProblem> problems) {
    }

    /** What an import of a catalogue file found (a dry run) or did, and the changes it makes. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ImportReport(long planId, String planCode, int version, boolean dryRun, boolean applied,
            int rowCount, int validRowCount, int problemCount, List<RowProblems> rows, List<Change> changes) {
    }

    /** A file plan-service made, with its type and its {@code Content-Disposition} (the file's name). */
    public record File(byte[] content, String mediaType, String disposition) {
    }

    /** An item's deadline as the catalogue states it; a recurring one ("thường xuyên", monthly) has no due date. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Deadline(String kind, String label, String text, LocalDate dueDate, boolean recurring) {
    }

    /** A catalogue item. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(long id, int number, String field, String content, String leadUnit,
            List<String> coordinatingUnits, Deadline deadline, String product, String target, String source,
            String sourceQuote, String derivation) {

        /** Due every month ("thường xuyên", "trước ngày 20 hằng tháng"): it may be assigned month by month. */
        public boolean recurring() {
            return deadline != null && deadline.recurring();
        }
    }

    /** One page of catalogue items and how many match in all. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ItemPage(List<Item> items, int page, int size, long total) {
    }

    /** A year of the working-day calendar and the number of days it lists. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CalendarYearCount(int year, long entries) {
    }

    /** The calendar's years, and the current and next year while nothing is entered for them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CalendarOverview(List<CalendarYearCount> years, List<Integer> missingYears) {
    }

    /** A day of the calendar as entered: {@code HOLIDAY} (ngày nghỉ) or {@code WORKDAY} (ngày làm bù). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CalendarDay(String date, String type, String name) {
    }

    /** The days of one year of the calendar, in date order. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CalendarYear(int year, List<CalendarDay> entries) {
    }

    /** The new days of a year, replacing all of them. */
    public record CalendarChange(List<CalendarDay> entries) {
    }

    /** The newest plan last: by year, then the latest created. */
    public static final Comparator<Plan> NEWEST = Comparator.comparingInt(Plan::year).thenComparingLong(Plan::id);
    /** The largest page plan-service serves. */
    private static final int FIELDS_PAGE_SIZE = 200;

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

    /** The plan people work to: the newest published plan (by year), else the newest plan; none without plans. */
    public Optional<Plan> currentPlan() {
        return current(plans());
    }

    /** Of these plans, the one people work to (see {@link #currentPlan()}). */
    public static Optional<Plan> current(List<Plan> plans) {
        return plans.stream().filter(Plan::isPublished).max(NEWEST).or(() -> plans.stream().max(NEWEST));
    }

    /** Every version of every plan of the caller's organisation. */
    public List<Plan> plans() {
        return call(client::plans);
    }

    public Plan createPlan(NewPlan plan) {
        return call(() -> client.createPlan(plan));
    }

    public Plan publish(long planId) {
        return call(() -> client.publish(planId));
    }

    public Copied copyRecurring(long planId, long fromPlanId) {
        return call(() -> client.copyRecurring(planId, new CopyRecurring(Long.toString(fromPlanId))));
    }

    /** Checks a catalogue file ({@code dryRun}) or replaces the draft's catalogue with it. */
    public ImportReport importFile(long planId, byte[] file, boolean dryRun) {
        return call(() -> client.importFile(planId, dryRun, file));
    }

    /** What changed from the version before to this one. */
    public VersionDiff diff(String planId) {
        return call(() -> client.diff(planId));
    }

    /** The catalogue as a file ({@code xlsx} or {@code csv}) under the name plan-service gives it. */
    public File export(String planId, String format) {
        return call(() -> {
            try (Response response = client.export(planId, format)) {
                if (response.getStatus() >= 400) {
                    throw ServiceMessage.of(response);
                }
                return new File(response.readEntity(byte[].class), response.getMediaType().toString(),
                        response.getHeaderString(HttpHeaders.CONTENT_DISPOSITION));
            }
        });
    }

    public ItemPage items(long planId, String field, String leadUnit, String q, int page, int size) {
        return call(() -> client.items(planId, field, leadUnit, q, page, size));
    }

    /** The fields of work of the plan's items, in the order they first come in the catalogue. */
    public List<String> fields(long planId) {
        Set<String> fields = new LinkedHashSet<>();
        for (int page = 0;; page++) {
            ItemPage items = items(planId, null, null, null, page, FIELDS_PAGE_SIZE);
            items.items().stream().map(Item::field).filter(f -> f != null && !f.isBlank()).forEach(fields::add);
            if (items.items().size() < FIELDS_PAGE_SIZE) {
                return new ArrayList<>(fields);
            }
        }
    }

    /** The deputy heads of the unit this month, with the fields of work each is in charge of. */
    public List<Deputy> deputies(String unitCode) {
        return call(() -> client.deputies(unitCode));
    }

    /** Assigns fields of work to a deputy head of the unit from a month on; plan-service checks who and what. */
    public Deputy assignFields(String unitCode, long officerId, FieldAssignment assignment) {
        return call(() -> client.assignFields(unitCode, officerId, assignment));
    }

    /** One catalogue item by its id, the reference a task keeps. */
    public Item item(long id) {
        return call(() -> client.item(id));
    }

    /** The working-day calendar's years (public reference data of plan-service). */
    public CalendarOverview calendar() {
        return call(client::calendar);
    }

    public CalendarYear calendarYear(int year) {
        return call(() -> client.calendarYear(year));
    }

    /** Replaces every day of the year; plan-service refuses wrong rows, naming them, and then writes nothing. */
    public CalendarYear replaceCalendar(int year, List<CalendarDay> days) {
        return call(() -> client.replaceCalendar(year, new CalendarChange(days)));
    }

    private static <T> T call(Supplier<T> request) {
        return ServiceMessage.call("Dịch vụ kế hoạch, tổ chức", request);
    }
}
