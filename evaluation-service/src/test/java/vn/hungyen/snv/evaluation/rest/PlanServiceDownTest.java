package vn.hungyen.snv.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.testing.TestTokens;

/** Without plan-service the ratings cannot name anybody: a clear 503 problem, not a 500. */
@QuarkusTest
@TestProfile(PlanServiceDownTest.PlanDown.class)
class PlanServiceDownTest {

    /** plan-service's address points at a port nobody listens on. */
    public static class PlanDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.plan.url", "http://127.0.0.1:" + freePort());
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void ratingsAnswer503WhenPlanServiceIsDown() {
        given().header("Authorization", TestTokens.bearer("director")).get("/api/evaluations/2024-03/officers")
                .then().statusCode(503).contentType(containsString("problem+json"))
                .body("code", equalTo("plan-unavailable"));
    }
}
