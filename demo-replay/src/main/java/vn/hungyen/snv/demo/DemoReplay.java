package vn.hungyen.snv.demo;

import static vn.hungyen.snv.demo.Services.Service.EVALUATION;
import static vn.hungyen.snv.demo.Services.Service.PLAN;
import static vn.hungyen.snv.demo.Services.Service.TASK;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Replays the first half of 2024 through the services' own APIs, so that a newcomer's first run shows
 * history: catalogue items assigned to the demo officers, reported on time, late or after a return
 * (an administrator's audited backfill), then each month self-assessed, reviewed and published.
 * Safe to run again: tasks are replayed only when task-service holds none due in that half-year, and a
 * month already published is left as it is.
 *
 * <p>Usage: {@code java -jar demo-replay/target/demo-replay.jar [portBase]} (as run.sh starts it; default 8080:
 * web-ui on it, plan-, task- and evaluation-service on the next three ports of 127.0.0.1), or with the four
 * services' base URLs instead, as docker-compose.yml starts it: {@code java -jar demo-replay.jar http://web-ui:8080
 * http://plan-service:8081 http://task-service:8082 http://evaluation-service:8083}.
 */
public final class DemoReplay {

    private static final String ADMIN = "admin";
    private static final String DIRECTOR = "director";
    private static final String PLAN_CODE = "KH-SNV-2024";
    private static final Duration CATCH_UP = Duration.ofMinutes(3);
    private static final String AWAITING_ORGANISING_CHOICE = "AWAITING_ORGANISING_CHOICE";
    private static final String REVIEWED = "REVIEWED";
    private static final String PUBLISHED = "PUBLISHED";
    /** The reviewer's choice of a leader's organising score (đ) where the rules leave it open: 50, 75 or 100. */
    private static final int MIDDLE_ORGANISING_CHOICE = 75;

    private final Services services;
    private final ExecutorService workers = Executors.newFixedThreadPool(4);

    DemoReplay(Services services) {
        this.services = services;
    }

    public static void main(String[] args) {
        Map<Services.Service, URI> urls;
        try {
            urls = Services.fromArguments(args);
        } catch (IllegalArgumentException e) {
            System.err.println("demo-replay: " + e.getMessage() + "\nusage: java -jar demo-replay.jar [portBase]"
                    + " | <web-ui URL> <plan-service URL> <task-service URL> <evaluation-service URL>");
            System.exit(2);
            return;
        }
        DemoReplay replay = new DemoReplay(new Services(urls));
        try {
            replay.run();
        } catch (Services.Refused e) {
            System.err.println("demo-replay: a service refused the replay: " + e.getMessage());
            System.exit(1);
        } finally {
            replay.workers.shutdownNow();
        }
    }

    void run() {
        Instant start = Instant.now();
        Map<String, Unit> units = units();
        List<HalfYear.Person> people = people();
        if (services.get(TASK, "/api/tasks?dueFrom=2024-01-01&dueTo=2024-06-30&size=1", ADMIN).get("total").asLong() > 0) {
            say("the tasks of the first half of 2024 are already there");
        } else {
            replayTasks(new HalfYear(2024).tasks(people, catalogueByLeadUnit()), people.size());
        }
        HalfYear assessing = new HalfYear(2025);
        Map<YearMonth, List<HalfYear.Assessment>> assessments = assessing.assessments(people).stream()
                .collect(Collectors.groupingBy(HalfYear.Assessment::month, LinkedHashMap::new, Collectors.toList()));
        for (YearMonth month : HalfYear.MONTHS) {
            closeMonth(month, assessments.get(month), units, assessing);
        }
        say("done in " + Duration.between(start, Instant.now()).toSeconds() + " s");
    }

    /**
     * Self-assessments, reviews (a leader's organising score where the rules leave it to the reviewer), the
     * units' scores, then publication; whoever is already reviewed is left as they are.
     */
    private void closeMonth(YearMonth month, List<HalfYear.Assessment> assessments, Map<String, Unit> units,
            HalfYear assessing) {
        Map<Long, String> status = statuses(month);
        if (status.containsValue(PUBLISHED)) {
            say(month + " is already published");
            return;
        }
        List<HalfYear.Assessment> open = assessments.stream()
                .filter(a -> !REVIEWED.equals(status.get(a.person().officerId()))).toList();
        inParallel(open, this::selfAssess);
        inParallel(open, a -> review(a, units.get(a.person().unitCode()), null));
        Set<Long> awaitingChoice = statuses(month).entrySet().stream()
                .filter(e -> AWAITING_ORGANISING_CHOICE.equals(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        inParallel(open.stream().filter(a -> awaitingChoice.contains(a.person().officerId())).toList(),
                a -> review(a, units.get(a.person().unitCode()), MIDDLE_ORGANISING_CHOICE));
        for (Unit unit : units.values()) {
            services.put(EVALUATION, "/api/evaluations/" + month + "/units/" + unit.code + "/review",
                    unit.supervisor, Map.of("generalScore", assessing.unitScore()));
        }
        services.post(EVALUATION, "/api/evaluations/" + month + "/publish", DIRECTOR, null);
        say("published " + month);
    }

    private void replayTasks(List<HalfYear.Task> tasks, int people) {
        say("replaying " + tasks.size() + " tasks of " + people + " people, January to June 2024");
        Map<Long, HalfYear.Task> created = new LinkedHashMap<>();
        inParallel(tasks, task -> {
            long id = replay(task);
            synchronized (created) {
                created.put(id, task);
            }
        });
        awaitEvaluation(created);
    }

    private record Unit(String code, String head, String supervisor) {
    }

    private Map<String, Unit> units() {
        Map<String, Unit> units = new LinkedHashMap<>();
        for (JsonNode unit : services.get(PLAN, "/api/units", ADMIN)) {
            units.put(unit.get("code").asText(), new Unit(unit.get("code").asText(),
                    unit.get("headUsername").asText(), unit.get("supervisorUsername").asText()));
        }
        return units;
    }

    /** Everyone who belongs to a unit: the people rated by unit. */
    private List<HalfYear.Person> people() {
        return stream(services.get(PLAN, "/api/officers", ADMIN))
                .filter(o -> o.hasNonNull("unitCode"))
                .map(o -> new HalfYear.Person(o.get("id").asLong(), o.get("username").asText(),
                        o.get("unitCode").asText()))
                .toList();
    }

    private Map<String, List<HalfYear.Item>> catalogueByLeadUnit() {
        long planId = stream(services.get(PLAN, "/api/plans", ADMIN))
                .filter(p -> PLAN_CODE.equals(p.get("code").asText()))
                .findFirst().orElseThrow(() -> new IllegalStateException("plan " + PLAN_CODE + " is not loaded"))
                .get("id").asLong();
        Map<String, List<HalfYear.Item>> items = new HashMap<>();
        for (JsonNode item : services.get(PLAN, "/api/plans/" + planId + "/items?size=200", ADMIN).get("items")) {
            items.computeIfAbsent(item.get("leadUnit").asText(), unit -> new ArrayList<>())
                    .add(new HalfYear.Item(item.get("id").asLong(), item.get("number").asInt(),
                            item.get("content").asText(), item.path("product").asText("Báo cáo")));
        }
        return items;
    }

    /** Assigns, reports and reviews one task with the backfilled times; returns its id. */
    private long replay(HalfYear.Task task) {
        Map<String, Object> assignment = new HashMap<>();
        assignment.put("planItemId", task.item().id());
        assignment.put("title", task.item().content());
        assignment.put("unitCode", task.person().unitCode());
        assignment.put("assigneeId", task.person().officerId());
        assignment.put("dueDate", task.dueDate().toString());
        assignment.put("expectedProduct", task.item().product());
        long id = services.post(TASK, "/api/tasks", ADMIN, assignment).get("id").asLong();
        submit(id, task, task.submittedAt());
        if (task.outcome() == HalfYear.Outcome.RETURNED) {
            services.post(TASK, "/api/tasks/" + id + "/reviews", ADMIN, Map.of("verdict", "RETURNED",
                    "majorError", task.majorError(), "note", "Đề nghị bổ sung số liệu và hoàn thiện thể thức văn bản.",
                    "reviewedAt", task.returnedAt()));
            submit(id, task, task.resubmittedAt());
        }
        services.post(TASK, "/api/tasks/" + id + "/reviews", ADMIN,
                Map.of("verdict", "ACCEPTED", "majorError", false, "reviewedAt", task.acceptedAt()));
        return id;
    }

    private void submit(long id, HalfYear.Task task, Instant at) {
        String content = task.item().content();
        services.post(TASK, "/api/tasks/" + id + "/submissions", ADMIN, Map.of(
                "documentNumber", id + "/BC-" + task.person().unitCode(),
                "issuedOn", at.atZone(HalfYear.ZONE).toLocalDate().toString(),
                "summary", "Kết quả thực hiện: " + (content.length() > 300 ? content.substring(0, 300) + "…" : content),
                "submittedAt", at));
    }

    /** Waits until evaluation-service has applied every event of the replayed tasks. */
    private void awaitEvaluation(Map<Long, HalfYear.Task> created) {
        Instant deadline = Instant.now().plus(CATCH_UP);
        for (Map.Entry<Long, HalfYear.Task> task : created.entrySet()) {
            while (appliedEvents(task.getKey()) < task.getValue().eventCount()) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("evaluation-service did not apply the events of task "
                            + task.getKey() + " within " + CATCH_UP.toMinutes() + " minutes");
                }
                pause();
            }
        }
        say("evaluation-service has applied the events of all " + created.size() + " tasks");
    }

    private int appliedEvents(long taskId) {
        try {
            return services.get(EVALUATION, "/api/facts/tasks/" + taskId, ADMIN).get("events").size();
        } catch (Services.Refused e) {
            if (e.status == 404) {
                return 0;
            }
            throw e;
        }
    }

    private void selfAssess(HalfYear.Assessment a) {
        services.put(EVALUATION, path(a) + "/self-assessment", a.person().username(), Map.of("groupI", a.groupI(),
                "groupII", a.groupII(), "groupIII", a.groupIII(), "remarks", "Hoàn thành các nhiệm vụ được giao trong tháng."));
    }

    /** The head reviews the unit's people; the supervising deputy director reviews the head. */
    private void review(HalfYear.Assessment a, Unit unit, Integer organisingChoice) {
        String reviewer = a.person().username().equals(unit.head) ? unit.supervisor : unit.head;
        Map<String, Object> review = new HashMap<>();
        review.put("generalScore", a.reviewedScore());
        review.put("note", a.changedByReviewer() ? "Còn chậm trong việc tham mưu, đề xuất; trừ 1 điểm."
                : "Thống nhất với kết quả tự đánh giá.");
        review.put("organisingChoice", organisingChoice);
        services.put(EVALUATION, path(a) + "/review", reviewer, review);
    }

    /** Each rated person's status in the month, by officer id. */
    private Map<Long, String> statuses(YearMonth month) {
        return stream(services.get(EVALUATION, "/api/evaluations/" + month + "/officers", DIRECTOR)).collect(
                Collectors.toMap(o -> o.get("officerId").asLong(), o -> o.get("status").asText()));
    }

    private static String path(HalfYear.Assessment a) {
        return "/api/evaluations/" + a.month() + "/officers/" + a.person().officerId();
    }

    private <T> void inParallel(List<T> items, Consumer<T> action) {
        List<Future<?>> done = items.stream().map(item -> workers.submit(() -> action.accept(item))).collect(
                Collectors.toList());
        for (Future<?> future : done) {
            try {
                future.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void say(String message) {
        System.out.println("[demo-replay] " + message);
    }
}
