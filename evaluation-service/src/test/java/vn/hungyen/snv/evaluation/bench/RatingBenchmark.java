package vn.hungyen.snv.evaluation.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import vn.hungyen.snv.common.calendar.WorkingDayCalendar;
import vn.hungyen.snv.evaluation.domain.DueDateChange;
import vn.hungyen.snv.evaluation.domain.LeaderInput;
import vn.hungyen.snv.evaluation.domain.MonthInput;
import vn.hungyen.snv.evaluation.domain.MonthlyOutcome;
import vn.hungyen.snv.evaluation.domain.MonthlyRating;
import vn.hungyen.snv.evaluation.domain.OfficerInput;
import vn.hungyen.snv.evaluation.domain.Position;
import vn.hungyen.snv.evaluation.domain.ProductFacts;
import vn.hungyen.snv.evaluation.domain.ScoringSettings;
import vn.hungyen.snv.evaluation.domain.Submission;
import vn.hungyen.snv.evaluation.domain.UnitInput;

/**
 * Rates one month of a large Department through the pure HY-540 rules ({@link MonthlyRating#rate}): by default
 * 50,000 officers in 500 units of 100 (one head, 99 staff), 20 products each, with late, returned, unfinished
 * and extended products mixed in (fixed seed). Warm-up runs first, then the measured runs; prints each run,
 * the median and the throughput. Arguments: officers, products per officer, warm-up runs, measured runs.
 * Not a test: run it as docs/benchmarks.md shows.
 */
public final class RatingBenchmark {

    private static final YearMonth MONTH = YearMonth.of(2024, 6);
    private static final int UNIT_SIZE = 100;

    private RatingBenchmark() {
    }

    public static void main(String[] args) {
        int officers = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int products = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int warmUps = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 7;

        long built = System.nanoTime();
        MonthInput input = month(officers, products);
        System.out.printf("input: %,d officers, %,d units, %,d products, built in %d ms%n", officers,
                input.units().size(), (long) officers * products, (System.nanoTime() - built) / 1_000_000);

        MonthlyRating rating = new MonthlyRating(ScoringSettings.defaults(), WorkingDayCalendar.vietnam());
        for (int i = 1; i <= warmUps; i++) {
            System.out.printf("warm-up %d: %d ms%n", i, timeMillis(rating, input));
        }
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            times[i] = timeMillis(rating, input);
            System.out.printf("run %d: %d ms%n", i + 1, times[i]);
        }
        Arrays.sort(times);
        long median = times[runs / 2];
        System.out.printf("median %d ms (min %d, max %d) over %d runs: %,.0f officers/s, %,.0f products/s%n", median,
                times[0], times[runs - 1], runs, officers * 1000.0 / median, (double) officers * products * 1000.0 / median);
    }

    private static long timeMillis(MonthlyRating rating, MonthInput input) {
        long start = System.nanoTime();
        MonthlyOutcome outcome = rating.rate(input);
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        if (outcome.officers().size() != input.officers().size()) {
            throw new IllegalStateException("not every officer was rated");
        }
        return elapsed;
    }

    /** The month's input; the same for the same arguments (fixed seed). */
    static MonthInput month(int officerCount, int productsPerOfficer) {
        Random random = new Random(540);
        List<OfficerInput> officers = new ArrayList<>(officerCount);
        List<UnitInput> units = new ArrayList<>();
        for (int first = 0; first < officerCount; first += UNIT_SIZE) {
            String unitId = "U" + first / UNIT_SIZE;
            int last = Math.min(first + UNIT_SIZE, officerCount);
            List<String> staffIds = new ArrayList<>();
            for (int id = first + 1; id < last; id++) {
                staffIds.add(String.valueOf(id));
            }
            officers.add(new OfficerInput(String.valueOf(first), Position.HEAD, Optional.of(unitId), "leaders",
                    general(random), BigDecimal.ZERO, false, products(random, first, productsPerOfficer),
                    Optional.of(new LeaderInput(staffIds, List.of(unitId), Optional.of(75), Optional.empty()))));
            for (String id : staffIds) {
                int n = Integer.parseInt(id);
                officers.add(new OfficerInput(id, Position.STAFF, Optional.of(unitId), "staff", general(random),
                        BigDecimal.ZERO, random.nextInt(1000) == 0, products(random, n, productsPerOfficer),
                        Optional.empty()));
            }
            units.add(new UnitInput(unitId, general(random), List.of(), List.of()));
        }
        return new MonthInput(MONTH, officers, units, Map.of());
    }

    /** G between 20.00 and 30.00. */
    private static BigDecimal general(Random random) {
        return BigDecimal.valueOf(2000 + random.nextInt(1001), 2);
    }

    /** 80 % on time, 6 % late, 5 % returned once, 5 % unfinished, 4 % extended (half for an objective cause). */
    private static List<ProductFacts> products(Random random, int officer, int count) {
        List<ProductFacts> products = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = "p" + officer + "-" + i;
            LocalDate due = MONTH.atDay(1 + random.nextInt(MONTH.lengthOfMonth()));
            BigDecimal weight = random.nextInt(10) == 0 ? new BigDecimal("2.0") : BigDecimal.ONE;
            int kind = random.nextInt(100);
            List<Submission> submissions = new ArrayList<>();
            List<DueDateChange> changes = new ArrayList<>();
            if (kind < 80) {
                submissions.add(Submission.accepted(due.minusDays(random.nextInt(3))));
            } else if (kind < 86) {
                submissions.add(Submission.accepted(due.plusDays(1 + random.nextInt(5))));
            } else if (kind < 91) {
                submissions.add(Submission.returnedForMajorError(due.minusDays(2)));
                submissions.add(Submission.accepted(due.minusDays(1)));
            } else if (kind >= 96) {
                changes.add(new DueDateChange(due.plusDays(3), kind % 2 == 0));
                submissions.add(Submission.accepted(due.plusDays(2)));
            }
            products.add(new ProductFacts(id, due, weight, false, changes, submissions, false));
        }
        return products;
    }
}
