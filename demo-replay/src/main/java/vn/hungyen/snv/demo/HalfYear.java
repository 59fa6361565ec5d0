package vn.hungyen.snv.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The simulated first half of 2024: which tasks each person had, when they reported and how the reports
 * were reviewed, and the monthly self-assessments and reviews. Pure and seeded, so every demo shows the
 * same history: about seven in ten products on time, one in six late, the rest returned once and then
 * accepted (a fifth of the returns with a major error).
 */
public final class HalfYear {

    public static final List<YearMonth> MONTHS = List.of(YearMonth.of(2024, 1), YearMonth.of(2024, 2),
            YearMonth.of(2024, 3), YearMonth.of(2024, 4), YearMonth.of(2024, 5), YearMonth.of(2024, 6));
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Someone in a unit who gets tasks and is rated. */
    public record Person(long officerId, String username, String unitCode) {
    }

    /** A catalogue item a task can come from. */
    public record Item(long id, int number, String content, String product) {
    }

    public enum Outcome { ON_TIME, LATE, RETURNED }

    /**
     * One task: assigned from {@code item}, due on {@code dueDate}; reported at {@code submittedAt}; when
     * {@code outcome} is RETURNED it was returned at {@code returnedAt} and reported again at
     * {@code resubmittedAt}; accepted at {@code acceptedAt}.
     */
    public record Task(Person person, Item item, LocalDate dueDate, Outcome outcome, Instant submittedAt,
            Instant returnedAt, boolean majorError, Instant resubmittedAt, Instant acceptedAt) {

        /** The events the task produces: assigned, reported, reviewed, and two more when returned. */
        public int eventCount() {
            return outcome == Outcome.RETURNED ? 5 : 3;
        }
    }

    /** A month's general criteria of one person: the self-assessment and the reviewer's score. */
    public record Assessment(Person person, YearMonth month, BigDecimal groupI, BigDecimal groupII,
            BigDecimal groupIII, BigDecimal reviewedScore) {

        public BigDecimal selfScore() {
            return groupI.add(groupII).add(groupIII);
        }

        public boolean changedByReviewer() {
            return reviewedScore.compareTo(selfScore()) != 0;
        }
    }

    private final Random random;

    public HalfYear(long seed) {
        this.random = new Random(seed);
    }

    /**
     * Two or three tasks a month for every person, each from the next catalogue item their unit leads
     * (the unit's items taken in turn), due on a weekday in the second half of the month.
     */
    public List<Task> tasks(List<Person> people, Map<String, List<Item>> itemsByUnit) {
        Map<String, Integer> nextItem = new HashMap<>();
        List<Task> tasks = new ArrayList<>();
        for (YearMonth month : MONTHS) {
            for (Person person : people) {
                List<Item> items = itemsByUnit.getOrDefault(person.unitCode(), List.of());
                if (items.isEmpty()) {
                    continue;
                }
                int count = 2 + random.nextInt(2);
                for (int i = 0; i < count; i++) {
                    int next = nextItem.merge(person.unitCode(), 1, Integer::sum) - 1;
                    tasks.add(task(person, items.get(next % items.size()), dueDate(month)));
                }
            }
        }
        return tasks;
    }

    /** The self-assessment (each group 8–10 in half points) and the review, which lowers one in seven by 1. */
    public List<Assessment> assessments(List<Person> people) {
        List<Assessment> assessments = new ArrayList<>();
        for (YearMonth month : MONTHS) {
            for (Person person : people) {
                BigDecimal groupI = halfPoints(8, 10);
                BigDecimal groupII = halfPoints(8, 10);
                BigDecimal groupIII = halfPoints(8, 10);
                BigDecimal self = groupI.add(groupII).add(groupIII);
                BigDecimal reviewed = random.nextInt(7) == 0 ? self.subtract(BigDecimal.ONE) : self;
                assessments.add(new Assessment(person, month, groupI, groupII, groupIII, reviewed));
            }
        }
        return assessments;
    }

    /** A unit's general score from its supervising deputy director: 25–29 in half points. */
    public BigDecimal unitScore() {
        return halfPoints(25, 29);
    }

    private Task task(Person person, Item item, LocalDate due) {
        int roll = random.nextInt(100);
        if (roll < 70) {
            Instant submitted = at(due.minusDays(random.nextInt(5)), LocalTime.of(15, 0));
            return new Task(person, item, due, Outcome.ON_TIME, submitted, null, false, null, nextMorning(submitted));
        }
        if (roll < 87) {
            Instant submitted = at(due.plusDays(1 + random.nextInt(6)), LocalTime.of(16, 30));
            return new Task(person, item, due, Outcome.LATE, submitted, null, false, null, nextMorning(submitted));
        }
        Instant submitted = at(due.minusDays(2 + random.nextInt(3)), LocalTime.of(14, 0));
        Instant returned = nextMorning(submitted);
        Instant resubmitted = returned.plus(Duration.ofDays(1 + random.nextInt(3)));
        return new Task(person, item, due, Outcome.RETURNED, submitted, returned, random.nextInt(5) == 0,
                resubmitted, nextMorning(resubmitted));
    }

    private LocalDate dueDate(YearMonth month) {
        LocalDate due = month.atDay(15 + random.nextInt(12));
        while (due.getDayOfWeek() == DayOfWeek.SATURDAY || due.getDayOfWeek() == DayOfWeek.SUNDAY) {
            due = due.plusDays(1);
        }
        return due;
    }

    private BigDecimal halfPoints(int from, int to) {
        return BigDecimal.valueOf(from * 2L + random.nextInt((to - from) * 2 + 1), 0)
                .divide(BigDecimal.valueOf(2)).setScale(1);
    }

    private static Instant nextMorning(Instant time) {
        return at(time.atZone(ZONE).toLocalDate().plusDays(1), LocalTime.of(9, 30));
    }

    private static Instant at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(ZONE).toInstant();
    }
}
