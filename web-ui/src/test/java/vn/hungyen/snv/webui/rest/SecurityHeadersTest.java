package vn.hungyen.snv.webui.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.hungyen.snv.webui.rest.PageSessions.session;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The headers every answer carries, redirects that ignore the Host header, and the session cookie's Secure flag. */
@QuarkusTest
class SecurityHeadersTest {

    private static void hasSecurityHeaders(ValidatableResponse response) {
        response.header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Frame-Options", is("DENY"))
                .header("X-Content-Type-Options", is("nosniff"))
                .header("Referrer-Policy", is("same-origin"));
    }

    @Test
    void pagesAndTheirErrorsCarryTheSecurityHeadersAndAreNotStored() {
        String session = session("head.cchc");
        for (ValidatableResponse page : List.of(
                given().get("/login").then().statusCode(200),
                given().cookie(PageResource.TOKEN_COOKIE, session).get("/").then().statusCode(200),
                given().redirects().follow(false).get("/").then().statusCode(303),
                given().cookie(PageResource.TOKEN_COOKIE, session).queryParam("month", "tháng sáu").get("/evaluation")
                        .then().statusCode(400),
                given().noFilters().cookie(PageResource.TOKEN_COOKIE, session).post("/logout").then().statusCode(403),
                given().get("/khong-co-trang-nay").then().statusCode(404))) {
            hasSecurityHeaders(page);
            page.header("Cache-Control", is("no-store"));
        }
    }

    @Test
    void staticFilesCarryThemTooButMayBeCached() {
        for (String file : List.of("/css/app.css", "/js/dashboard.js", "/webjars/htmx.org/dist/htmx.min.js")) {
            ValidatableResponse response = given().get(file).then().statusCode(200);
            hasSecurityHeaders(response);
            response.header("Cache-Control", not(containsString("no-store")));
        }
    }

    @Test
    void noTemplateHasAnInlineScriptStyleOrEventHandler() throws IOException {
        Pattern inline = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|<style|\\sstyle=|\\son[a-z]+=|javascript:",
                Pattern.CASE_INSENSITIVE);
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            List<Path> templates = files.filter(p -> p.toString().endsWith(".html")).toList();
            assertThat(templates).hasSizeGreaterThan(10);
            for (Path template : templates) {
                assertThat(inline.matcher(Files.readString(template)).find()).as(template.toString()).isFalse();
            }
        }
    }

    @Test
    void redirectsNameAPathOfTheSiteWhateverTheHostHeaderSays() {
        given().noFilters().redirects().follow(false).header("Host", "evil.example").get("/")
                .then().statusCode(303).header("Location", is("/login"));
        given().noFilters().redirects().follow(false).header("Host", "evil.example")
                .header("Origin", "http://evil.example").formParam("username", "head.cchc")
                .formParam("password", "demo").post("/login")
                .then().statusCode(303).header("Location", is("/"));
        given().redirects().follow(false).formParam("username", "head.cchc").formParam("password", "demo")
                .post("/login").then().statusCode(303).header("Location", is("/"));
    }

    @Test
    void inTheTestProfileTheSessionCookieIsNotSecureOnly() {
        given().redirects().follow(false).formParam("username", "head.cchc").formParam("password", "demo")
                .post("/login").then().statusCode(303)
                .header("Set-Cookie", containsString("HttpOnly"))
                .header("Set-Cookie", containsString("SameSite=Strict"))
                .header("Set-Cookie", not(containsString("Secure")));
    }

    @Test
    void theSessionCookieIsSecureOnlyByDefaultAndInProductionButNotInTheLocalProfiles() throws IOException {
        assertThat(secureCookie("prod")).isTrue();
        assertThat(secureCookie("staging")).isTrue();
        assertThat(secureCookie("demo")).isFalse();
        assertThat(secureCookie("dev")).isFalse();
        assertThat(secureCookie("test")).isFalse();
    }

    private static boolean secureCookie(String profile) throws IOException {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withProfile(profile)
                .withSources(new PropertiesConfigSource(Path.of("src/main/resources/application.properties").toUri()
                        .toURL(), 250))
                .build();
        return config.getValue("app.auth.secure-cookie", Boolean.class);
    }

    @Test
    void aSignedOutVisitorHasNoTokenToLeak() {
        given().get("/login").then().statusCode(200)
                .body(containsString("<input type=\"hidden\" name=\"_csrf\" value=\"\">"))
                .header("Set-Cookie", nullValue());
    }
}
