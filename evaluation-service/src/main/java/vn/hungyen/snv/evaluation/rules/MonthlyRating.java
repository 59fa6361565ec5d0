package vn.hungyen.snv.evaluation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
 *       their units' products), e, K, S, band, forcing (§6);</li>
 *   <li>unit cap: a unit with a member at KHTNV, staff or leader, is at most HTTNV (§4); it comes after the
 *       leaders because they are members too, and nothing above depends on a unit's level;</li>
 *   <li>head cap by the unit's final level (§4);</li>
 *   <li>quotas per group, when {@code quota.monthly} (§5).</li>
 * </ol>
 * When the rules leave đ of some leader to the approver and no choice is recorded, the month cannot be
 * rated: {@link #rate} throws {@link OrganisingChoiceRequiredException}; {@link #organisingAssessments}
 * tells beforehand whom the approver must rule on.
 */
public final class MonthlyRating {

    private final ScoringSettings settings;
    private final ProductAttribution attribution;
    private final ScoreCalculator calculator;
    private final LevelRules levels;
    private final LeaderCriteriaRules leaderRules;
    private final Quota quota;

    public MonthlyRating(ScoringSettings settings) {
        this.settings = settings;
        this.attribution = new ProductAttribution(settings);
        this.calculator = new ScoreCalculator(settings);
        this.levels = new LevelRules(settings);
        this.leaderRules = new LeaderCriteriaRules(settings);
        this.quota = new Quota(settings);
    }

    /** How đ is set for each leader of the month, keyed by officer id in input order. */
    public Map<String, OrganisingAssessment> organisingAssessments(MonthInput input) {
        validate(input);
        return organisingAssessments(input, unitProducts(input, officerProducts(input)));
    }

    /**
     * Rates the month.
     *
     * @throws OrganisingChoiceRequiredException when đ of some leader needs the approver's choice
     * @throws IllegalArgumentException          when the input is inconsistent (unknown ids, G out of range, …)
     */
    public MonthlyOutcome rate(MonthInput input) {
        validate(input);
        Map<String, List<ProductResult>> officerProducts = officerProducts(input);
        Map<String, List<ProductResult>> unitProducts = unitProducts(input, officerProducts);
        Map<String, OrganisingAssessment> organising = organisingAssessments(input, unitProducts);
        requireOrganisingChoices(input, organising);

        Map<String, OfficerResult> officers = new LinkedHashMap<>();
        input.officers().stream()
                .filter(officer -> !officer.position().isLeader())
                .forEach(officer -> officers.put(officer.officerId(),
                        rateOfficer(officer, officerProducts.get(officer.officerId()), organising, officers)));

        List<UnitResult> units = settings.unitEnabled()
                ? input.units().stream().map(unit -> scoreUnit(unit, unitProducts.get(unit.unitId()))).toList()
                : List.of();

        input.officers().stream()
                .filter(officer -> officer.position().isLeader())
                .sorted(Comparator.comparing(OfficerInput::position))
                .forEach(officer -> officers.put(officer.officerId(),
                        rateOfficer(officer, officerProducts.get(officer.officerId()), organising, officers)));

        Set<String> notComplete = unitsWithMemberNotComplete(officers);
        units = units.stream().map(unit -> capByMembers(unit, notComplete)).toList();
        capByUnit(officers, units);

        List<QuotaResult> quotas = settings.quotaMonthly() ? applyQuotas(input, officers) : List.of();

        List<OfficerResult> ordered = input.officers().stream().map(o -> officers.get(o.officerId())).toList();
        return new MonthlyOutcome(input.month(), ordered, units, quotas);
    }

    private Map<String, List<ProductResult>> officerProducts(MonthInput input) {
        Map<String, List<ProductResult>> products = new LinkedHashMap<>();
        for (OfficerInput officer : input.officers()) {
            products.put(officer.officerId(), attribution.productsOfMonth(officer.products(), input.month()));
        }
        return products;
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

    private Map<String, OrganisingAssessment> organisingAssessments(MonthInput input,
                                                                  Map<String, List<ProductResult>> unitProducts) {
        Map<String, UnitInput> unitsById = new LinkedHashMap<>();
        input.units().forEach(unit -> unitsById.put(unit.unitId(), unit));
        Map<String, OrganisingAssessment> assessments = new LinkedHashMap<>();
        for (OfficerInput officer : input.officers()) {
            if (officer.leader().isEmpty()) {
                continue;
            }
            List<ProductResult> products = new ArrayList<>();
            List<Integer> openOverdue = new ArrayList<>();
            for (String unitId : officer.leader().get().organisedUnitIds()) {
                products.addAll(unitProducts.get(unitId));
                openOverdue.addAll(unitsById.get(unitId).openOverdueWorkingDays());
            }
            assessments.put(officer.officerId(), leaderRules.organising(countedOnce(products), openOverdue));
        }
        return assessments;
    }

    private static void requireOrganisingChoices(MonthInput input, Map<String, OrganisingAssessment> organising) {
        List<String> missing = input.officers().stream()
                .filter(officer -> officer.leader().isPresent())
                .filter(officer -> organising.get(officer.officerId()).requiresApproverChoice()
                        && officer.leader().get().organisingChoice().isEmpty())
                .map(OfficerInput::officerId)
                .toList();
        if (!missing.isEmpty()) {
            throw new OrganisingChoiceRequiredException(missing);
        }
    }

    private OfficerResult rateOfficer(OfficerInput officer, List<ProductResult> products,
                                      Map<String, OrganisingAssessment> organising,
                                      Map<String, OfficerResult> ratedSoFar) {
        Optional<OrganisingAssessment> assessment = Optional.ofNullable(organising.get(officer.officerId()));
        Optional<LeaderCriteria> leaderCriteria = officer.leader().map(leader -> new LeaderCriteria(
                leaderRules.unitResults(subordinateScores(leader, ratedSoFar)),
                assessment.orElseThrow().value(leader.organisingChoice()),
                leaderRules.cohesion(leader.cohesionFinding())));
        Optional<Score> score = calculator.criteria(products)
                .map(criteria -> calculator.score(officer.general(), officer.bonus(), criteria, leaderCriteria));

        Level band = score.map(s -> levels.band(s.s())).orElse(Level.NO_TASK_DATA);
        List<OfficerResult.Adjustment> adjustments = new ArrayList<>();
        if (officer.forced()) {
            adjustments.add(OfficerResult.Adjustment.FORCED);
        }
        return new OfficerResult(officer.officerId(), officer.position(), officer.unitId(), officer.quotaGroup(),
                products, score, assessment, band, levels.applyForcing(band, officer.forced()), adjustments);
    }

    private static List<BigDecimal> subordinateScores(LeaderInput leader, Map<String, OfficerResult> ratedSoFar) {
        return leader.subordinateIds().stream()
                .map(ratedSoFar::get)
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
            if (unit == null) {
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
                    Optional.ofNullable(input.quotaExceptionRatios().get(group)));
            result.demoted().forEach(id -> officers.computeIfPresent(id,
                    (key, officer) -> withLevel(officer, Level.HTTNV, OfficerResult.Adjustment.QUOTA)));
            results.add(result);
        }
        return results;
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
                officer.products(), officer.score(), officer.organising(), officer.bandLevel(), level, adjustments);
    }

    /** The same product reached through several officers counts once (§7); its facts must agree. */
    private static List<ProductResult> countedOnce(List<ProductResult> products) {
        Map<String, ProductResult> byId = new LinkedHashMap<>();
        for (ProductResult product : products) {
            ProductResult earlier = byId.putIfAbsent(product.productId(), product);
            if (earlier != null && !earlier.equals(product)) {
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
