package vn.hungyen.snv.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;

/**
 * The applications ./test.sh starts (-Dsnv.port-base, default 8080), tokens for the demo accounts and the ids of
 * the demo officers of CCHC.
 */
final class RunningSystem {

    static final int BASE = Integer.getInteger("snv.port-base", 8080);
    static final String WEB = "http://127.0.0.1:" + BASE;
    static final String PLAN = "http://127.0.0.1:" + (BASE + 1);
    static final String TASKS = "http://127.0.0.1:" + (BASE + 2);
    static final String EVALUATION = "http://127.0.0.1:" + (BASE + 3);
    /** Health and metrics of each application: its management port, 100 above its API's (run.sh). */
    static final int MANAGEMENT_OFFSET = 100;

    private RunningSystem() {
    }

    /** The URL of the application's health or metrics {@code path} on its management port. */
    static String management(String application, String path) {
        int port = Integer.parseInt(application.substring(application.lastIndexOf(':') + 1));
        return "http://127.0.0.1:" + (port + MANAGEMENT_OFFSET) + path;
    }

    /** A token from web-ui for a demo account (password "demo"). */
    static String token(String username) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", "demo"))
                .post(WEB + "/api/auth/token").then().statusCode(200).extract().path("access_token");
    }

    private static final Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A token for a demo account, asked for once per test run (a token lives 8 hours). */
    static String cachedToken(String username) {
        return TOKENS.computeIfAbsent(username, RunningSystem::token);
    }

    /** The id of an officer of CCHC in plan-service. */
    static long officerId(String username) {
        return officerId("CCHC", username);
    }

    /** The id of an officer of a unit of the Department in plan-service, as the unit's head sees it. */
    static long officerId(String unitCode, String username) {
        return given().auth().oauth2(token("head." + unitCode.toLowerCase())).queryParam("unit", unitCode)
                .get(PLAN + "/api/officers").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.username == '" + username + "' }.id");
    }
}
