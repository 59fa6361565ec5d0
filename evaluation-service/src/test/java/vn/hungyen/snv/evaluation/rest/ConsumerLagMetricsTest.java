package vn.hungyen.snv.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.evaluation.testing.FakePlanService;

/** The task-events consumer's lag is exported on /q/metrics (Prometheus), from the Kafka client's own metrics. */
@QuarkusTest
@QuarkusTestResource(FakePlanService.class)
class ConsumerLagMetricsTest {

    @Test
    void theConsumersRecordsLagIsExported() {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                given().get("/q/metrics").then().statusCode(200)
                        .body(containsString("kafka_consumer_fetch_manager_records_lag_max{"))
                        .body(containsString("client_id=\"kafka-consumer-task-events\"")));
    }
}
