package vn.hungyen.snv.evaluation.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.hungyen.snv.common.calendar.CalendarSource;
import vn.hungyen.snv.common.calendar.WorkingDayCalendar;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.evaluation.client.PlanGateway;
import vn.hungyen.snv.evaluation.repository.AssessmentRepository;
import vn.hungyen.snv.evaluation.repository.ExemptionRequest;
import vn.hungyen.snv.evaluation.repository.OfficerAssessment;
import vn.hungyen.snv.evaluation.repository.PublishedMonth;
import vn.hungyen.snv.evaluation.repository.RatingAdjustment;
import vn.hungyen.snv.evaluation.repository.TaskFactRepository;
import vn.hungyen.snv.evaluation.repository.UnitAssessment;
import vn.hungyen.snv.evaluation.domain.Attribution;
import vn.hungyen.snv.evaluation.domain.LeaderInput;
import vn.hungyen.snv.evaluation.domain.LeaveRules;
import vn.hungyen.snv.evaluation.domain.Level;
import vn.hungyen.snv.evaluation.domain.LevelRules;
import vn.hungyen.snv.evaluation.domain.MonthInput;
import vn.hungyen.snv.evaluation.domain.MonthWorkflowRules;
import vn.hungyen.snv.evaluation.domain.MonthlyOutcome;
import vn.hungyen.snv.evaluation.domain.MonthWorkflowRules.Ruling;
import vn.hungyen.snv.evaluation.domain.MonthlyRating;
import vn.hungyen.snv.evaluation.domain.OfficerInput;
import vn.hungyen.snv.evaluation.domain.OfficerResult;
import vn.hungyen.snv.evaluation.domain.Position;
import vn.hungyen.snv.evaluation.domain.QuotaResult;
import vn.hungyen.snv.evaluation.domain.ProductAttribution;
import vn.hungyen.snv.evaluation.domain.ProductFacts;
import vn.hungyen.snv.evaluation.domain.ProductScope;
import vn.hungyen.snv.evaluation.domain.PublishedAdjustment;
import vn.hungyen.snv.evaluation.domain.ScoringProfile;
import vn.hungyen.snv.evaluation.domain.ScoreCalculator;
import vn.hungyen.snv.evaluation.domain.ScoringSettings;
import vn.hungyen.snv.evaluation.domain.UnitInput;
import vn.hungyen.snv.evaluation.domain.UnitResult;
import vn.hungyen.snv.evaluation.service.RatingViews.Adjustment;
import vn.hungyen.snv.evaluation.service.RatingViews.Change;
import vn.hungyen.snv.evaluation.service.RatingViews.Exemption;
import vn.hungyen.snv.evaluation.service.RatingViews.LevelChange;
import vn.hungyen.snv.evaluation.service.RatingViews.MonthRatings;
import vn.hungyen.snv.evaluation.service.RatingViews.OfficerRating;
import vn.hungyen.snv.evaluation.service.RatingViews.ProductCredit;
import vn.hungyen.snv.evaluation.service.RatingViews.Review;
import vn.hungyen.snv.evaluation.service.RatingViews.SelfAssessment;
import vn.hungyen.snv.evaluation.service.RatingViews.Status;
import vn.hungyen.snv.evaluation.service.RatingViews.UnitRating;

/**
 * A month's ratings, computed from the stored events, assessments and approved exemptions until the month is
 * published, and kept between reads while none of those inputs, the month's directory and the calendar changed
 * ({@link ComputedMonths}); a published month is read from what was published, with the Director's adjustments
 * after it.
 *
 * <p>Each computation loads the month (directory, events, assessments, exemptions), rates it once with the pure
 * {@link MonthlyRating} and maps the outcome to the views; every rule, per-product credits included, is decided
 * there.
 *
 * <p>Each month is rated for one organisation: its tasks only, and its directory as it stood at the end of the month
 * (plan-service's officers {@code asOf} the last day), so that an officer who moved counts, with their tasks, in the
 * unit they belonged to in that month.
 *
 * <p>Rated: every officer of a unit (staff, deputy heads, heads), except those whose leaves cover at least
 * {@code leave.minShareOfWorkingDays} of the month's working days: they are shown with level {@code ON_LEAVE} and
 * take no part in the month's rating. A head's products are their own tasks plus all tasks of the unit (a task
 * counts for its assignee's unit of the month); a deputy head's the same, or, when the unit's head assigned them
 * fields of work for the month, their own tasks plus the unit's tasks of those fields ({@link ProductScope}).
 * The Director and deputy directors are rated by the province, not here. A leader whose đ the rules leave
 * to the approver is shown unrated until the choice is recorded; once self-assessed and reviewed without it,
 * its status is {@code AWAITING_ORGANISING_CHOICE}.
 */
@ApplicationScoped
public class MonthlyRatingService {

    private final ScoringProfileService profiles;
    private final PlanGateway organisation;
    private final TaskFactRepository facts;
    private final TaskProducts taskProducts;
    private final AssessmentRepository assessments;
    private final ObjectMapper json;
    private final MonthSnapshot snapshots;
    private final PublishedMonths publishedMonths;
    private final ComputedMonths computedMonths;
    private final CalendarSource calendar;

    MonthlyRatingService(ScoringProfileService profiles, PlanGateway organisation, TaskFactRepository facts,
            TaskProducts taskProducts, AssessmentRepository assessments, ObjectMapper json, MonthSnapshot snapshots,
            PublishedMonths publishedMonths, ComputedMonths computedMonths, CalendarSource calendar) {
        this.publishedMonths = publishedMonths;
        this.computedMonths = computedMonths;
        this.profiles = profiles;
        this.organisation = organisation;
        this.facts = facts;
        this.taskProducts = taskProducts;
        this.assessments = assessments;
        this.json = json;
        this.snapshots = snapshots;
        this.calendar = calendar;
    }

    /** The organisation's month as published (with the Director's later adjustments), or as it stands now. */
    @Transactional
    public MonthRatings month(String organisationCode, YearMonth month) {
        return month(organisationCode, month, OfficerSelection.EVERYONE);
    }

    /**
     * The officers {@code which} of the organisation's month as {@link #month(String, YearMonth)} gives it, in its
     * order, and all its units: of a published month only theirs are read ({@link PublishedMonths#read}).
     */
    @Transactional
    public MonthRatings month(String organisationCode, YearMonth month, OfficerSelection which) {
        return published(organisationCode, month, which).orElseGet(() -> which.of(compute(organisationCode, month)));
    }

    /** Those of {@code months} the organisation published, in the given order, each as {@link #month} gives it. */
    @Transactional
    public List<MonthRatings> publishedMonths(String organisationCode, List<YearMonth> months) {
        return months.stream().map(m -> published(organisationCode, m, OfficerSelection.EVERYONE))
                .flatMap(Optional::stream).toList();
    }

    /** The Director's adjustments of the organisation's month after publication, oldest first. */
    @Transactional
    public List<Adjustment> adjustments(String organisationCode, YearMonth month) {
        return assessments.adjustments(organisationCode, month).stream().map(this::adjustment).toList();
    }

    /**
     * Several months of the organisation, each as {@link #month} gives it, from one read of the events: the months of
     * {@code directories} in its order, each with its directory ({@link PlanGateway#directories}), and {@code tasks}
     * as {@link #tasks(String, YearMonth, YearMonth)} gave them in the same transaction.
     */
    @Transactional
    public List<MonthRatings> months(String organisationCode, Map<YearMonth, PlanGateway.Directory> directories,
            List<TaskProduct> tasks) {
        return directories.entrySet().stream()
                .map(e -> published(organisationCode, e.getKey(), OfficerSelection.EVERYONE).orElseGet(() -> {
                    YearMonth m = e.getKey();
                    PlanGateway.Directory directory = e.getValue();
                    return computedMonths.month(organisationCode, m, directory, calendar.current(),
                            () -> compute(m, directory, tasks, Map.of(), profiles.settings(organisationCode, m),
                                    Map.of(), Map.of()));
                }))
                .toList();
    }

    /**
     * The officer's rating of the month as it would stand with G = {@code general}, by the same rules as
     * the real one (caps and quota included); nothing is saved.
     */
    @Transactional
    public Optional<OfficerRating> project(String organisationCode, YearMonth month, long officerId,
            BigDecimal general, PlanGateway.Directory directory) {
        return officer(month, directory, tasks(organisationCode, month, month), Map.of(officerId, general),
                organisationCode, officerId);
    }

    /**
     * The officer's rating of the month as it would stand were the tasks {@code doneOnTime} each handed in on their
     * due date and accepted ({@link TaskProduct#doneOnTime}), by the same rules as the real one, the assessments as
     * entered; nothing is saved. The projection of an unfinished month (scoring-hy540 §3a).
     */
    @Transactional
    public Optional<OfficerRating> projectDoneOnTime(String organisationCode, YearMonth month, long officerId,
            Set<Long> doneOnTime, PlanGateway.Directory directory) {
        List<TaskProduct> tasks = tasks(organisationCode, month, month).stream()
                .map(t -> doneOnTime.contains(t.taskId()) ? t.doneOnTime() : t)
                .toList();
        return officer(month, directory, tasks, Map.of(), organisationCode, officerId);
    }

    private Optional<OfficerRating> officer(YearMonth month, PlanGateway.Directory directory, List<TaskProduct> tasks,
            Map<Long, BigDecimal> generalOverrides, String organisationCode, long officerId) {
        return compute(month, directory, tasks, generalOverrides, profiles.settings(organisationCode, month), Map.of(),
                Map.of())
                .officers().stream()
                .filter(o -> o.officerId() == officerId)
                .findFirst();
    }

    /**
     * The organisation's month as it stands now, from the stored events and assessments and the organisation as it
     * stood at the end of the month.
     */
    MonthRatings compute(String organisationCode, YearMonth month) {
        return compute(organisationCode, month, organisation.directory(month));
    }

    /**
     * As {@link #compute(String, YearMonth)}, with the month's directory already read: kept from an earlier
     * computation when none of its inputs changed since ({@link ComputedMonths}).
     */
    MonthRatings compute(String organisationCode, YearMonth month, PlanGateway.Directory directory) {
        return computedMonths.month(organisationCode, month, directory, calendar.current(), () -> compute(
                organisationCode, month, directory, profiles.settings(organisationCode, month), Map.of()));
    }

    /**
     * As {@link #compute(String, YearMonth)}, by {@code settings} and with the Director's quota exception ratios per
     * group: how a month is published, verified and tried under other settings. The tasks are the kept ones
     * ({@link #tasks(String, YearMonth, YearMonth)}), read with the longest grace period of the organisation's
     * profiles, unless {@code settings} (tried) has a longer one.
     */
    MonthRatings compute(String organisationCode, YearMonth month, PlanGateway.Directory directory,
            ScoringSettings settings, Map<String, BigDecimal> quotaExceptions) {
        int graceDays = graceDays(organisationCode);
        List<TaskProduct> read = settings.graceDays() <= graceDays ? tasks(organisationCode, month, month, graceDays)
                : taskProducts.between(organisationCode, month.atDay(1),
                        month.atEndOfMonth().plusDays(settings.graceDays()), null);
        return compute(month, directory, read, Map.of(), settings, quotaExceptions, Map.of());
    }

    /**
     * The published month computed again from what its publication recorded, by {@code settings} (its recorded
     * profile's, unless trying others): the Director's quota exception ratios per group, the stored events received
     * by then ({@link #inputsReceivedBy}), the month's assessments and exemptions, and the Director's adjustments
     * {@code made} after it, oldest first, as inputs ({@link PublishedAdjustment}): how a publication is verified and
     * how an adjustment re-derives everything that depends on it.
     */
    MonthRatings replay(PublishedMonth publication, ScoringSettings settings, Map<String, BigDecimal> quotaExceptions,
            List<RatingAdjustment> made, PlanGateway.Directory directory) {
        YearMonth month = YearMonth.parse(publication.month);
        List<TaskProduct> read = taskProducts.receivedBy(publication.organisationCode, month.atDay(1),
                month.atEndOfMonth().plusDays(Math.max(graceDays(publication.organisationCode), settings.graceDays())),
                inputsReceivedBy(publication));
        PublishedAdjustment.Inputs adjusted = PublishedAdjustment.inForce(made.stream()
                .map(a -> new PublishedAdjustment.Entry(String.valueOf(a.officerId),
                        Optional.ofNullable(a.generalGiven), Optional.ofNullable(a.levelGiven)))
                .toList());
        Map<Long, BigDecimal> generals = new LinkedHashMap<>();
        adjusted.generals().forEach((id, general) -> generals.put(Long.valueOf(id), general));
        return compute(month, directory, read, generals, settings, quotaExceptions, adjusted.levels());
    }

    /**
     * The latest time a stored event could have been received to be among the inputs of the publication: when the
     * latest one it read was received, or the publication itself when it read none.
     */
    static Instant inputsReceivedBy(PublishedMonth publication) {
        return Optional.ofNullable(publication.inputsReceivedBy).orElse(publication.publishedAt);
    }

    /** The digest of a month's stored inputs, and when the latest event among them was received (null: none). */
    record Inputs(String digest, Instant receivedBy) {
    }

    /**
     * The SHA-256 (hex) of the stored facts the organisation's month is computed from under {@code settings}: every
     * stored event of the tasks that can count in it received by {@code receivedBy} (all of them when null), and the
     * month's assessments and exemption requests of the directory's officers and units, and the fields of work its
     * deputy heads are in charge of that month (§6; none recorded adds nothing). Equal digests mean equal stored
     * inputs; the rest of the directory is plan-service's.
     */
    Inputs inputs(String organisationCode, YearMonth month, PlanGateway.Directory directory, ScoringSettings settings,
            Instant receivedBy) {
        InputsDigest digest = new InputsDigest();
        Instant[] latest = {null};
        facts.eventsOfTasksBetween(organisationCode, month.atDay(1),
                month.atEndOfMonth().plusDays(settings.graceDays()), e -> {
                    if (receivedBy == null || !e.receivedAt().isAfter(receivedBy)) {
                        digest.add("event", e.eventId(), e.taskId(), e.sequence(), e.payload());
                        latest[0] = latest[0] == null || e.receivedAt().isAfter(latest[0]) ? e.receivedAt() : latest[0];
                    }
                });
        Map<Long, OfficerAssessment> officerAssessments = assessments.officerAssessments(month);
        Map<String, UnitAssessment> unitAssessments = assessments.unitAssessments(month);
        for (PlanGateway.Officer officer : directory.officers()) {
            OfficerAssessment a = officerAssessments.get(officer.id());
            if (a != null) {
                digest.add("officer", officer.id(), a.groupI, a.groupII, a.groupIII, a.generalScore, a.disciplined,
                        a.degraded, a.corruptionInUnit, a.organisingChoice, a.cohesionFinding);
            }
        }
        for (PlanGateway.Unit unit : directory.units()) {
            UnitAssessment a = unitAssessments.get(unit.code());
            if (a != null) {
                digest.add("unit", unit.code(), a.generalScore);
            }
        }
        assessments.exemptions(month).stream().filter(e -> directory.officer(e.officerId).isPresent())
                .forEach(e -> digest.add("exemption", e.id, e.officerId, e.taskId, e.approved));
        for (PlanGateway.Officer officer : directory.officers()) {
            Set<String> fields = directory.fieldsOf(officer.id());
            if (!fields.isEmpty()) {
                digest.add("deputy-fields", officer.id(), officer.unitCode(),
                        String.join("\n", fields.stream().sorted().toList()));
            }
        }
        return new Inputs(digest.hex(), latest[0]);
    }

    /** The settings a published month was rated by: its recorded profile, else (published before) the one in force. */
    ScoringSettings settingsOf(PublishedMonth publication) {
        YearMonth month = YearMonth.parse(publication.month);
        return Optional.ofNullable(publication.profileVersion)
                .flatMap(v -> profiles.version(publication.organisationCode, v))
                .map(ScoringProfile::settings)
                .orElseGet(() -> profiles.settings(publication.organisationCode, month));
    }

    /** The published month as it was published, without the adjustments after it. */
    MonthRatings snapshot(PublishedMonth publication) {
        return snapshots.read(publication);
    }

    /**
     * The officers {@code which} of the published month with each one's adjustments: from snapshot version 2 the
     * snapshot holds the month as re-derived with every adjustment; a version 1 snapshot is shown with the figures
     * each adjustment recorded for its officer over it, as they were made then.
     */
    private Optional<MonthRatings> published(String organisationCode, YearMonth month, OfficerSelection which) {
        return assessments.published(organisationCode, month).map(p -> {
            List<Adjustment> made = adjustments(organisationCode, month);
            MonthRatings ratings = publishedMonths.read(p, made.stream().map(Adjustment::id).toList(), which);
            LevelRules levels = new LevelRules(settingsOf(p));
            boolean included = MonthSnapshot.includesAdjustments(p);
            Map<Long, List<Adjustment>> adjustments = made.stream()
                    .collect(Collectors.groupingBy(Adjustment::officerId, LinkedHashMap::new, Collectors.toList()));
            return new MonthRatings(ratings.month(), true, ratings.publishedAt(), ratings.officers().stream()
                    .map(o -> adjusted(o, adjustments.getOrDefault(o.officerId(), List.of()), included, levels))
                    .toList(), ratings.units());
        });
    }

    private static OfficerRating adjusted(OfficerRating published, List<Adjustment> made, boolean included,
            LevelRules levels) {
        if (included) {
            return published.withAdjustments(made);
        }
        BigDecimal total = made.isEmpty() ? null : made.get(made.size() - 1).totalAfter();
        return published.adjusted(made, total == null ? published.bandLevel() : levels.band(total));
    }

    /**
     * The product of the month for {@code taskId} (due in the month, whoever it is assigned to), as the rules count
     * it without any exemption.
     */
    @Transactional
    public Optional<MonthWorkflowRules.Product> product(String organisationCode, YearMonth month, long taskId) {
        return taskProducts.task(taskId).flatMap(task -> {
            Attribution attributed = new ProductAttribution(profiles.settings(organisationCode, month))
                    .attribute(task.facts(), month);
            return attributed.belongsToMonth() ? Optional.of(new MonthWorkflowRules.Product(taskId,
                    task.assigneeId(), attributed.lateEvents(), attributed.qualityReturns())) : Optional.empty();
        });
    }

    static Exemption exemption(ExemptionRequest e) {
        Ruling status = e.pending() ? Ruling.PENDING : e.approved ? Ruling.APPROVED : Ruling.REFUSED;
        return new Exemption(e.id, e.officerId, e.taskId, e.reason, e.requestedBy, e.requestedAt, e.requestedLate,
                status, e.note, e.decidedBy, e.decidedAt, e.decidedLate);
    }

    /** The adjustment as the API shows it; one recorded before the changes were (issue 14) lists none. */
    Adjustment adjustment(RatingAdjustment a) {
        List<Change> changes;
        try {
            changes = a.changes == null ? List.of() : List.of(json.readValue(a.changes, Change[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the changes of adjustment " + a.id + " cannot be read", e);
        }
        return new Adjustment(a.id, a.officerId, a.unitCode, a.generalBefore, a.generalAfter, a.totalBefore,
                a.totalAfter, a.levelBefore, a.levelAfter, a.generalGiven, a.levelGiven, a.reason, a.adjustedBy,
                a.adjustedAt, changes);
    }

    private MonthRatings compute(YearMonth month, PlanGateway.Directory directory, List<TaskProduct> allTasks,
            Map<Long, BigDecimal> generalOverrides, ScoringSettings settings, Map<String, BigDecimal> quotaExceptions,
            Map<String, Level> decidedLevels) {
        List<ExemptionRequest> exemptionRequests = assessments.exemptions(month);
        Set<Long> exemptTasks = exemptionRequests.stream()
                .filter(e -> Boolean.TRUE.equals(e.approved))
                .map(e -> e.taskId)
                .collect(Collectors.toSet());
        ProductAttribution attribution = new ProductAttribution(settings);
        List<TaskProduct> tasks = allTasks.stream()
                .filter(t -> attribution.mayCount(t.facts(), month))
                .map(t -> exemptTasks.contains(t.taskId()) ? t.exempted() : t)
                .toList();
        Map<Long, List<Exemption>> exemptions = exemptionRequests.stream()
                .map(MonthlyRatingService::exemption)
                .collect(Collectors.groupingBy(Exemption::officerId));
        Map<Long, OfficerAssessment> officerAssessments = assessments.officerAssessments(month);
        Map<String, UnitAssessment> unitAssessments = assessments.unitAssessments(month);
        Map<Long, Position> members = positions(directory);
        WorkingDayCalendar workingDays = calendar.current();
        LeaveRules leaves = new LeaveRules(settings, workingDays);
        Set<Long> onLeave = members.keySet().stream()
                .filter(id -> onLeave(leaves, month, directory.officer(id).orElseThrow()))
                .collect(Collectors.toSet());
        Map<Long, Position> positions = new LinkedHashMap<>(members);
        positions.keySet().removeAll(onLeave);
        Map<Long, BigDecimal> generals = new LinkedHashMap<>();
        members.keySet().forEach(id -> generals.put(id,
                generalOverrides.getOrDefault(id, general(officerAssessments.get(id)))));

        MonthlyOutcome outcome = new MonthlyRating(settings, workingDays).rate(input(month, directory, positions,
                generals, tasks, officerAssessments, unitAssessments, quotaExceptions, decidedLevels));

        ProductCredits.Month shown = new ProductCredits.Month(tasks, new ScoreCalculator(settings));
        Map<String, OfficerResult> results = outcome.officers().stream()
                .collect(Collectors.toMap(OfficerResult::officerId, r -> r, (a, b) -> a));
        Map<String, UnitResult> unitResults = outcome.units().stream()
                .collect(Collectors.toMap(UnitResult::unitId, u -> u, (a, b) -> a));
        Map<String, String> names = new LinkedHashMap<>();
        directory.officers().forEach(o -> names.putIfAbsent(o.username(), o.fullName()));
        List<OfficerRating> officers = new ArrayList<>();
        for (PlanGateway.Officer officer : directory.officers()) {
            Position position = members.get(officer.id());
            if (position == null) {
                continue;
            }
            OfficerAssessment assessment = officerAssessments.get(officer.id());
            Optional<OfficerResult> result = Optional.ofNullable(results.get(String.valueOf(officer.id())));
            Optional<Level> unitLevel = Optional.ofNullable(unitResults.get(officer.unitCode()))
                    .map(UnitResult::level);
            String reviewerName = assessment == null || assessment.reviewedBy == null ? null
                    : names.getOrDefault(assessment.reviewedBy, assessment.reviewedBy);
            Optional<QuotaResult> quota = result.flatMap(r -> outcome.quotas().stream()
                    .filter(q -> q.group().equals(r.quotaGroup())).findFirst());
            officers.add(officerRating(officer, position, generals.get(officer.id()), assessment, result, shown,
                    outcome.awaitingOrganisingChoice().containsKey(String.valueOf(officer.id())),
                    onLeave.contains(officer.id()), exemptions.getOrDefault(officer.id(), List.of()), reviewerName,
                    unitLevel, quota));
        }
        List<UnitRating> units = new ArrayList<>();
        for (PlanGateway.Unit unit : directory.units()) {
            Optional.ofNullable(unitResults.get(unit.code())).ifPresent(result -> units.add(
                    unitRating(unit, result, unitAssessments.get(unit.code()))));
        }
        return new MonthRatings(month.toString(), false, null, officers, units);
    }

    /**
     * Every task of the organisation that can count in the months {@code first} to {@code last}, as the consumer
     * folded it ({@link TaskProducts#between}): kept between reads, and after a change only the tasks it touched are
     * read again ({@link ComputedMonths#tasks}).
     */
    List<TaskProduct> tasks(String organisationCode, YearMonth first, YearMonth last) {
        return tasks(organisationCode, first, last, graceDays(organisationCode));
    }

    /** As {@link #tasks(String, YearMonth, YearMonth)}, {@code graceDays} being that longest grace period. */
    private List<TaskProduct> tasks(String organisationCode, YearMonth first, YearMonth last, int graceDays) {
        LocalDate from = first.atDay(1);
        LocalDate cutoff = last.atEndOfMonth().plusDays(graceDays);
        return computedMonths.tasks(organisationCode, first, last, cutoff,
                () -> taskProducts.between(organisationCode, from, cutoff, null),
                changed -> taskProducts.between(organisationCode, from, cutoff, changed));
    }

    /**
     * The longest grace period of the organisation's profiles: a task that can count in a month under any of them is
     * loaded, and each month's rules decide whether it does.
     */
    private int graceDays(String organisationCode) {
        return profiles.history(organisationCode).stream().mapToInt(p -> p.settings().graceDays()).max().orElse(0);
    }

    /** Whether the officer's leaves make {@code month} a leave month, which is not rated. */
    private static boolean onLeave(LeaveRules leaves, YearMonth month, PlanGateway.Officer officer) {
        return leaves.onLeave(month, officer.leaves().stream().map(l -> new LeaveRules.Leave(l.from(), l.to()))
                .toList());
    }

    /** Positions of the officers rated here: members of a unit. */
    static Map<Long, Position> positions(PlanGateway.Directory directory) {
        Map<Long, Position> positions = new LinkedHashMap<>();
        for (PlanGateway.Officer officer : directory.officers()) {
            Optional.ofNullable(officer.unitCode()).flatMap(directory::unit).ifPresent(unit -> positions.put(
                    officer.id(), Position.ofUnitMember(officer.username().equals(unit.headUsername()),
                            Roles.HEAD.equals(officer.role()))));
        }
        return positions;
    }

    /**
     * What the pure rules rate: every member's products and, for a leader, what they organise and who is under them
     * ({@link ProductScope}); every unit's tasks. Each officer looks only at the tasks that can be theirs, so the
     * month is linear in officers and tasks.
     */
    static MonthInput input(YearMonth month, PlanGateway.Directory directory, Map<Long, Position> positions,
            Map<Long, BigDecimal> generals, List<TaskProduct> tasks, Map<Long, OfficerAssessment> officerAssessments,
            Map<String, UnitAssessment> unitAssessments, Map<String, BigDecimal> quotaExceptions,
            Map<String, Level> decidedLevels) {
        ScopedTasks scoped = new ScopedTasks(tasks, directory);
        Map<String, List<PlanGateway.Officer>> unitMembers = directory.officers().stream()
                .filter(o -> o.unitCode() != null)
                .collect(Collectors.groupingBy(PlanGateway.Officer::unitCode));
        List<OfficerInput> officers = new ArrayList<>();
        for (PlanGateway.Officer officer : directory.officers()) {
            Position position = positions.get(officer.id());
            if (position == null) {
                continue;
            }
            OfficerAssessment assessment = officerAssessments.get(officer.id());
            ProductScope.Member member = new ProductScope.Member(officer.id(), position, officer.unitCode(),
                    directory.fieldsOf(officer.id()));
            List<TaskProduct> products = scoped.select(scoped.candidates(officer, position),
                    t -> ProductScope.productOf(member, t));
            Optional<List<ProductFacts>> organised = member.fieldScoped()
                    ? Optional.of(scoped.select(scoped.ofUnit(officer.unitCode()),
                            t -> ProductScope.organisedBy(member, t)).stream().map(TaskProduct::facts).toList())
                    : Optional.empty();
            Optional<LeaderInput> leader = position.isLeader()
                    ? Optional.of(leaderInput(officer, position, positions,
                            unitMembers.getOrDefault(officer.unitCode(), List.of()), assessment, organised))
                    : Optional.empty();
            officers.add(new OfficerInput(String.valueOf(officer.id()), position, Optional.of(officer.unitCode()),
                    officer.quotaGroup(), generals.get(officer.id()), BigDecimal.ZERO,
                    assessment != null && assessment.forced(),
                    products.stream().map(TaskProduct::facts).toList(), leader));
        }
        List<UnitInput> units = new ArrayList<>();
        for (PlanGateway.Unit unit : directory.units()) {
            List<TaskProduct> unitTasks = scoped.select(scoped.ofUnit(unit.code()), t -> true);
            UnitAssessment assessment = unitAssessments.get(unit.code());
            units.add(new UnitInput(unit.code(), assessment == null ? BigDecimal.ZERO : assessment.generalScore,
                    unitTasks.stream().filter(t -> t.assigneeId() == null).map(TaskProduct::facts).toList(),
                    unitTasks.stream().map(TaskProduct::facts).toList()));
        }
        return new MonthInput(month, officers, units, quotaExceptions, decidedLevels);
    }

    /**
     * The month's tasks as {@link ProductScope} reads them (assignee, unit of the month: the assignee's unit then, §2
     * officers who move; catalogue item's field), indexed by assignee and by unit so that each officer looks only at
     * the tasks that can be theirs; a selection keeps the order of the tasks.
     */
    private static final class ScopedTasks {

        private final List<TaskProduct> tasks;
        private final List<ProductScope.Task> scoped = new ArrayList<>();
        private final Map<Long, List<Integer>> byAssignee = new HashMap<>();
        private final Map<String, List<Integer>> byUnit = new HashMap<>();

        ScopedTasks(List<TaskProduct> tasks, PlanGateway.Directory directory) {
            this.tasks = tasks;
            for (int i = 0; i < tasks.size(); i++) {
                TaskProduct task = tasks.get(i);
                ProductScope.Task view = new ProductScope.Task(task.assigneeId(),
                        directory.unitOf(task.assigneeId(), task.unitCode()), directory.fieldOf(task.planItemId()));
                scoped.add(view);
                if (task.assigneeId() != null) {
                    byAssignee.computeIfAbsent(task.assigneeId(), id -> new ArrayList<>()).add(i);
                }
                byUnit.computeIfAbsent(view.unitId(), code -> new ArrayList<>()).add(i);
            }
        }

        /** The tasks of the unit of the month, as positions in the list. */
        List<Integer> ofUnit(String unitCode) {
            return byUnit.getOrDefault(unitCode, List.of());
        }

        /** The tasks that can be the officer's products: assigned to them, and for a leader those of their unit. */
        List<Integer> candidates(PlanGateway.Officer officer, Position position) {
            List<Integer> own = byAssignee.getOrDefault(officer.id(), List.of());
            if (!position.isLeader()) {
                return own;
            }
            TreeSet<Integer> both = new TreeSet<>(own);
            both.addAll(ofUnit(officer.unitCode()));
            return List.copyOf(both);
        }

        /** The tasks at {@code positions} (ascending) that {@code test} keeps. */
        List<TaskProduct> select(List<Integer> positions, Predicate<ProductScope.Task> test) {
            List<TaskProduct> selected = new ArrayList<>();
            for (int i : positions) {
                if (test.test(scoped.get(i))) {
                    selected.add(tasks.get(i));
                }
            }
            return selected;
        }
    }

    private static LeaderInput leaderInput(PlanGateway.Officer leader, Position position,
            Map<Long, Position> positions, List<PlanGateway.Officer> unitMembers, OfficerAssessment assessment,
            Optional<List<ProductFacts>> organisedTasks) {
        List<String> subordinates = unitMembers.stream()
                .filter(o -> positions.containsKey(o.id()) && positions.get(o.id()).compareTo(position) < 0)
                .map(o -> String.valueOf(o.id()))
                .toList();
        return new LeaderInput(subordinates, List.of(leader.unitCode()),
                Optional.ofNullable(assessment).map(a -> a.organisingChoice),
                Optional.ofNullable(assessment).map(a -> a.cohesionFinding), organisedTasks);
    }

    /** G: the head's confirmed score once reviewed, else the officer's own, else 0. */
    private static BigDecimal general(OfficerAssessment assessment) {
        if (assessment == null) {
            return BigDecimal.ZERO;
        }
        if (assessment.reviewed()) {
            return assessment.generalScore;
        }
        return assessment.selfAssessed() ? assessment.selfScore() : BigDecimal.ZERO;
    }

    private static OfficerRating officerRating(PlanGateway.Officer officer, Position position,
            BigDecimal general, OfficerAssessment assessment, Optional<OfficerResult> result,
            ProductCredits.Month shown, boolean awaitingChoice, boolean onLeave, List<Exemption> exemptions,
            String reviewerName, Optional<Level> unitLevel, Optional<QuotaResult> quota) {
        String status = assessment == null || !assessment.selfAssessed() ? Status.AWAITING_SELF_ASSESSMENT
                : !assessment.reviewed() ? Status.AWAITING_REVIEW
                : awaitingChoice ? Status.AWAITING_ORGANISING_CHOICE : Status.REVIEWED;
        var score = result.flatMap(OfficerResult::score);
        var leaderCriteria = score.flatMap(s -> s.leaderCriteria());
        List<ProductCredit> products = result.<List<ProductCredit>>map(r -> new ProductCredits(r.counted(), shown))
                .orElse(List.of());
        Review review = review(assessment);
        List<LevelChange> levelChanges = onLeave ? List.of() : result.map(r -> LevelChanges.of(r.bandLevel(), r.level(),
                r.adjustments(), review, reviewerName, unitLevel, quota)).orElse(List.of());
        return new OfficerRating(officer.id(), officer.fullName(), officer.unitCode(), position.name(),
                score.map(s -> s.a()).orElse(null), score.map(s -> s.b()).orElse(null),
                score.map(s -> s.c()).orElse(null),
                leaderCriteria.map(l -> l.unitResults()).orElse(null),
                leaderCriteria.map(l -> l.organising()).orElse(null),
                leaderCriteria.map(l -> l.cohesion()).orElse(null),
                score.map(s -> s.k()).orElse(null), general, score.map(s -> s.s()).orElse(null),
                onLeave ? Level.ON_LEAVE : result.map(OfficerResult::level).orElse(null),
                onLeave ? Level.ON_LEAVE : result.map(OfficerResult::bandLevel).orElse(null),
                result.map(r -> r.adjustments().stream().map(Enum::name).toList()).orElse(List.of()), List.of(),
                status, selfAssessment(assessment), review, exemptions, products, levelChanges,
                result.flatMap(OfficerResult::organising).map(o -> o.basis().name()).orElse(null));
    }

    private static SelfAssessment selfAssessment(OfficerAssessment assessment) {
        if (assessment == null || !assessment.selfAssessed()) {
            return null;
        }
        return new SelfAssessment(assessment.groupI, assessment.groupII, assessment.groupIII, assessment.selfScore(),
                assessment.remarks, assessment.selfAssessedAt, Boolean.TRUE.equals(assessment.selfAssessedLate));
    }

    private static Review review(OfficerAssessment assessment) {
        if (assessment == null || !assessment.reviewed()) {
            return null;
        }
        return new Review(assessment.generalScore, assessment.reviewNote, assessment.disciplined,
                assessment.degraded, assessment.corruptionInUnit, assessment.organisingChoice,
                assessment.cohesionFinding, assessment.reviewedBy, assessment.reviewedAt,
                Boolean.TRUE.equals(assessment.reviewedLate));
    }

    private static UnitRating unitRating(PlanGateway.Unit unit, UnitResult result, UnitAssessment assessment) {
        var score = result.score();
        return new UnitRating(unit.code(), unit.name(), score.map(s -> s.a()).orElse(null),
                score.map(s -> s.b()).orElse(null), score.map(s -> s.c()).orElse(null),
                score.map(s -> s.k()).orElse(null), assessment == null ? BigDecimal.ZERO : assessment.generalScore,
                score.map(s -> s.s()).orElse(null), result.level(), result.bandLevel(), result.cappedByMember(),
                assessment == null ? Status.AWAITING_REVIEW : Status.REVIEWED, result.products().size());
    }
}
