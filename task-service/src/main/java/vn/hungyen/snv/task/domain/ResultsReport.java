package vn.hungyen.snv.task.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What a results report on a plan says about a period (docs/documents.md), drawn from the plan's items and the
 * top-level, non-cancelled tasks of them: per field of work, the items with tasks due in the period and how many of
 * those tasks were done on time, done late or are not done yet (the same {@link Timeliness} as the task view); the
 * shortcomings (tasks not done or done late, and items due in the period that nobody was given); the items due in
 * the next period; and, for tracing every figure, the tasks behind them. Pure: no figure is computed anywhere else.
 *
 * @param fields       the fields of work with tasks due in the period, in plan order
 * @param total        the tally over every field
 * @param shortcomings tasks due in the period not done or done late, then unassigned items, in plan order
 * @param nextPeriod   per field, the items due in the next period (by their deadline or their tasks' due dates)
 * @param appendix     every task counted, in plan order then due date
 */
public record ResultsReport(ReportPeriod period, List<FieldResults> fields, Tally total,
        List<Shortcoming> shortcomings, List<FieldItems> nextPeriod, List<TaskLine> appendix) {

    /** A catalogue item as the report needs it; {@code dueDate} is null for a recurring item. */
    public record Item(long id, int number, String field, String content, String leadUnit, LocalDate dueDate) {
    }

    /** A product handed in and accepted: its document number and date, either may be missing. */
    public record Product(String documentNumber, LocalDate issuedOn) {
    }

    /** A top-level, non-cancelled task of a catalogue item; {@code doneOn} is the accepted product's date. */
    public record Task(long id, long planItemId, String title, String unitCode, LocalDate dueDate, LocalDate doneOn,
            TaskStatus status, List<Product> products) {
    }

    /** Tasks done on time, done late, and not done yet (of which overdue). */
    public record Tally(int onTime, int late, int notYet, int overdue) {

        static final Tally NONE = new Tally(0, 0, 0, 0);

        public int total() {
            return onTime + late + notYet;
        }

        Tally plus(Tally other) {
            return new Tally(onTime + other.onTime, late + other.late, notYet + other.notYet,
                    overdue + other.overdue);
        }

        static Tally of(Timeliness timeliness) {
            return switch (timeliness) {
                case DONE_ON_TIME -> new Tally(1, 0, 0, 0);
                case DONE_LATE -> new Tally(0, 1, 0, 0);
                case OVERDUE -> new Tally(0, 0, 1, 1);
                default -> new Tally(0, 0, 1, 0);
            };
        }
    }

    /** A task with how it stands against its due date; {@code line} is its row number in the appendix. */
    public record TaskLine(int line, Item item, Task task, Timeliness timeliness) {
    }

    public record ItemResults(Item item, Tally tally, List<TaskLine> tasks) {
    }

    public record FieldResults(String field, Tally tally, List<ItemResults> items) {
    }

    /** A task not done or done late ({@code task} set), or an item due in the period given to nobody. */
    public record Shortcoming(Item item, TaskLine task) {
    }

    public record FieldItems(String field, List<Item> items) {
    }

    /**
     * @param items            the plan's items
     * @param tasks            the tasks in the caller's reach due in the period or the next one (others are ignored)
     * @param today            the organisation's date, for "overdue"
     * @param leadUnitInReach  whether the caller's report covers an item led by this unit (for the items without tasks)
     */
    public static ResultsReport draft(ReportPeriod period, List<Item> items, List<Task> tasks, LocalDate today,
            Predicate<String> leadUnitInReach) {
        List<Item> ordered = items.stream().sorted(Comparator.comparingInt(Item::number)).toList();
        Map<Long, List<Task>> dueNow = tasks.stream().filter(t -> period.contains(t.dueDate()))
                .sorted(Comparator.comparing(Task::dueDate).thenComparingLong(Task::id))
                .collect(Collectors.groupingBy(Task::planItemId, LinkedHashMap::new, Collectors.toList()));

        List<TaskLine> appendix = new ArrayList<>();
        Map<String, List<ItemResults>> byField = new LinkedHashMap<>();
        List<Shortcoming> shortcomings = new ArrayList<>();
        List<Shortcoming> unassigned = new ArrayList<>();
        for (Item item : ordered) {
            List<Task> own = dueNow.getOrDefault(item.id(), List.of());
            if (own.isEmpty()) {
                if (period.contains(item.dueDate()) && leadUnitInReach.test(item.leadUnit())) {
                    unassigned.add(new Shortcoming(item, null));
                }
                continue;
            }
            List<TaskLine> lines = new ArrayList<>();
            Tally tally = Tally.NONE;
            for (Task task : own) {
                TaskLine line = new TaskLine(appendix.size() + 1, item, task, timeliness(task, today));
                appendix.add(line);
                lines.add(line);
                tally = tally.plus(Tally.of(line.timeliness()));
                if (line.timeliness() != Timeliness.DONE_ON_TIME) {
                    shortcomings.add(new Shortcoming(item, line));
                }
            }
            byField.computeIfAbsent(item.field(), f -> new ArrayList<>()).add(new ItemResults(item, tally, lines));
        }
        shortcomings.addAll(unassigned);

        List<FieldResults> fields = byField.entrySet().stream().map(e -> new FieldResults(e.getKey(),
                e.getValue().stream().map(ItemResults::tally).reduce(Tally.NONE, Tally::plus), e.getValue()))
                .toList();
        Tally total = fields.stream().map(FieldResults::tally).reduce(Tally.NONE, Tally::plus);
        return new ResultsReport(period, fields, total, shortcomings, nextPeriod(period.next(), ordered, tasks,
                leadUnitInReach), appendix);
    }

    private static List<FieldItems> nextPeriod(ReportPeriod next, List<Item> items, List<Task> tasks,
            Predicate<String> leadUnitInReach) {
        Set<Long> withTasks = tasks.stream().filter(t -> next.contains(t.dueDate())).map(Task::planItemId)
                .collect(Collectors.toSet());
        Map<String, List<Item>> byField = new LinkedHashMap<>();
        for (Item item : items) {
            boolean due = withTasks.contains(item.id())
                    || (next.contains(item.dueDate()) && leadUnitInReach.test(item.leadUnit()));
            if (due) {
                byField.computeIfAbsent(item.field(), f -> new ArrayList<>()).add(item);
            }
        }
        return byField.entrySet().stream().map(e -> new FieldItems(e.getKey(), e.getValue())).toList();
    }

    /** Timeliness as the task view computes it; "due soon" plays no part in a report. */
    private static Timeliness timeliness(Task task, LocalDate today) {
        return Timeliness.of(task.status(), task.dueDate(), task.doneOn(), today, (day, due) -> false);
    }
}
