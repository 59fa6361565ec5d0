package vn.hungyen.snv.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.evaluation.client.PlanGateway;
import vn.hungyen.snv.evaluation.domain.Level;
import vn.hungyen.snv.evaluation.domain.MonthRecord;
import vn.hungyen.snv.evaluation.domain.PeriodOfficer;
import vn.hungyen.snv.evaluation.domain.PeriodOutcome;
import vn.hungyen.snv.evaluation.domain.PeriodRollUp;
import vn.hungyen.snv.evaluation.domain.Position;
import vn.hungyen.snv.evaluation.domain.RuleWords;
import vn.hungyen.snv.evaluation.service.RatingViews.MonthRatings;
import vn.hungyen.snv.evaluation.service.RatingViews.OfficerRating;
import vn.hungyen.snv.evaluation.service.RatingViews.PeriodMonth;
import vn.hungyen.snv.evaluation.service.RatingViews.PeriodRating;
import vn.hungyen.snv.evaluation.service.RatingViews.UnitRating;

/**
 * Quarter and year ratings (scoring-hy540 §9) read from the published months only, with the Director's
 * adjustments, rated by {@link PeriodRollUp}: the mean of each officer's monthly S, then the head cap by the unit's
 * period level and the HTXSNV quota of each group again. Months not yet published do not enter, nor do the months
 * an officer was on leave ({@code ON_LEAVE}). Everything is of one organisation, the caller's: its published months
 * and the quota groups of its officers today, rated by the scoring profile in force in the period's last month.
 */
@ApplicationScoped
public class PeriodRatingService {

    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-Q([1-4]))?");

    private final MonthlyRatingService ratings;
    private final PlanGateway organisation;
    private final ScoringProfileService profiles;

    PeriodRatingService(MonthlyRatingService ratings, PlanGateway organisation, ScoringProfileService profiles) {
        this.ratings = ratings;
        this.organisation = organisation;
        this.profiles = profiles;
    }

    /**
     * Every officer rated in a published month of the period, in the order they first appear, with the name, unit
     * and position of their latest published month. The unit's name and the position's title ({@code position},
     * e.g. "Chuyên viên chính") are plan-service's on the last day of the period's latest published month.
     */
    public List<PeriodRating> officers(String organisationCode, String period) {
        Map<Long, List<Rated>> byOfficer = new LinkedHashMap<>();
        Map<String, List<MonthRecord>> units = new LinkedHashMap<>();
        List<YearMonth> months = months(period);
        YearMonth lastPublished = null;
        for (MonthRatings month : ratings.publishedMonths(organisationCode, months)) {
            YearMonth yearMonth = YearMonth.parse(month.month());
            lastPublished = lastPublished == null || yearMonth.isAfter(lastPublished) ? yearMonth : lastPublished;
            for (OfficerRating officer : month.officers()) {
                byOfficer.computeIfAbsent(officer.officerId(), id -> new ArrayList<>())
                        .add(new Rated(yearMonth, officer));
            }
            for (UnitRating unit : month.units()) {
                units.computeIfAbsent(unit.unitCode(), code -> new ArrayList<>())
                        .add(new MonthRecord(yearMonth, Optional.ofNullable(unit.total()), false, false));
            }
        }
        if (byOfficer.isEmpty()) {
            return List.of();
        }
        PlanGateway.Directory directory = organisation.directory();
        PlanGateway.Directory asPublished = organisation.directory(lastPublished);
        PeriodRollUp rollUp = new PeriodRollUp(profiles.settings(organisationCode, months.get(months.size() - 1)));
        PeriodOutcome outcome = rollUp.rate(byOfficer.values().stream()
                .map(rated -> periodOfficer(rated, directory)).toList(), units);
        return outcome.officers().stream()
                .map(rated -> rating(period, rated, byOfficer.get(Long.valueOf(rated.officerId())), asPublished))
                .toList();
    }

    private static PeriodOfficer periodOfficer(List<Rated> rated, PlanGateway.Directory directory) {
        OfficerRating latest = latest(rated);
        return new PeriodOfficer(String.valueOf(latest.officerId()), Position.valueOf(latest.position()),
                Optional.ofNullable(latest.unitCode()),
                directory.officer(latest.officerId()).map(PlanGateway.Officer::quotaGroup),
                rated.stream().map(PeriodRatingService::monthRecord).toList());
    }

    private static MonthRecord monthRecord(Rated rated) {
        OfficerRating officer = rated.officer();
        Optional<MonthRecord.Ranking> ranking = officer.taskScore() == null ? Optional.empty()
                : Optional.of(new MonthRecord.Ranking(officer.taskScore(), officer.timeliness(), officer.quality()));
        return new MonthRecord(rated.month(), Optional.ofNullable(officer.total()),
                officer.level() == Level.ON_LEAVE, forced(officer), ranking);
    }

    private static PeriodRating rating(String period, PeriodOutcome.Officer result, List<Rated> rated,
            PlanGateway.Directory asPublished) {
        OfficerRating latest = latest(rated);
        String unitName = latest.unitCode() == null ? null
                : asPublished.unit(latest.unitCode()).map(PlanGateway.Unit::name).orElse(latest.unitCode());
        String position = asPublished.officer(latest.officerId()).map(PlanGateway.Officer::position).orElse(null);
        return new PeriodRating(period, latest.officerId(), latest.fullName(), latest.unitCode(), unitName, position,
                result.rollUp().monthsEvaluated(), result.rollUp().score().orElse(null), result.level(),
                result.rollUp().level(), result.adjustments().stream().map(Enum::name).toList(),
                RuleWords.of(result.adjustments().stream().map(Enum::name).toList()),
                result.rollUp().forced(),
                rated.stream().map(r -> new PeriodMonth(r.month().toString(), r.officer().total(),
                        r.officer().level(), r.officer().total() != null)).toList());
    }

    private static OfficerRating latest(List<Rated> rated) {
        return rated.get(rated.size() - 1).officer();
    }

    /** A forcing flag recorded in the month's review (§1, §4). */
    private static boolean forced(OfficerRating officer) {
        RatingViews.Review review = officer.review();
        return review != null && (review.disciplined() || review.degraded() || review.corruptionInUnit());
    }

    /** The months of {@code YYYY} or {@code YYYY-Qn}; anything else is a 400 problem. */
    static List<YearMonth> months(String period) {
        Matcher matcher = PERIOD.matcher(period == null ? "" : period);
        if (!matcher.matches()) {
            throw new ProblemException(400, "invalid-period", "Kỳ đánh giá không hợp lệ",
                    "Kỳ phải là một năm (YYYY, ví dụ 2024) hoặc một quý (YYYY-Qn với n từ 1 đến 4, ví dụ 2024-Q1); "
                            + "nhận được \"" + period + "\".");
        }
        int year = Integer.parseInt(matcher.group(1));
        if (matcher.group(2) == null) {
            return IntStream.rangeClosed(1, 12).mapToObj(m -> YearMonth.of(year, m)).toList();
        }
        int first = 3 * (Integer.parseInt(matcher.group(2)) - 1) + 1;
        return IntStream.range(first, first + 3).mapToObj(m -> YearMonth.of(year, m)).toList();
    }

    private record Rated(YearMonth month, OfficerRating officer) {
    }
}
