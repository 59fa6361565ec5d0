package vn.hungyen.snv.task.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static vn.hungyen.snv.task.testing.Api.as;
import static vn.hungyen.snv.task.testing.Api.assign;
import static vn.hungyen.snv.task.testing.Api.officerId;
import static vn.hungyen.snv.task.testing.Api.pinDay;
import static vn.hungyen.snv.task.testing.Api.task;
import static vn.hungyen.snv.task.testing.Api.with;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.task.testing.Mailbox;
import vn.hungyen.snv.task.testing.PlanServiceFake;

/**
 * Reminders reach a real SMTP server (GreenMail, scripts/mail.sh) and are read back over POP3: one mail per reminder
 * for an account that wants them so, one digest a day for one that chose it, each once however often the jobs run.
 */
@QuarkusTest
@WithTestResource(PlanServiceFake.class)
class ReminderMailTest {

    @Inject
    ReminderService reminders;
    @Inject
    MailService mail;


    private static Map<String, Object> settings(String email, boolean dailyDigest) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("dailyDigest", dailyDigest);
        return body;
    }

    @Test
    void theAssigneeGetsAMailPerReminderAndALeaderOneDigestADay() {
        String officerMail = "officer.tdkt.3." + UUID.randomUUID() + "@snv.test";
        String leaderMail = "deputyhead.tdkt.1." + UUID.randomUUID() + "@snv.test";
        as("officer.tdkt.3").body(settings(officerMail, false)).when().put("/api/notifications/settings").then()
                .statusCode(200).body("email", is(officerMail)).body("dailyDigest", is(false));
        as("deputyhead.tdkt.1").body(settings(leaderMail, true)).when().put("/api/notifications/settings").then()
                .statusCode(200);
        as("deputyhead.tdkt.1").when().get("/api/notifications/settings").then().statusCode(200)
                .body("email", is(leaderMail)).body("dailyDigest", is(true));

        pinDay("2027-04-01");
        long id = assign("head.tdkt", with(with(task("TDKT", "Tổng hợp khen thưởng"), "assigneeId",
                officerId("officer.tdkt.3")), "dueDate", "2027-04-20"));
        pinDay("2027-04-22");
        reminders.remindToday();
        mail.sendPending();
        reminders.remindToday();
        mail.sendPending();

        String link = "http://127.0.0.1:8080/tasks/" + id;
        assertThat(Mailbox.of(officerMail)).singleElement().satisfies(m -> {
            assertThat(m.subject()).startsWith("Nhắc việc: Tổng hợp khen thưởng");
            assertThat(m.body()).contains("đã quá hạn 2 ngày làm việc (hạn 20/04/2027)").contains(link);
        });
        assertThat(Mailbox.of(leaderMail)).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("Tổng hợp nhắc việc ngày 22/04/2027");
            assertThat(m.body()).contains("của cán bộ trong phòng đã quá hạn 2 ngày làm việc").contains(link);
        });

        pinDay("2027-04-23");
        reminders.remindToday();
        mail.sendPending();
        assertThat(Mailbox.of(officerMail)).hasSize(2);
        assertThat(Mailbox.of(leaderMail)).hasSize(1);
    }

    @Test
    void aBadAddressIsRefusedAndNoAddressStopsTheMails() {
        as("officer.tdkt.4").body(settings("không phải địa chỉ", false)).when().put("/api/notifications/settings")
                .then().statusCode(400).body("violations.message",
                        hasItem("địa chỉ thư điện tử không hợp lệ, ví dụ ten.nguoi@hungyen.gov.vn"));
        as("officer.tdkt.4").body(settings("officer.tdkt.4@snv.test", true)).when()
                .put("/api/notifications/settings").then().statusCode(200);
        as("officer.tdkt.4").body(settings(null, false)).when().put("/api/notifications/settings").then()
                .statusCode(200);
        as("officer.tdkt.4").when().get("/api/notifications/settings").then().statusCode(200)
                .body("email", is((Object) null));
    }
}
