package vn.hungyen.snv.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.testing.Management;
import vn.hungyen.snv.common.testing.TestTokens;
import vn.hungyen.snv.evaluation.testing.FakePlanService;

/**
 * The operations surface: the task-events consumer's lag is exported on /q/metrics (Prometheus), from the Kafka
 * client's own metrics, on the management port only; the HTTP metrics name paths by their templates, and health
 * names no address.
 */
@QuarkusTest
@QuarkusTestResource(FakePlanService.class)
class ConsumerLagMetricsTest {

    @Test
    void theConsumersRecordsLagIsExported() {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                given().get(Management.url("/q/metrics")).then().statusCode(200)
                        .body(containsString("kafka_consumer_fetch_manager_records_lag_max{"))
                        .body(containsString("client_id=\"kafka-consumer-task-events\"")));
    }

    @Test
    void metricsAndHealthAreNotOnTheApiPort() {
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/health/ready").then().statusCode(404);
        given().get(Management.url("/q/health/ready")).then().statusCode(200);
    }

    @Test
    void requestMetricsNameTheTemplateNeverTheMonthOrTheOfficer() {
        given().header("Authorization", TestTokens.bearer("director"))
                .get("/api/evaluations/1987-05/officers/49").then().statusCode(200);
        given().header("Authorization", TestTokens.bearer("head.vp"))
                .get("/api/evaluations/1987-05/officers/49").then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("director"))
                .get("/api/evaluations/1987-05/units").then().statusCode(200);

        String metrics = given().get(Management.url("/q/metrics")).then().statusCode(200).extract().asString();
        assertThat(metrics).contains("uri=\"/api/evaluations/{month}/officers/{officerId}\"")
                .contains("uri=\"/api/evaluations/{month}/units\"")
                .doesNotContain("1987-05").doesNotContain("/officers/49");
    }

    @Test
    void healthNamesNoAddress() {
        String health = given().get(Management.url("/q/health")).then().statusCode(200)
                .body("status", equalTo("UP")).extract().asString();
        assertThat(health).doesNotContain("9092").doesNotContain("127.0.0.1").doesNotContain("localhost")
                .doesNotContain("5432");
    }
}
