package vn.hungyen.snv.task.testing;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.hungyen.snv.common.organisation.DemoOrganisation;
import vn.hungyen.snv.common.testing.PinnedClock;
import vn.hungyen.snv.common.testing.TestTokens;
import vn.hungyen.snv.task.repository.OutboxEvent;

/** Short ways to call task-service as a demo account in tests. */
public final class Api {

    private static final DemoOrganisation ORGANISATION = DemoOrganisation.load();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Api() {
    }

    /** Pins the service's clock at 08:00 in Hưng Yên on the given day, when the day's reminders run. */
    public static void pinDay(String day) {
        PinnedClock.at(LocalDate.parse(day).atTime(8, 0).atZone(PinnedClock.zone()).toInstant().toString());
    }

    /** A JSON request signed in as the demo account. */
    public static RequestSpecification as(String username) {
        return given().header("Authorization", TOKENS.computeIfAbsent(username, TestTokens::bearer))
                .contentType(ContentType.JSON);
    }

    public static long officerId(String username) {
        return ORGANISATION.officer(username).id();
    }

    /** A task body for the unit, due in a month, with a title no other test uses. */
    public static Map<String, Object> task(String unitCode, String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title + " " + UUID.randomUUID());
        body.put("unitCode", unitCode);
        body.put("dueDate", LocalDate.now().plusMonths(1).toString());
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    /** Assigns as the account and returns the new task's id (expects 201). */
    public static long assign(String username, Map<String, Object> body) {
        return as(username).body(body).when().post("/api/tasks").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** head.cchc assigns a CCHC task to officer.cchc.1. */
    public static long taskForOfficerCchc1(String title) {
        return assign("head.cchc", with(task("CCHC", title), "assigneeId", officerId("officer.cchc.1")));
    }

    /** officer.cchc.1 reports completion of their task. */
    public static void submitAsOfficerCchc1(long taskId) {
        as("officer.cchc.1").body(Map.of("documentNumber", "12/BC-CCHC", "issuedOn", LocalDate.now().toString(),
                "summary", "Báo cáo kết quả thực hiện")).when().post("/api/tasks/{id}/submissions", taskId)
                .then().statusCode(201);
    }

    public static long version(long taskId) {
        return as("admin").when().get("/api/tasks/{id}", taskId).then().statusCode(200)
                .extract().jsonPath().getLong("version");
    }

    /** Switches the plan-service fake between answering and 503. */
    public static void planService(boolean up) {
        String url = ConfigProvider.getConfig().getValue("quarkus.rest-client.plan.url", String.class);
        given().when().post(url + (up ? "/fake/up" : "/fake/down")).then().statusCode(200);
    }

    /** The events task-service wrote for a task, as written to the outbox (JSON), in the order written. */
    public static List<String> outboxPayloads(long taskId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list("taskId = ?1 order by id",
                taskId).stream().map(e -> e.payload).toList());
    }

    /** The ids of the events task-service wrote for a task, in the order written. */
    public static List<UUID> outboxEventIds(long taskId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list("taskId = ?1 order by id",
                taskId).stream().map(e -> e.eventId).toList());
    }
}
