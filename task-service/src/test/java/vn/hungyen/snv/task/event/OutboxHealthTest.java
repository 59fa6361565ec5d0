package vn.hungyen.snv.task.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.hungyen.snv.task.testing.Api.as;
import static vn.hungyen.snv.task.testing.Api.taskForOfficerCchc1;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.testing.Management;
import vn.hungyen.snv.task.testing.PlanServiceFake;

/**
 * task-service's operations surface: readiness is the database's and the outbox's (never Kafka's, whose outage the
 * outbox rides out; {@link KafkaOutageTest} shows the backlog growing), with the backlog as data and as metrics, all
 * on the management port; request metrics name path templates; health names no address.
 */
@QuarkusTest
@WithTestResource(PlanServiceFake.class)
class OutboxHealthTest {

    @Test
    void readinessIsTheDatabaseAndTheOutboxWithItsBacklogAsData() {
        JsonPath ready = given().get(Management.url("/q/health/ready")).then().statusCode(200)
                .body("status", equalTo("UP")).extract().jsonPath();
        assertThat(ready.getList("checks.name", String.class)).contains("outbox")
                .noneMatch(name -> name.toLowerCase().contains("kafka"));
        assertThat(ready.getString("checks.find { it.name == 'outbox' }.status")).isEqualTo("UP");
        assertThat(ready.getLong("checks.find { it.name == 'outbox' }.data.backlog")).isGreaterThanOrEqualTo(0);
        assertThat(ready.getLong("checks.find { it.name == 'outbox' }.data.oldestAgeSeconds"))
                .isGreaterThanOrEqualTo(0);
        assertThat(given().get(Management.url("/q/health")).then().statusCode(200).extract().asString())
                .doesNotContain("9092").doesNotContain("127.0.0.1").doesNotContain("5432");
    }

    @Test
    void theBacklogAndTemplatedRequestMetricsAreOnTheManagementPortOnly() {
        long id = taskForOfficerCchc1("Số liệu cho bảng đo");
        as("head.cchc").when().get("/api/tasks/{id}", id).then().statusCode(200);

        String metrics = given().get(Management.url("/q/metrics")).then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("(?m)^snv_outbox_backlog(\\{[^}]*})? \\d+\\.0$")
                .containsPattern("(?m)^snv_outbox_oldest_age_seconds(\\{[^}]*})? \\d+\\.0$")
                .contains("uri=\"/api/tasks/{id}\"").doesNotContain("/api/tasks/" + id);
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/health/ready").then().statusCode(404);
    }
}
