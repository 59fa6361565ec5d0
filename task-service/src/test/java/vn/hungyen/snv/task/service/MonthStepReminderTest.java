package vn.hungyen.snv.task.service;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.snv.task.testing.Api.as;
import static vn.hungyen.snv.task.testing.Api.assign;
import static vn.hungyen.snv.task.testing.Api.pinDay;
import static vn.hungyen.snv.task.testing.Api.task;
import static vn.hungyen.snv.task.testing.Api.with;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.task.domain.ReminderStep;
import vn.hungyen.snv.task.repository.Notification;
import vn.hungyen.snv.task.testing.EvaluationServiceFake;
import vn.hungyen.snv.task.testing.Mailbox;
import vn.hungyen.snv.task.testing.PlanServiceFake;

/**
 * The month's schedule is reminded to whoever still has a step, as evaluation-service's pending steps say (the fake
 * answers March 2027 only to task-service's own identity): each step from its reminder day, once per month and
 * recipient however often the job runs, also when two runs race; in the notification centre with a link to the month's
 * evaluation page, and by e-mail through the real SMTP server.
 */
@QuarkusTest
@WithTestResource(PlanServiceFake.class)
@WithTestResource(EvaluationServiceFake.class)
class MonthStepReminderTest {

    private static final String MONTH_PAGE = "/evaluation?month=" + EvaluationServiceFake.STEPS_MONTH;

    @Inject
    ReminderService reminders;
    @Inject
    MailService mail;


    /** The month steps' notifications of March 2027, oldest first. */
    private static List<Notification> monthSteps() {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>list(
                "taskId is null and occasion = ?1 order by id", EvaluationServiceFake.STEPS_MONTH.atDay(1)));
    }

    private static List<Map<String, Object>> listed(String username) {
        return as(username).when().get("/api/notifications?size=200").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("items").stream().filter(n -> n.get("taskId") == null).toList();
    }

    @Test
    void eachStepOfTheMonthIsRemindedOnceToWhoeverStillHasIt() throws Exception {
        String officerMail = "officer.vp.1." + UUID.randomUUID() + "@snv.test";
        as("officer.vp.1").body(Map.of("email", officerMail, "dailyDigest", false)).when()
                .put("/api/notifications/settings").then().statusCode(200);
        pinDay("2027-03-15");
        assign("head.vp", with(task("VP", "Việc của tháng 3"), "dueDate", "2027-03-31"));

        pinDay("2027-04-01");
        reminders.remindToday();
        assertThat(monthSteps()).isEmpty();

        pinDay("2027-04-02");
        reminders.remindToday();
        reminders.remindToday();
        pinDay("2027-04-03");
        reminders.remindToday();
        assertThat(monthSteps()).extracting(n -> n.step).containsExactly(ReminderStep.MONTH_SELF_ASSESSMENT);

        pinDay("2027-04-06");
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> tick = reminders::remindToday;
            List<Future<Integer>> runs = instances.invokeAll(List.of(tick, tick));
            assertThat(runs.get(0).get() + runs.get(1).get()).isPositive();
        } finally {
            instances.shutdown();
        }
        for (String day : List.of("2027-04-07", "2027-04-09", "2027-04-12", "2027-04-12")) {
            pinDay(day);
            reminders.remindToday();
        }
        assertThat(monthSteps()).extracting(n -> n.step).containsExactly(ReminderStep.MONTH_SELF_ASSESSMENT,
                ReminderStep.MONTH_REVIEW, ReminderStep.MONTH_PUBLICATION);

        assertThat(listed("officer.vp.1")).singleElement().satisfies(n -> {
            assertThat(n.get("step")).isEqualTo("MONTH_SELF_ASSESSMENT");
            assertThat(n.get("link")).isEqualTo(MONTH_PAGE);
            assertThat(n.get("occasion")).isEqualTo("2027-03-01");
            assertThat((String) n.get("message")).startsWith("Đồng chí chưa tự đánh giá kết quả tháng 3/2027");
        });
        assertThat(listed("head.vp")).extracting(n -> n.get("step")).containsExactly("MONTH_REVIEW");
        assertThat(listed("director")).extracting(n -> n.get("step")).containsExactly("MONTH_PUBLICATION");
        assertThat(listed("officer.vp.2")).isEmpty();
        assertThat(listed("head.cchc")).isEmpty();

        mail.sendPending();
        assertThat(Mailbox.of(officerMail)).singleElement().satisfies(m -> {
            assertThat(m.subject()).startsWith("Nhắc việc: Đồng chí chưa tự đánh giá kết quả tháng 3/2027");
            assertThat(m.body()).contains("hạn tự đánh giá là ngày 05/04/2027")
                    .contains("http://127.0.0.1:8080" + MONTH_PAGE);
        });
    }
}
