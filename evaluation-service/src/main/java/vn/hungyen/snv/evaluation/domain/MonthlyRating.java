package vn.hungyen.snv.evaluation.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hungyen.snv.common.calendar.WorkingDayCalendar;

/**
 * One month's HY-540 rating of the Department (scoring-hy540 §2–§7): products are attributed to the
 * month, then staff, units, leaders and quotas are rated in the order of §7.
 *
 * <p>Steps, each using only what the earlier ones produced:
 * <ol>
 *   <li>attribution of every officer's and unit's products (§2);</li>
 *   <li>staff: a, b, c, K, S, band, forcing (§3, §4);</li>
 *   <li>units: a_u, b_u, c_u over the members' and the unit's own products, each counted once, K_u, D and
 *       band (§7);</li>
 *   <li>leaders, lower positions first so that d can read the S of the officers under them: d, đ (from
 *       their units' products, or for a deputy head in charge of some fields only from those fields' tasks), e,
 *       K, S, band, forcing (§6);</li>
 *   <li>unit cap: a unit with a member at KHTNV, staff or leader, is at most HTTNV (§4); it comes after the
 *       leaders because they are members too, and nothing above depends on a unit's level;</li>
 *   <li>head cap by the unit's final level (§4);</li>
 *   <li>quotas per group, when {@code quota.monthly} (§5).</li>
 * </ol>
 * A level the Director decided after publication ({@link MonthInput#decidedLevels()}, §8) replaces the officer's
 * level where forcing is applied, so that the unit's member cap, the d of the leaders above and the quota of the
 * group read it; the head cap and the quota never change it.
 * When the rules leave đ of some leader to the approver and no choice is recorded, that leader is set aside
 * (not rated, and no one's subordinate) and the rest of the month is rated; the outcome names them with the
 * assessment that asks for the choice.
 */
public final class MonthlyRating {

    private final ScoringSettings settings;
    private final ProductAttribution attribution;
    private final ScoreCalculator calculator;
    private final LevelRules levels;
    private final LeaderCriteriaRules leaderRules;
    private final Quota quota;
    private final WorkingDayCalendar calendar;

    /** The rating under {@code settings}; overdue spans are counted in working days of {@code calendar}. */
    public MonthlyRating(ScoringSettings settings, WorkingDayCalendar calendar) {
        this.settings = settings;
        this.calendar = calendar;
        this.attribution = new ProductAttribution(settings);
        this.calculator = new ScoreCalculator(settings);
        this.levels = new LevelRules(settings);
        this.leaderRules = new LeaderCriteriaRules(settings);
        this.quota = new Quota(settings);
    }

    /**
     * Rates the month, setting aside the leaders whose đ awaits the approver's choice.
     *
     * @throws IllegalArgumentException when the input is inconsistent (unknown ids, G out of range, …)
     */
    public MonthlyOutcome rate(MonthInput input) {
        validate(input);
        Map<String, OrganisingAssessment> awaiting = new LinkedHashMap<>();
        MonthInput rated = input;
        Products products = products(rated, Map.of());
        for (var more = awaitingChoice(rated, products); !more.isEmpty(); more = awaitingChoice(rated, products)) {
            awaiting.putAll(more);
            rated = rated.without(more.keySet());
            products = products(rated, products.officers());
        }
        return rate(rated, products, awaiting);
    }

    /**
     * What the month's officers, units and leaders are rated from: each officer's counted products, each unit's
     * products (each counted once) and each leader's đ assessment.
     */
    private record Products(Map<String, List<CountedProduct>> officers, Map<String, List<ProductResult>> units,
                            Map<String, OrganisingAssessment> organising) {
    }

    /**
     * The products of {@code input}; an officer's own products do not depend on the others, so those already counted
     * in {@code counted} (the month before leaders were set aside) are taken as they are.
     */
    private Products products(MonthInput input, Map<String, List<CountedProduct>> counted) {
        Map<String, List<CountedProduct>> officerProducts = new LinkedHashMap<>();
        Map<String, List<ProductResult>> results = new LinkedHashMap<>();
        Map<ProductFacts, Optional<CountedProduct>> alreadyCounted = new IdentityHashMap<>(
                input.officers().stream().mapToInt(officer -> officer.products().size()).sum());
        for (OfficerInput officer : input.officers()) {
            List<CountedProduct> products = counted.get(officer.officerId());
            if (products == null) {
                products = counted(officer.products(), input.month(), alreadyCounted);
            }
            officerProducts.put(officer.officerId(), products);
            results.put(officer.officerId(), products.stream().map(CountedProduct::result).toList());
        }
        Map<String, List<ProductResult>> unitProducts = unitProducts(input, results);
        return new Products(officerProducts, unitProducts, organisingAssessments(input, unitProducts));
    }

    private MonthlyOutcome rate(MonthInput input, Products products, Map<String, OrganisingAssessment> awaiting) {
        Map<String, List<CountedProduct>> officerProducts = products.officers();
        Map<String, OrganisingAssessment> organising = products.organising();

        Map<String, OfficerResult> officers = new LinkedHashMap<>();
        input.officers().stream()
                .filter(officer -> !officer.position().isLeader())
                .forEach(officer -> officers.put(officer.officerId(),
                        rateOfficer(officer, officerProducts.get(officer.officerId()), organising, officers,
                                input.decidedLevels())));

        List<UnitResult> units = settings.unitEnabled()
                ? input.units().stream().map(unit -> scoreUnit(unit, products.units().get(unit.unitId()))).toList()
                : List.of();

        input.officers().stream()
                .filter(officer -> officer.position().isLeader())
                .sorted(Comparator.comparing(OfficerInput::position))
                .forEach(officer -> officers.put(officer.officerId(),
                        rateOfficer(officer, officerProducts.get(officer.officerId()), organising, officers,
                                input.decidedLevels())));

        Set<String> notComplete = unitsWithMemberNotComplete(officers);
        units = units.stream().map(unit -> capByMembers(unit, notComplete)).toList();
        capByUnit(officers, units);

        List<QuotaResult> quotas = settings.quotaMonthly() ? applyQuotas(input, officers) : List.of();

        List<OfficerResult> ordered = input.officers().stream().map(o -> officers.get(o.officerId())).toList();
        return new MonthlyOutcome(input.month(), ordered, units, quotas, awaiting);
    }

    /** The leaders of {@code input} whose đ the rules leave to the approver and who have no choice recorded. */
    private static Map<String, OrganisingAssessment> awaitingChoice(MonthInput input, Products products) {
        Map<String, OrganisingAssessment> awaiting = new LinkedHashMap<>();
        for (OfficerInput officer : input.officers()) {
            OrganisingAssessment assessment = products.organising().get(officer.officerId());
            if (assessment != null && assessment.requiresApproverChoice()
                    && officer.leader().orElseThrow().organisingChoice().isEmpty()) {
                awaiting.put(officer.officerId(), assessment);
            }
        }
        return awaiting;
    }

    /**
     * The products that belong to the month, each with its attribution and its own a, b, c. A product is counted once
     * per month however many officers it is given to (its own staff member, the unit's head and deputy heads): {@code
     * alreadyCounted} holds what each product given so far counted as.
     */
    private List<CountedProduct> counted(List<ProductFacts> products, YearMonth month,
            Map<ProductFacts, Optional<CountedProduct>> alreadyCounted) {
        List<CountedProduct> counted = new ArrayList<>();
        for (ProductFacts product : products) {
            alreadyCounted.computeIfAbsent(product, p -> counted(p, month)).ifPresent(counted::add);
        }
        return List.copyOf(counted);
    }

    private Optional<CountedProduct> counted(ProductFacts product, YearMonth month) {
        if (!attribution.belongsTo(product, month)) {
            return Optional.empty();
        }
        Attribution attributed = attribution.attribute(product, month);
        ProductResult result = attributed.result(product.weight());
        return Optional.of(new CountedProduct(product, attributed, result));
    }

    private Map<String, List<ProductResult>> unitProducts(MonthInput input,
                                                          Map<String, List<ProductResult>> officerProducts) {
        Map<String, List<ProductResult>> members = new HashMap<>();
        for (OfficerInput officer : input.officers()) {
            officer.unitId().ifPresent(unitId -> members.computeIfAbsent(unitId, id -> new ArrayList<>())
                    .addAll(officerProducts.get(officer.officerId())));
        }
        Map<String, List<ProductResult>> products = new LinkedHashMap<>();
        for (UnitInput unit : input.units()) {
            List<ProductResult> all = new ArrayList<>(members.getOrDefault(unit.unitId(), List.of()));
            all.addAll(attribution.productsOfMonth(unit.ownProducts(), input.month()));
            products.put(unit.unitId(), countedOnce(all));
        }
        return products;
    }

    /**
     * đ's assessment of each leader (§6). Leaders answering for the whole of the same units (a unit's head and its
     * deputy heads) share one: it is decided from those units' products and open tasks alone, so it is worked out once.
     */
    private Map<String, OrganisingAssessment> organisingAssessments(MonthInput input,
                                                                  Map<String, List<ProductResult>> unitProducts) {
        Map<String, UnitInput> unitsById = new LinkedHashMap<>();
        input.units().forEach(unit -> unitsById.put(unit.unitId(), unit));
        Map<List<String>, OrganisingAssessment> byUnits = new HashMap<>();
        Map<String, OrganisingAssessment> assessments = new LinkedHashMap<>();
        for (OfficerInput officer : input.officers()) {
            if (officer.leader().isEmpty()) {
                continue;
            }
            LeaderInput leader = officer.leader().get();
            OrganisingAssessment assessment;
            if (leader.organisedTasks().isPresent()) {
                List<ProductFacts> tasks = leader.organisedTasks().get();
                assessment = leaderRules.organising(countedOnce(attribution.productsOfMonth(tasks, input.month())),
                        attribution.openOverdueWorkingDays(tasks, input.month(), calendar));
            } else {
                assessment = byUnits.computeIfAbsent(leader.organisedUnitIds(),
                        unitIds -> organising(unitIds, unitProducts, unitsById, input.month()));
            }
            assessments.put(officer.officerId(), assessment);
        }
        return assessments;
    }

    private OrganisingAssessment organising(List<String> unitIds, Map<String, List<ProductResult>> unitProducts,
                                            Map<String, UnitInput> unitsById, YearMonth month) {
        List<ProductResult> products = new ArrayList<>();
        List<Integer> openOverdue = new ArrayList<>();
        for (String unitId : unitIds) {
            products.addAll(unitProducts.get(unitId));
            openOverdue.addAll(attribution.openOverdueWorkingDays(unitsById.get(unitId).tasks(), month, calendar));
        }
        return leaderRules.organising(countedOnce(products), openOverdue);
    }

    private OfficerResult rateOfficer(OfficerInput officer, List<CountedProduct> products,
                                      Map<String, OrganisingAssessment> organising,
                                      Map<String, OfficerResult> ratedSoFar, Map<String, Level> decided) {
        Optional<OrganisingAssessment> assessment = Optional.ofNullable(organising.get(officer.officerId()));
        Optional<LeaderCriteria> leaderCriteria = officer.leader().map(leader -> new LeaderCriteria(
                leaderRules.unitResults(subordinateScores(leader, ratedSoFar)),
                assessment.orElseThrow().value(leader.organisingChoice()),
                leaderRules.cohesion(leader.cohesionFinding())));
        Optional<Score> score = calculator.criteria(products.stream().map(CountedProduct::result).toList())
                .map(criteria -> calculator.score(officer.general(), officer.bonus(), criteria, leaderCriteria));

        Level band = score.map(s -> levels.band(s.s())).orElse(Level.NO_TASK_DATA);
        List<OfficerResult.Adjustment> adjustments = new ArrayList<>();
        if (officer.forced()) {
            adjustments.add(OfficerResult.Adjustment.FORCED);
        }
        Level level = levels.applyForcing(band, officer.forced());
        Level decidedLevel = decided.get(officer.officerId());
        if (decidedLevel != null) {
            adjustments.add(OfficerResult.Adjustment.DIRECTOR_DECISION);
            level = decidedLevel;
        }
        return new OfficerResult(officer.officerId(), officer.position(), officer.unitId(), officer.quotaGroup(),
                products, score, assessment, band, level, adjustments);
    }

    /**
     * The S of the officers under the leader who have a score; under a deputy head in charge of some fields only,
     * those who carry out a product of the month among the tasks of those fields (§6).
     */
    private static List<BigDecimal> subordinateScores(LeaderInput leader, Map<String, OfficerResult> ratedSoFar) {
        Optional<Set<String>> organised = leader.organisedTasks()
                .map(tasks -> tasks.stream().map(ProductFacts::productId).collect(Collectors.toSet()));
        return leader.subordinateIds().stream()
                .map(ratedSoFar::get)
                .filter(result -> organised.isEmpty() || result.counted().stream()
                        .anyMatch(p -> organised.get().contains(p.result().productId())))
                .flatMap(result -> result.score().stream())
                .map(Score::s)
                .toList();
    }

    private UnitResult scoreUnit(UnitInput unit, List<ProductResult> products) {
        Optional<Score> score = calculator.criteria(products)
                .map(criteria -> calculator.score(unit.general(), criteria));
        Level band = score.map(s -> levels.band(s.s())).orElse(Level.NO_TASK_DATA);
        return new UnitResult(unit.unitId(), products, score, band, band, false);
    }

    private UnitResult capByMembers(UnitResult unit, Set<String> unitsWithMemberNotComplete) {
        Level level = levels.capUnit(unit.bandLevel(), unitsWithMemberNotComplete.contains(unit.unitId()));
        return new UnitResult(unit.unitId(), unit.products(), unit.score(), unit.bandLevel(), level,
                level != unit.bandLevel());
    }

    private static Set<String> unitsWithMemberNotComplete(Map<String, OfficerResult> officers) {
        Set<String> units = new HashSet<>();
        officers.values().stream()
                .filter(officer -> officer.level() == Level.KHTNV)
                .forEach(officer -> officer.unitId().ifPresent(units::add));
        return units;
    }

    private void capByUnit(Map<String, OfficerResult> officers, List<UnitResult> units) {
        Map<String, UnitResult> unitsById = new HashMap<>();
        units.forEach(unit -> unitsById.put(unit.unitId(), unit));
        officers.replaceAll((id, officer) -> {
            UnitResult unit = officer.unitId().map(unitsById::get).orElse(null);
            if (unit == null || decided(officer)) {
                return officer;
            }
            Level capped = levels.capByUnit(officer.level(), officer.position(), unit.level());
            return capped == officer.level()
                    ? officer
                    : withLevel(officer, capped, OfficerResult.Adjustment.CAPPED_BY_UNIT);
        });
    }

    private List<QuotaResult> applyQuotas(MonthInput input, Map<String, OfficerResult> officers) {
        List<QuotaResult> results = new ArrayList<>();
        for (String group : settings.quotaGroups()) {
            List<QuotaCandidate> candidates = officers.values().stream()
                    .filter(officer -> officer.quotaGroup().equals(group))
                    .filter(officer -> officer.score().isPresent())
                    .map(MonthlyRating::candidate)
                    .toList();
            QuotaResult result = quota.apply(group, candidates,
                    Optional.ofNullable(input.quotaExceptionRatios().get(group)), input.decidedLevels().keySet());
            result.demoted().forEach(id -> officers.computeIfPresent(id,
                    (key, officer) -> withLevel(officer, Level.HTTNV, OfficerResult.Adjustment.QUOTA)));
            results.add(result);
        }
        return results;
    }

    private static boolean decided(OfficerResult officer) {
        return officer.adjustments().contains(OfficerResult.Adjustment.DIRECTOR_DECISION);
    }

    private static QuotaCandidate candidate(OfficerResult officer) {
        Score score = officer.score().orElseThrow();
        return new QuotaCandidate(officer.officerId(), officer.level(), score.s(), score.k(), score.c(), score.b(),
                officer.lateEvents());
    }

    private static OfficerResult withLevel(OfficerResult officer, Level level, OfficerResult.Adjustment reason) {
        List<OfficerResult.Adjustment> adjustments = new ArrayList<>(officer.adjustments());
        adjustments.add(reason);
        return new OfficerResult(officer.officerId(), officer.position(), officer.unitId(), officer.quotaGroup(),
                officer.counted(), officer.score(), officer.organising(), officer.bandLevel(), level, adjustments);
    }

    /**
     * The same product reached through several officers counts once (§7); its facts must agree. A product counted
     * once for the month ({@link #counted}) reaches them as one object, whose facts are not compared again.
     */
    private static List<ProductResult> countedOnce(List<ProductResult> products) {
        Map<String, ProductResult> byId = new LinkedHashMap<>(2 * products.size());
        for (ProductResult product : products) {
            ProductResult earlier = byId.putIfAbsent(product.productId(), product);
            if (earlier != null && earlier != product && !earlier.equals(product)) {
                throw new IllegalArgumentException("product " + product.productId() + " is given with different facts");
            }
        }
        return List.copyOf(byId.values());
    }

    private void validate(MonthInput input) {
        Map<String, OfficerInput> officers = new LinkedHashMap<>();
        for (OfficerInput officer : input.officers()) {
            if (officers.put(officer.officerId(), officer) != null) {
                throw new IllegalArgumentException("officer " + officer.officerId() + " is given twice");
            }
            if (!settings.quotaGroups().contains(officer.quotaGroup())) {
                throw new IllegalArgumentException(officer.officerId() + ": unknown quota group " + officer.quotaGroup());
            }
        }
        Set<String> unitIds = new HashSet<>();
        for (UnitInput unit : input.units()) {
            if (!unitIds.add(unit.unitId())) {
                throw new IllegalArgumentException("unit " + unit.unitId() + " is given twice");
            }
        }
        input.decidedLevels().forEach((officerId, level) -> {
            if (!officers.containsKey(officerId)) {
                throw new IllegalArgumentException("decided level for unknown officer " + officerId);
            }
            if (!level.isRated()) {
                throw new IllegalArgumentException(officerId + ": a decided level is one of the four bands, not " + level);
            }
        });
        for (String group : input.quotaExceptionRatios().keySet()) {
            if (!settings.quotaGroups().contains(group)) {
                throw new IllegalArgumentException("quota exception for unknown group " + group);
            }
        }
        for (OfficerInput officer : input.officers()) {
            if (officer.leader().isEmpty()) {
                continue;
            }
            for (String subordinateId : officer.leader().get().subordinateIds()) {
                OfficerInput subordinate = officers.get(subordinateId);
                if (subordinate == null || subordinate.position().compareTo(officer.position()) >= 0) {
                    throw new IllegalArgumentException(officer.officerId() + ": " + subordinateId
                            + " is not an officer of a lower position in this month");
                }
            }
            for (String unitId : officer.leader().get().organisedUnitIds()) {
                if (!unitIds.contains(unitId)) {
                    throw new IllegalArgumentException(officer.officerId() + ": unknown organised unit " + unitId);
                }
            }
        }
    }
}
