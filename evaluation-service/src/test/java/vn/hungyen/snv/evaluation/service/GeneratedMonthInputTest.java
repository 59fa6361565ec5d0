package vn.hungyen.snv.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.calendar.WorkingDayCalendar;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.evaluation.client.PlanGateway;
import vn.hungyen.snv.evaluation.domain.LeaderInput;
import vn.hungyen.snv.evaluation.domain.MonthInput;
import vn.hungyen.snv.evaluation.domain.MonthlyOutcome;
import vn.hungyen.snv.evaluation.domain.MonthlyRating;
import vn.hungyen.snv.evaluation.domain.OfficerInput;
import vn.hungyen.snv.evaluation.domain.Position;
import vn.hungyen.snv.evaluation.domain.ProductAttribution;
import vn.hungyen.snv.evaluation.domain.ProductFacts;
import vn.hungyen.snv.evaluation.domain.ProductScope;
import vn.hungyen.snv.evaluation.domain.ScoringSettings;
import vn.hungyen.snv.evaluation.domain.Submission;
import vn.hungyen.snv.evaluation.domain.UnitInput;

/**
 * A generated month of many officers (40 units of 15: a head, two deputy heads, one of them in charge of fields of
 * work, staff; officers who moved, tasks of the unit itself, tasks of officers no longer in the organisation): what
 * the service hands the pure rules ({@link MonthlyRatingService#input}) is, for every officer and unit, exactly what
 * {@link ProductScope} keeps when asked about every task of the month — the indexed selection changes no rating.
 */
class GeneratedMonthInputTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 10);
    private static final List<String> FIELDS = List.of("cai-cach", "to-chuc", "thi-dua", "van-thu");

    @Test
    void everyOfficerAndUnitGetsWhatTheRuleKeepsOfEveryTask() {
        Random random = new Random(540);
        PlanGateway.Directory directory = directory();
        List<PlanGateway.Officer> officers = directory.officers();
        List<TaskProduct> tasks = tasks(random, id -> ProductFacts.of(TaskProduct.productId(id),
                MONTH.atDay(1 + random.nextInt(28))));
        Map<Long, Position> positions = MonthlyRatingService.positions(directory);

        MonthInput input = input(directory, tasks);

        assertThat(input.officers()).hasSize(40 * 15);
        assertThat(input.officers()).filteredOn(o -> o.position() == Position.DEPUTY_HEAD).hasSize(80);
        for (OfficerInput officer : input.officers()) {
            PlanGateway.Officer member = directory.officer(Long.parseLong(officer.officerId())).orElseThrow();
            ProductScope.Member scope = new ProductScope.Member(member.id(), officer.position(), member.unitCode(),
                    directory.fieldsOf(member.id()));
            assertThat(officer.products()).as("products of %s", officer.officerId())
                    .isEqualTo(facts(tasks, t -> ProductScope.productOf(scope, scoped(t, directory))));
            Optional<List<ProductFacts>> organised = officer.leader().flatMap(LeaderInput::organisedTasks);
            assertThat(organised).as("organised by %s", officer.officerId())
                    .isEqualTo(scope.fieldScoped()
                            ? Optional.of(facts(tasks, t -> ProductScope.organisedBy(scope, scoped(t, directory))))
                            : Optional.empty());
            officer.leader().ifPresent(leader -> assertThat(leader.subordinateIds())
                    .isEqualTo(officers.stream().filter(o -> member.unitCode().equals(o.unitCode()))
                            .filter(o -> positions.get(o.id()).compareTo(officer.position()) < 0)
                            .map(o -> String.valueOf(o.id())).toList()));
        }
        assertThat(input.officers()).filteredOn(o -> o.position() == Position.HEAD)
                .allSatisfy(head -> assertThat(head.products()).hasSizeGreaterThan(100));
        for (UnitInput unit : input.units()) {
            List<ProductFacts> all = facts(tasks, t -> unit.unitId().equals(scoped(t, directory).unitId()));
            assertThat(unit.tasks()).as("tasks of %s", unit.unitId()).isEqualTo(all);
            assertThat(unit.ownProducts()).isEqualTo(facts(tasks,
                    t -> t.assigneeId() == null && unit.unitId().equals(scoped(t, directory).unitId())));
        }
    }

    /**
     * Tasks of the months around the month (due from two months before to two after, some accepted, some cancelled,
     * some still open): those that cannot count in the month ({@link ProductAttribution#mayCount}) change no rating,
     * so the service gives the rules only the others.
     */
    @Test
    void tasksThatCannotCountInTheMonthChangeNoRating() {
        Random random = new Random(541);
        PlanGateway.Directory directory = directory();
        List<TaskProduct> tasks = tasks(random, id -> {
            LocalDate due = MONTH.atDay(1).plusDays(random.nextInt(150) - 60);
            int draw = random.nextInt(10);
            return draw == 0 ? new ProductFacts(TaskProduct.productId(id), due, BigDecimal.ONE, true, List.of(),
                    List.of(), false)
                    : draw < 4 ? ProductFacts.of(TaskProduct.productId(id), due)
                    : ProductFacts.of(TaskProduct.productId(id), due, Submission.accepted(due.plusDays(draw - 6)));
        });
        ProductAttribution attribution = new ProductAttribution(ScoringSettings.defaults());
        List<TaskProduct> mayCount = tasks.stream().filter(t -> attribution.mayCount(t.facts(), MONTH)).toList();
        MonthlyRating rating = new MonthlyRating(ScoringSettings.defaults(), WorkingDayCalendar.vietnam());

        MonthlyOutcome all = rating.rate(input(directory, tasks));

        assertThat(mayCount).hasSizeBetween(tasks.size() / 3, tasks.size() * 2 / 3);
        assertThat(rating.rate(input(directory, mayCount))).isEqualTo(all);
        assertThat(all.officers().stream().filter(o -> o.score().isPresent()).count()).as("officers scored")
                .isGreaterThan(300);
    }

    private static MonthInput input(PlanGateway.Directory directory, List<TaskProduct> tasks) {
        Map<Long, Position> positions = MonthlyRatingService.positions(directory);
        Map<Long, BigDecimal> generals = new LinkedHashMap<>();
        positions.keySet().forEach(id -> generals.put(id, BigDecimal.valueOf(25)));
        return MonthlyRatingService.input(MONTH, directory, positions, generals, tasks, Map.of(), Map.of(), Map.of(),
                Map.of());
    }

    /** 40 units of 15: a head, two deputy heads (the first in charge of two fields of work), staff; the Director. */
    private static PlanGateway.Directory directory() {
        List<PlanGateway.Unit> units = new ArrayList<>();
        List<PlanGateway.Officer> officers = new ArrayList<>();
        List<PlanGateway.DeputyFields> deputyFields = new ArrayList<>();
        officers.add(new PlanGateway.Officer(1, "SNV", "director", "Giám đốc", null, "Giám đốc Sở",
                "director", "leaders", List.of()));
        for (int u = 0; u < 40; u++) {
            String code = "U" + u;
            units.add(new PlanGateway.Unit("SNV", code, "Phòng " + u, "head." + u, "director", null));
            for (int i = 0; i < 15; i++) {
                long id = 1000 + u * 15 + i;
                officers.add(new PlanGateway.Officer(id, "SNV", i == 0 ? "head." + u : "officer." + id,
                        "Công chức " + id, code, "Chuyên viên", i < 3 ? Roles.HEAD : "officer", i < 3 ? "leaders"
                                : "staff", List.of()));
                if (i == 1) {
                    deputyFields.add(new PlanGateway.DeputyFields(code, id, MONTH.toString(),
                            List.of(FIELDS.get(u % FIELDS.size()), FIELDS.get((u + 1) % FIELDS.size()))));
                }
            }
        }
        List<PlanGateway.ItemField> itemFields = new ArrayList<>();
        for (long item = 1; item <= 20; item++) {
            itemFields.add(new PlanGateway.ItemField(item, FIELDS.get((int) item % FIELDS.size())));
        }
        return new PlanGateway.Directory(units, officers, deputyFields, itemFields);
    }

    /**
     * 6,000 tasks with the facts {@code facts} gives each id: mostly a member's, some of the unit itself, some of an
     * officer who left, some of the Director.
     */
    private static List<TaskProduct> tasks(Random random, LongFunction<ProductFacts> facts) {
        List<TaskProduct> tasks = new ArrayList<>();
        for (long taskId = 1; taskId <= 6000; taskId++) {
            int draw = random.nextInt(20);
            // mostly a member's task; some of the unit itself, some of an officer who left, some of the Director
            Long assignee = draw == 0 ? null : draw == 1 ? 99_000L + taskId : draw == 2 ? 1L
                    : 1000L + random.nextInt(40 * 15);
            // a task's own unit is usually its assignee's, but not for an officer who moved within the month
            String unit = "U" + random.nextInt(40);
            Long item = random.nextInt(4) == 0 ? null : 1L + random.nextInt(20);
            tasks.add(new TaskProduct(taskId, "Nhiệm vụ " + taskId, unit, assignee, item,
                    facts.apply(taskId), List.of(UUID.randomUUID())));
        }
        return tasks;
    }

    private static ProductScope.Task scoped(TaskProduct task, PlanGateway.Directory directory) {
        return new ProductScope.Task(task.assigneeId(), directory.unitOf(task.assigneeId(), task.unitCode()),
                directory.fieldOf(task.planItemId()));
    }

    private static List<ProductFacts> facts(List<TaskProduct> tasks, Predicate<TaskProduct> kept) {
        return tasks.stream().filter(kept).map(TaskProduct::facts).toList();
    }
}
