package vn.hungyen.snv.evaluation.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.event.TaskEvent;
import vn.hungyen.snv.common.testing.CallInThread;
import vn.hungyen.snv.common.testing.TestTokens;
import vn.hungyen.snv.evaluation.domain.ScoringProfile;
import vn.hungyen.snv.evaluation.repository.InputChanges;
import vn.hungyen.snv.evaluation.testing.FakePlanService;
import vn.hungyen.snv.evaluation.testing.MonthSteps;
import vn.hungyen.snv.evaluation.testing.TaskEvents;

/**
 * A computed month is kept between reads and never stale (issue 10): a read with nothing changed is answered from the
 * kept month (metric {@value ComputedMonths#ANSWERS}), and after each kind of change (an event through the consumer,
 * SQL written by hand, an assessment, an exemption ruled on, a scoring profile, a move in plan-service's directory)
 * the next read shows it; the dashboard, kept too, shows besides a month of its trend published or adjusted.
 * plan-service's directory itself is fetched again only under a new version. Each test has its own month;
 * officer.cchc.1 (49), officer.cchc.2 (50) of CCHC.
 */
@QuarkusTest
@QuarkusTestResource(FakePlanService.class)
class ComputedMonthsTest {

    private static final Year YEAR = TaskEvents.unusedYear();
    private static final long KHANH = 49;
    private static final long THAO = 50;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry registry;

    @Inject
    InputChanges changes;

    @Inject
    EntityManager entityManager;

    @Inject
    ScoringProfileService profiles;

    @Inject
    ComputedMonths computedMonths;

    @AfterEach
    void forgetTheMoves() {
        FakePlanService.reset();
    }

    @Test
    void aReadWithNothingChangedIsAnsweredFromTheKeptMonthAndANewEventIsShownAtTheNextRead() {
        YearMonth month = YEAR.atMonth(1);
        onTime(month, KHANH, 10);
        JsonPath first = officer(month, KHANH);
        double computed = answers("month", "computed");
        double kept = answers("month", "kept");
        JsonPath again = officer(month, KHANH);
        assertThat(answers("month", "computed")).as("nothing changed: not computed again").isEqualTo(computed);
        assertThat(answers("month", "kept")).isEqualTo(kept + 1);
        assertThat(again.prettify()).isEqualTo(first.prettify());
        assertThat(first.getList("products")).hasSize(1);

        onTime(month, KHANH, 20);
        assertThat(officer(month, KHANH).getList("products")).as("an event through the consumer").hasSize(2);
        assertThat(answers("month", "computed")).isEqualTo(computed + 1);
    }

    @Test
    void anEventDeletedBySqlIsShownAtTheNextRead() {
        YearMonth month = YEAR.atMonth(2);
        long removed = onTime(month, KHANH, 10);
        onTime(month, KHANH, 20);
        assertThat(officer(month, KHANH).getList("products")).hasSize(2);
        assertThat(officer(month, KHANH).getList("products")).hasSize(2);

        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from task_event where task_id = :task").setParameter("task", removed)
                .executeUpdate());
        assertThat(officer(month, KHANH).getList("products.taskId", Long.class))
                .as("written by SQL, outside the service's code").doesNotContain(removed).hasSize(1);
    }

    @Test
    void afterNewEventsOnlyTheirTasksAreRebuiltAndTheMonthIsWhatReadingEveryTaskGives() {
        YearMonth month = YEAR.atMonth(10);
        onTime(month, KHANH, 10);
        TaskEvent open = TaskEvents.assigned(TaskEvents.newTaskId(), "CCHC", KHANH, month.atDay(12)).build();
        send(open);
        TaskEvents.awaitStored(open.taskId(), 1);
        assertThat(officer(month, KHANH).getList("products")).hasSize(2);
        unitAndOfficers(month); // kept from here: a service's first read writes the organisation's first profile
        double updated = answers("tasks", "updated");
        double computed = answers("tasks", "computed");

        long thaos = late(month, THAO, 15);
        send(TaskEvents.dueDateChanged(open, 2, month.plusMonths(1).atDay(5), true));
        TaskEvents.awaitStored(open.taskId(), 2);
        String rebuilt = unitAndOfficers(month);
        assertThat(answers("tasks", "updated")).as("the changed tasks rebuilt").isEqualTo(updated + 1);
        assertThat(answers("tasks", "computed")).as("not every task read again").isEqualTo(computed);
        assertThat(officer(month, THAO).getList("products.taskId", Long.class)).as("a new task").contains(thaos);

        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update task_event set type = type where false").executeUpdate());
        String read = unitAndOfficers(month);
        assertThat(answers("tasks", "computed")).as("an update by SQL names no task: every task read again")
                .isEqualTo(computed + 1);
        assertThat(read).isEqualTo(rebuilt);
    }

    @Test
    void aSelfAssessmentIsShownAtTheNextRead() {
        YearMonth month = YEAR.atMonth(3);
        onTime(month, KHANH, 10);
        assertThat(officer(month, KHANH).getString("status")).isEqualTo("AWAITING_SELF_ASSESSMENT");
        officer(month, KHANH);
        MonthSteps.put("officer.cchc.1", month.toString(), "/officers/" + KHANH + "/self-assessment",
                Map.of("groupI", 9, "groupII", 9, "groupIII", 8)).then().statusCode(200);
        JsonPath after = officer(month, KHANH);
        assertThat(after.getString("status")).isEqualTo("AWAITING_REVIEW");
        assertThat(after.getDouble("generalScore")).isEqualTo(26.0);
    }

    @Test
    void anApprovedExemptionIsShownAtTheNextRead() {
        YearMonth month = YEAR.atMonth(4);
        long late = late(month, KHANH, 10);
        assertThat(officer(month, KHANH).getInt("products[0].lateEvents")).isEqualTo(1);
        long id = given().header("Authorization", TestTokens.bearer("officer.cchc.1")).contentType(ContentType.JSON)
                .body(Map.of("taskId", late, "reason", "Chờ số liệu của Sở Tài chính"))
                .post("/api/evaluations/" + month + "/officers/" + KHANH + "/exemptions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        assertThat(officer(month, KHANH).getString("exemptions[0].status")).isEqualTo("PENDING");
        given().header("Authorization", TestTokens.bearer("head.cchc")).contentType(ContentType.JSON)
                .body(Map.of("approved", true))
                .put("/api/evaluations/" + month + "/officers/" + KHANH + "/exemptions/" + id)
                .then().statusCode(200);
        JsonPath after = officer(month, KHANH);
        assertThat(after.getString("exemptions[0].status")).isEqualTo("APPROVED");
        assertThat(after.getBoolean("products[0].exempt")).isTrue();
    }

    @Test
    void aNewScoringProfileIsShownAtTheNextRead() {
        YearMonth month = YEAR.atMonth(5);
        late(month, THAO, 10);
        assertThat(officer(month, THAO).getDouble("products[0].timelinessCredit"))
                .as("partial credit for one late event").isPositive();
        profile(month, "zero-credit");
        try {
            assertThat(officer(month, THAO).getDouble("products[0].timelinessCredit")).isZero();
        } finally {
            profile(month.plusMonths(1), "partial-credit");
        }
    }

    @Test
    void aMoveInPlanServicesDirectoryIsShownAtTheNextReadAndAnUnchangedDirectoryIsNotFetchedAgain() {
        YearMonth month = YEAR.atMonth(6);
        onTime(month, THAO, 10);
        assertThat(officer(month, THAO).getString("unitCode")).isEqualTo("CCHC");
        long fetched = FakePlanService.reads("/api/officers");
        long versions = FakePlanService.reads("/api/directory/version");
        officer(month, THAO);
        assertThat(FakePlanService.reads("/api/officers")).as("the same directory version: kept").isEqualTo(fetched);
        assertThat(FakePlanService.reads("/api/directory/version")).isGreaterThan(versions);

        FakePlanService.assign(THAO, "VP", "Chuyên viên", month.atDay(1), month.atEndOfMonth());
        assertThat(officer(month, THAO).getString("unitCode")).isEqualTo("VP");
        assertThat(FakePlanService.reads("/api/officers")).as("a new version: fetched again").isGreaterThan(fetched);
    }

    @Test
    void theDashboardReadAgainWithNothingChangedComputesNothing() {
        YearMonth month = YEAR.atMonth(7);
        onTime(month, KHANH, 10);
        String first = dashboard(month);
        double months = answers("month", "computed");
        double tasks = answers("tasks", "computed");
        double updatedTasks = answers("tasks", "updated");
        double dashboards = answers("dashboard", "computed");
        double kept = answers("dashboard", "kept");
        assertThat(dashboard(month)).isEqualTo(first);
        assertThat(answers("dashboard", "kept")).as("answered kept").isEqualTo(kept + 1);
        assertThat(answers("dashboard", "computed")).isEqualTo(dashboards);
        assertThat(answers("month", "computed")).isEqualTo(months);
        assertThat(answers("tasks", "computed")).isEqualTo(tasks);
        onTime(month, THAO, 10);
        assertThat(dashboard(month)).isNotEqualTo(first);
        assertThat(answers("dashboard", "computed")).isEqualTo(dashboards + 1);
        assertThat(answers("tasks", "computed")).as("the new task rebuilt, not every task read").isEqualTo(tasks);
        assertThat(answers("tasks", "updated")).isEqualTo(updatedTasks + 1);
    }

    @Test
    void aMonthOfTheTrendPublishedOrAdjustedOrAMoveInPlanServiceIsShownAtTheNextDashboard() {
        YearMonth earlier = YEAR.atMonth(8);
        YearMonth month = YEAR.atMonth(9);
        onTime(earlier, KHANH, 10);
        onTime(month, KHANH, 10);
        MonthSteps.completeEveryStep(earlier.toString());
        JsonPath before = JsonPath.from(dashboard(month));
        assertThat(before.getBoolean("trend.find { it.month == '" + earlier + "' }.published")).isFalse();
        dashboard(month);

        given().header("Authorization", TestTokens.bearer("director")).post("/api/evaluations/" + earlier + "/publish")
                .then().statusCode(200);
        JsonPath published = JsonPath.from(dashboard(month));
        assertThat(published.getBoolean("trend.find { it.month == '" + earlier + "' }.published"))
                .as("a publication, written in the database").isTrue();
        String average = "trend.find { it.month == '" + earlier + "' }.averageTotal";
        double kept = answers("dashboard", "kept");
        assertThat(JsonPath.from(dashboard(month)).getDouble(average)).isEqualTo(published.getDouble(average));
        assertThat(answers("dashboard", "kept")).as("a trend with a published month, kept").isEqualTo(kept + 1);
        given().header("Authorization", TestTokens.bearer("director")).contentType(ContentType.JSON)
                .body(Map.of("generalScore", 20, "reason", "Khiếu nại: chấm lại nhóm III"))
                .post("/api/evaluations/" + earlier + "/officers/" + KHANH + "/adjustments").then().statusCode(201);
        assertThat(JsonPath.from(dashboard(month)).getDouble(average)).as("the Director's adjustment")
                .isLessThan(published.getDouble(average));

        int cchcOfficers = published.getInt("units.find { it.unitCode == 'CCHC' }.officerCount");
        FakePlanService.assign(THAO, "VP", "Chuyên viên", month.atDay(1), month.atEndOfMonth());
        assertThat(JsonPath.from(dashboard(month)).getInt("units.find { it.unitCode == 'CCHC' }.officerCount"))
                .as("a move in plan-service's directory").isEqualTo(cchcOfficers - 1);
    }

    /**
     * Readers arriving while an organisation's tasks are read wait for that read and take its answer: no second read
     * runs beside the first. (One that finds a change committed meanwhile reads again, after the first.)
     */
    @Test
    void readersArrivingWhileTheTasksAreReadWaitForThatReadAndTakeItsAnswer() throws Exception {
        YearMonth month = YEAR.atMonth(11);
        String organisation = "TURN" + TaskEvents.newTaskId() % 100_000;
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch firstRead = new CountDownLatch(1);
        AtomicInteger reading = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<TaskProduct> read = List.of(new TaskProduct(1, "Nhiệm vụ 1", "CCHC", KHANH, null, null, List.of()));
        Supplier<List<TaskProduct>> slowRead = () -> {
            mostAtOnce.accumulateAndGet(reading.incrementAndGet(), Math::max);
            firstRead.countDown();
            await(release);
            reading.decrementAndGet();
            return read;
        };
        double computed = answers("tasks", "computed");
        var first = CallInThread.start(() -> tasks(organisation, month, slowRead));
        await(firstRead);
        assertThat(reading).hasValue(1);
        var second = CallInThread.start(() -> tasks(organisation, month, () -> {
            mostAtOnce.accumulateAndGet(reading.incrementAndGet(), Math::max);
            reading.decrementAndGet();
            return List.of();
        })).awaitParked();

        release.countDown();
        assertThat(first.get()).isEqualTo(read);
        assertThat(second.get()).as("the first read's answer").isEqualTo(read);
        assertThat(mostAtOnce).as("reads at once").hasValue(1);
        assertThat(answers("tasks", "computed")).isEqualTo(computed + 1);
    }

    private List<TaskProduct> tasks(String organisation, YearMonth month, Supplier<List<TaskProduct>> read) {
        return QuarkusTransaction.requiringNew().call(() -> computedMonths.tasks(organisation, month, month,
                month.atEndOfMonth(), read, changed -> List.of()));
    }

    /**
     * An organisation's first read seeds its scoring profile in a transaction of its own: the reading transaction has
     * written nothing, so the month it computes is kept, and the seed stays.
     */
    @Test
    void theFirstReadOfAnOrganisationSeedsItsProfileWithoutWritingItself() {
        String organisation = "SEED" + TaskEvents.newTaskId() % 100_000;
        boolean wrote = QuarkusTransaction.requiringNew().call(() -> {
            assertThat(profiles.history(organisation)).hasSize(1);
            return changes.writing();
        });

        assertThat(wrote).isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> profiles.history(organisation)))
                .singleElement().extracting(ScoringProfile::createdBy).isEqualTo(ScoringProfileService.SEEDED_BY);
    }

    @Test
    void aChangeCommittedAfterTheSnapshotIsSeenAndOneCommittedBeforeIsNot() throws Exception {
        InputChanges.Snapshot before = QuarkusTransaction.requiringNew().call(changes::snapshot);
        assertThat(QuarkusTransaction.requiringNew().call(() -> changes.unchangedSince(before)))
                .as("nothing written yet").isTrue();

        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch snapshotTaken = new CountDownLatch(1);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            touchProfiles();
            written.countDown();
            await(snapshotTaken);
        }));
        assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
        InputChanges.Snapshot during = QuarkusTransaction.requiringNew().call(changes::snapshot);
        snapshotTaken.countDown();
        writer.get(30, TimeUnit.SECONDS);
        InputChanges.Snapshot after = QuarkusTransaction.requiringNew().call(changes::snapshot);

        assertThat(QuarkusTransaction.requiringNew().call(() -> changes.unchangedSince(before)))
                .as("committed after the snapshot").isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> changes.unchangedSince(during)))
                .as("in progress when the snapshot was taken, committed after it").isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> changes.unchangedSince(after)))
                .as("committed before the snapshot").isTrue();
    }

    private void touchProfiles() {
        entityManager.createNativeQuery("update scoring_profile set reason = reason where false").executeUpdate();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(CallInThread.PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How often a value was answered so; 0 before the service's first computation registers the counters. */
    private double answers(String value, String answer) {
        Counter counter = registry.find(ComputedMonths.ANSWERS).tag("value", value).tag("answer", answer).counter();
        return counter == null ? 0 : counter.count();
    }

    private static JsonPath officer(YearMonth month, long officerId) {
        return given().header("Authorization", TestTokens.bearer("director"))
                .get("/api/evaluations/" + month + "/officers/" + officerId).then().statusCode(200).extract()
                .jsonPath();
    }

    /** CCHC's page of the month and the answers of its two officers here (the page lists no products). */
    private static String unitAndOfficers(YearMonth month) {
        return given().header("Authorization", TestTokens.bearer("director"))
                .get("/api/evaluations/" + month + "/officers?unit=CCHC").then().statusCode(200).extract().jsonPath()
                .prettify() + officer(month, KHANH).prettify() + officer(month, THAO).prettify();
    }

    private void send(TaskEvent... events) {
        try (TaskEvents sender = new TaskEvents(json)) {
            sender.send(events);
        }
    }

    private static String dashboard(YearMonth month) {
        return given().header("Authorization", TestTokens.bearer("director"))
                .get("/api/evaluations/" + month + "/dashboard").then().statusCode(200).extract().asString();
    }

    private static void profile(YearMonth firstMonth, String lateMode) {
        given().header("Authorization", TestTokens.bearer("director")).contentType(ContentType.JSON)
                .body(Map.of("name", "Thử tính lại " + firstMonth, "firstMonth", firstMonth.toString(),
                        "reason", "Kiểm tra tháng giữ lại", "settings", Map.of("lateMode", lateMode)))
                .post("/api/scoring-profiles").then().statusCode(201);
    }

    /** A CCHC task of the officer due on the day, handed in the day before and accepted; its id. */
    private long onTime(YearMonth month, long officerId, int day) {
        LocalDate due = month.atDay(day);
        return accepted(officerId, due, due.minusDays(1));
    }

    /** A CCHC task of the officer due on the day, handed in two days late and accepted; its id. */
    private long late(YearMonth month, long officerId, int day) {
        LocalDate due = month.atDay(day);
        return accepted(officerId, due, due.plusDays(2));
    }

    private long accepted(long officerId, LocalDate due, LocalDate handedIn) {
        TaskEvent task = TaskEvents.assigned(TaskEvents.newTaskId(), "CCHC", officerId, due).build();
        try (TaskEvents events = new TaskEvents(json)) {
            events.send(task, TaskEvents.submitted(task, 2, handedIn),
                    TaskEvents.reviewed(task, 3, handedIn, "ACCEPTED", false));
        }
        TaskEvents.awaitStored(task.taskId(), 3);
        return task.taskId();
    }
}
