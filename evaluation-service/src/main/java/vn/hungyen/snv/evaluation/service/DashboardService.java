package vn.hungyen.snv.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import vn.hungyen.snv.common.calendar.CalendarSource;
import vn.hungyen.snv.common.security.Caller;
import vn.hungyen.snv.evaluation.client.PlanGateway;

/** Loads what the month's {@link Dashboard} aggregates: the directory, the events, six months of ratings. */
@ApplicationScoped
public class DashboardService {

    static final int TREND_MONTHS = 6;

    private final MonthlyRatingService ratings;
    private final PlanGateway organisation;
    private final ComputedMonths computedMonths;
    private final CalendarSource calendar;
    private final Clock clock;

    DashboardService(MonthlyRatingService ratings, PlanGateway organisation, ComputedMonths computedMonths,
            CalendarSource calendar, Clock clock) {
        this.ratings = ratings;
        this.organisation = organisation;
        this.computedMonths = computedMonths;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * The caller's organisation only, each month of the trend with its own directory, and in it the units the caller
     * sees whole ({@link Caller#seesUnit}, the rule of every evaluation list): the Director and administrators the
     * whole organisation, a deputy director the units they supervise, a head their own unit. Kept while none of
     * its inputs changed ({@link ComputedMonths#dashboard}).
     */
    @Transactional
    public Dashboard.View dashboard(YearMonth month, Caller caller) {
        String organisationCode = caller.organisationCode();
        List<YearMonth> months = IntStream.range(0, TREND_MONTHS)
                .mapToObj(i -> month.minusMonths(TREND_MONTHS - 1 - i)).toList();
        Map<YearMonth, PlanGateway.Directory> directories = organisation.directories(months);
        PlanGateway.Directory directory = directories.get(month);
        LocalDate today = LocalDate.now(clock);
        Dashboard.LookedAt lookedAt = YearMonth.from(today).isAfter(month) ? Dashboard.LookedAt.afterMonth(month)
                : Dashboard.LookedAt.now(today);
        Set<String> visibleUnits = Dashboard.visibleUnits(directory, caller::seesUnit);
        return computedMonths.dashboard(organisationCode, month, visibleUnits, lookedAt,
                List.copyOf(directories.values()), calendar.current(), () -> {
                    List<TaskProduct> tasks = ratings.tasks(organisationCode, months.get(0), month);
                    List<RatingViews.MonthRatings> trend = ratings.months(organisationCode, directories, tasks);
                    return Dashboard.aggregate(trend.get(trend.size() - 1), trend, directory, tasks, lookedAt,
                            visibleUnits);
                });
    }
}
