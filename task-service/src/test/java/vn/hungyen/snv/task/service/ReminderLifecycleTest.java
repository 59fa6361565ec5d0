package vn.hungyen.snv.task.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static vn.hungyen.snv.task.testing.Api.as;
import static vn.hungyen.snv.task.testing.Api.assign;
import static vn.hungyen.snv.task.testing.Api.officerId;
import static vn.hungyen.snv.task.testing.Api.pinDay;
import static vn.hungyen.snv.task.testing.Api.task;
import static vn.hungyen.snv.task.testing.Api.with;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.task.domain.ReminderStep;
import vn.hungyen.snv.task.repository.Notification;
import vn.hungyen.snv.task.testing.PlanServiceFake;

/**
 * A task's life with the clock driven, not waited for: a TDKT task due Tuesday 2027-04-20 (after the Giỗ Tổ holiday on
 * Friday 16th) is reminded to its officer 3 working days before and on the day, daily once overdue, escalated to the
 * unit's leaders after 2 working days overdue and to deputy3 (who supervises TDKT) after 5, each exactly once however
 * often the job runs, also when two runs race on the same day.
 */
@QuarkusTest
@WithTestResource(PlanServiceFake.class)
class ReminderLifecycleTest {

    @Inject
    ReminderService reminders;

    private static long tdktTask(String title) {
        return assign("head.tdkt", with(with(task("TDKT", title), "assigneeId", officerId("officer.tdkt.1")),
                "dueDate", "2027-04-20"));
    }

    private static List<Notification> sent(long taskId) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>list(
                "taskId = ?1 order by id", taskId));
    }

    private static List<ReminderStep> steps(long taskId) {
        return sent(taskId).stream().map(n -> n.step).toList();
    }

    /** The caller's notifications about the task, as the API lists them (newest first). */
    private static List<Map<String, Object>> listed(String username, long taskId) {
        JsonPath page = as(username).when().get("/api/notifications?size=200").then().statusCode(200).extract()
                .jsonPath();
        return page.<Map<String, Object>>getList("items").stream()
                .filter(n -> ((Number) n.get("taskId")).longValue() == taskId).toList();
    }

    @Test
    void aTasksLifeIsRemindedAndEscalatedEachStepExactlyOnce() {
        pinDay("2027-04-01");
        long id = tdktTask("Báo cáo thi đua quý I");

        pinDay("2027-04-13");
        reminders.remindToday();
        assertThat(steps(id)).isEmpty();

        pinDay("2027-04-14");
        reminders.remindToday();
        reminders.remindToday();
        pinDay("2027-04-15");
        reminders.remindToday();
        pinDay("2027-04-16");
        assertThat(reminders.remindToday()).isZero();
        assertThat(steps(id)).containsExactly(ReminderStep.BEFORE_DUE);

        pinDay("2027-04-20");
        reminders.remindToday();
        pinDay("2027-04-21");
        reminders.remindToday();
        reminders.remindToday();
        assertThat(steps(id)).containsExactly(ReminderStep.BEFORE_DUE, ReminderStep.DUE_TODAY,
                ReminderStep.OVERDUE);

        for (String day : List.of("2027-04-22", "2027-04-23", "2027-04-26", "2027-04-27", "2027-04-27")) {
            pinDay(day);
            reminders.remindToday();
        }
        List<Notification> all = sent(id);
        assertThat(all).extracting(n -> n.step).containsExactly(ReminderStep.BEFORE_DUE, ReminderStep.DUE_TODAY,
                ReminderStep.OVERDUE, ReminderStep.OVERDUE, ReminderStep.ESCALATED_TO_HEAD, ReminderStep.OVERDUE,
                ReminderStep.OVERDUE, ReminderStep.OVERDUE, ReminderStep.ESCALATED_TO_DEPUTY);
        assertThat(all.stream().filter(n -> n.step == ReminderStep.OVERDUE).map(n -> n.occasion.toString()))
                .containsExactly("2027-04-21", "2027-04-22", "2027-04-23", "2027-04-26", "2027-04-27");

        assertThat(listed("officer.tdkt.1", id)).hasSize(7).first().satisfies(n -> {
            assertThat(n.get("step")).isEqualTo("OVERDUE");
            assertThat(n.get("link")).isEqualTo("/tasks/" + id);
            assertThat((String) n.get("message")).startsWith("Nhiệm vụ «Báo cáo thi đua quý I")
                    .contains("đã quá hạn 5 ngày làm việc (hạn 20/04/2027)");
        });
        assertThat(listed("head.tdkt", id)).extracting(n -> n.get("step")).containsExactly("ESCALATED_TO_HEAD");
        assertThat(listed("deputyhead.tdkt.1", id)).extracting(n -> n.get("step"))
                .containsExactly("ESCALATED_TO_HEAD");
        assertThat(listed("deputy3", id)).extracting(n -> n.get("step")).containsExactly("ESCALATED_TO_DEPUTY");
        assertThat(listed("deputy1", id)).isEmpty();
        assertThat(listed("officer.tdkt.2", id)).isEmpty();
        assertThat(listed("head.cchc", id)).isEmpty();
    }

    @Test
    void twoInstancesRunningTheSameTickSendEachReminderOnce() throws Exception {
        pinDay("2027-04-01");
        List<Long> ids = List.of(tdktTask("Song song 1"), tdktTask("Song song 2"), tdktTask("Song song 3"));
        pinDay("2027-04-27");
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> tick = reminders::remindToday;
            List<Future<Integer>> runs = instances.invokeAll(List.of(tick, tick));
            int sentByBoth = runs.get(0).get() + runs.get(1).get();
            assertThat(sentByBoth).isPositive();
        } finally {
            instances.shutdown();
        }
        for (long id : ids) {
            assertThat(steps(id)).containsExactlyInAnyOrder(ReminderStep.OVERDUE, ReminderStep.ESCALATED_TO_HEAD,
                    ReminderStep.ESCALATED_TO_DEPUTY);
        }
        assertThat(reminders.remindToday()).isZero();
    }

    @Test
    void aReportAndAnExtensionRequestWaitingAreRemindedToTheAssigner() {
        pinDay("2027-04-01");
        long reported = tdktTask("Chờ nghiệm thu");
        as("officer.tdkt.1").body(Map.of("documentNumber", "7/BC-TDKT", "issuedOn", "2027-04-01",
                "summary", "Báo cáo kết quả")).when().post("/api/tasks/{id}/submissions", reported).then()
                .statusCode(201);
        long extended = tdktTask("Chờ gia hạn");
        as("officer.tdkt.1").body(Map.of("requestedDueDate", "2027-05-20", "reason", "Chờ số liệu của huyện"))
                .when().post("/api/tasks/{id}/extensions", extended).then().statusCode(201);

        pinDay("2027-04-02");
        reminders.remindToday();
        pinDay("2027-04-05");
        reminders.remindToday();
        assertThat(steps(reported)).containsExactly(ReminderStep.REVIEW_PENDING);
        assertThat(steps(extended)).containsExactly(ReminderStep.EXTENSION_PENDING);
        assertThat(listed("head.tdkt", reported)).singleElement()
                .satisfies(n -> assertThat((String) n.get("message")).contains("đang chờ đồng chí nghiệm thu"));
        assertThat(listed("head.tdkt", extended)).singleElement()
                .satisfies(n -> assertThat((String) n.get("message")).contains("đến ngày 20/05/2027"));
        assertThat(listed("deputyhead.tdkt.1", extended)).isEmpty();
    }

    @Test
    void onlyTheRecipientReadsAndMarksANotification() {
        pinDay("2027-04-01");
        long id = tdktTask("Đánh dấu đã đọc");
        pinDay("2027-04-21");
        reminders.remindToday();
        long notification = ((Number) listed("officer.tdkt.1", id).get(0).get("id")).longValue();
        long unread = as("officer.tdkt.1").when().get("/api/notifications").then().statusCode(200).extract()
                .jsonPath().getLong("unread");

        as("officer.tdkt.2").when().post("/api/notifications/{id}/read", notification).then().statusCode(404)
                .body("code", is("not-found"));
        as("head.cchc").when().post("/api/notifications/{id}/read", notification).then().statusCode(404);
        as("officer.tdkt.1").when().post("/api/notifications/{id}/read", notification).then().statusCode(200)
                .body("read", is(true)).body("link", is("/tasks/" + id));
        as("officer.tdkt.1").when().get("/api/notifications").then().statusCode(200)
                .body("unread", is((int) unread - 1));

        as("officer.tdkt.1").when().post("/api/notifications/read-all").then().statusCode(200);
        as("officer.tdkt.1").when().get("/api/notifications").then().statusCode(200).body("unread", is(0));
        as("officer.tdkt.1").when().get("/api/notifications?size=500").then().statusCode(400);
    }
}
