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
import vn.hungyen.snv.evaluation.rules.MonthRecord;
import vn.hungyen.snv.evaluation.rules.PeriodResult;
import vn.hungyen.snv.evaluation.rules.PeriodRollUp;
import vn.hungyen.snv.evaluation.rules.ScoringSettings;
import vn.hungyen.snv.evaluation.service.RatingViews.MonthRatings;
import vn.hungyen.snv.evaluation.service.RatingViews.OfficerRating;
import vn.hungyen.snv.evaluation.service.RatingViews.PeriodMonth;
import vn.hungyen.snv.evaluation.service.RatingViews.PeriodRating;

/**
 * Quarter and year ratings (scoring-hy540 §9) read from the published months only, with the Director's
 * adjustments, rolled up by {@link PeriodRollUp}. Months not yet published do not enter. Leave months are not
 * recorded by this service, so every published month with an S is evaluated. The head cap and the quota are not
 * applied again to the period: the level is the band of the mean, KHTNV after a forcing event.
 */
@ApplicationScoped
public class PeriodRatingService {

    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-Q([1-4]))?");

    private final MonthlyRatingService ratings;
    private final PeriodRollUp rollUp;

    PeriodRatingService(MonthlyRatingService ratings, ScoringSettings settings) {
        this.ratings = ratings;
        this.rollUp = new PeriodRollUp(settings);
    }

    /**
     * Every officer rated in a published month of the period, in the order they first appear, with the name and
     * unit of their latest published month.
     */
    public List<PeriodRating> officers(String period) {
        Map<Long, List<Rated>> byOfficer = new LinkedHashMap<>();
        for (MonthRatings month : ratings.publishedMonths(months(period))) {
            for (OfficerRating officer : month.officers()) {
                byOfficer.computeIfAbsent(officer.officerId(), id -> new ArrayList<>())
                        .add(new Rated(YearMonth.parse(month.month()), officer));
            }
        }
        return byOfficer.values().stream().map(rated -> rating(period, rated)).toList();
    }

    private PeriodRating rating(String period, List<Rated> rated) {
        PeriodResult result = rollUp.rollUp(rated.stream()
                .map(r -> new MonthRecord(r.month(), Optional.ofNullable(r.officer().total()), false,
                        forced(r.officer())))
                .toList());
        OfficerRating latest = rated.get(rated.size() - 1).officer();
        return new PeriodRating(period, latest.officerId(), latest.fullName(), latest.unitCode(),
                result.monthsEvaluated(), result.score().orElse(null), result.level(), result.forced(),
                rated.stream().map(r -> new PeriodMonth(r.month().toString(), r.officer().total(),
                        r.officer().level(), r.officer().total() != null)).toList());
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
