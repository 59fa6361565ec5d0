package vn.hungyen.snv.webui.rest;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import java.nio.charset.StandardCharsets;

/** Signs an account in through the sign-in form, as a browser does, for the page tests. */
final class PageSessions {

    private PageSessions() {
    }

    /** The session cookie of a demo account (password {@code demo}). */
    static String session(String username) {
        return session(username, "demo");
    }

    /** The session cookie after signing in; form bodies are sent as UTF-8 from then on, as browsers do. */
    static String session(String username, String password) {
        RestAssured.config = RestAssured.config()
                .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset(StandardCharsets.UTF_8));
        return given().redirects().follow(false).formParam("username", username).formParam("password", password)
                .post("/login").getCookie(PageResource.TOKEN_COOKIE);
    }
}
