package vn.hungyen.snv.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static vn.hungyen.snv.system.RunningSystem.EVALUATION;
import static vn.hungyen.snv.system.RunningSystem.PLAN;
import static vn.hungyen.snv.system.RunningSystem.TASKS;
import static vn.hungyen.snv.system.RunningSystem.WEB;
import static vn.hungyen.snv.system.RunningSystem.token;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A token ended in web-ui — signed out, or its account disabled — is refused by every service within seconds, though
 * it has hours left to run (the revocation travels on Kafka to each service instance).
 */
class TokenRevocationIT {

    /** One read of each service that the demo officers may make. */
    private static final List<String> READS = List.of(PLAN + "/api/organisations", TASKS + "/api/tasks",
            EVALUATION + "/api/evaluations/2025-03/schedule", WEB + "/api/accounts");

    @Test
    void aSignedOutTokenIsRefusedByEveryServiceAndAnotherTokenOfTheSamePersonIsNot() {
        String signedOut = token("officer.ttvh.myhao.1");
        String other = token("officer.ttvh.myhao.1");
        READS.forEach(url -> given().auth().oauth2(signedOut).get(url).then().statusCode(not(equalTo(401))));

        given().auth().oauth2(signedOut).post(WEB + "/api/auth/logout").then().statusCode(204);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> READS.forEach(url -> assertRevoked(signedOut, url)));
        READS.forEach(url -> given().auth().oauth2(other).get(url).then().statusCode(not(equalTo(401))));
    }

    @Test
    void theTokensOfADisabledAccountAreRefusedByEveryServiceAndStayVoidWhenItIsEnabledAgain() {
        String admin = token("admin.myhao");
        String officer = token("officer.ttvh.myhao.2");
        READS.forEach(url -> given().auth().oauth2(officer).get(url).then().statusCode(not(equalTo(401))));
        try {
            given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("enabled", false))
                    .put(WEB + "/api/accounts/officer.ttvh.myhao.2").then().statusCode(200);

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> READS.forEach(url -> assertRevoked(officer, url)));
        } finally {
            given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("enabled", true))
                    .put(WEB + "/api/accounts/officer.ttvh.myhao.2").then().statusCode(200);
        }
        READS.forEach(url -> assertRevoked(officer, url));
        String again = token("officer.ttvh.myhao.2");
        READS.forEach(url -> given().auth().oauth2(again).get(url).then().statusCode(not(equalTo(401))));
    }

    private static void assertRevoked(String token, String url) {
        given().auth().oauth2(token).get(url).then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("token-revoked"));
    }
}
