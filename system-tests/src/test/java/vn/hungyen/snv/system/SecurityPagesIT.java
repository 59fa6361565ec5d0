package vn.hungyen.snv.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static vn.hungyen.snv.system.RunningSystem.TASKS;
import static vn.hungyen.snv.system.RunningSystem.WEB;
import static vn.hungyen.snv.system.RunningSystem.officerId;
import static vn.hungyen.snv.system.RunningSystem.token;

import com.sun.net.httpserver.HttpServer;
import io.restassured.response.ValidatableResponse;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Another site on the same host (another port, so the SameSite=Strict session cookie still goes along) serves a
 * page that posts a form to web-ui as soon as it opens; the signed-in head's browser is refused with a Vietnamese
 * page and no task is created, while the site's own form still assigns. Every answer carries the security headers
 * and a redirect never names the host the request claimed.
 */
class SecurityPagesIT {

    @Test
    void aFormPostedByAnotherSiteIsRefusedAndCreatesNoTask() throws Exception {
        String forged = "Nhiệm vụ giả mạo " + UUID.randomUUID().toString().substring(0, 8);
        String genuine = "Nhiệm vụ thật " + UUID.randomUUID().toString().substring(0, 8);
        long officer = officerId("officer.cchc.3");
        String dueDate = LocalDate.now().plusDays(10).toString();
        HttpServer evil = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        evil.createContext("/", exchange -> {
            byte[] page = """
                    <!DOCTYPE html><html><body>
                    <form method="post" action="%s/unit/assign">
                      <input name="title" value="%s"><input name="assigneeId" value="%d">
                      <input name="dueDate" value="%s"><input name="_csrf" value="doan-bua">
                    </form>
                    <script>document.forms[0].submit();</script>
                    </body></html>""".formatted(WEB, forged, officer, dueDate).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(page);
            }
        });
        evil.start();
        try (Browser browser = new Browser(WEB)) {
            browser.signIn("head.cchc");
            browser.openOther("http://127.0.0.1:" + evil.getAddress().getPort() + "/");
            browser.waitForText("Yêu cầu bị từ chối");
            assertThat(browser.text()).contains("không được gửi từ một trang của hệ thống");
            browser.screenshot("29-yeu-cau-bi-tu-choi");

            // the site's own form, in the same browser session, still assigns
            browser.open("/unit");
            browser.waitForText("Giao nhiệm vụ mới");
            browser.type("title", genuine);
            browser.setValue("assigneeId", Long.toString(officer));
            browser.setValue("dueDate", dueDate);
            browser.click(By.cssSelector("form[action='/unit/assign'] button"));
            browser.waitForText("Đã giao nhiệm vụ.");
        } finally {
            evil.stop(0);
        }
        List<String> titles = given().auth().oauth2(token("head.cchc")).queryParam("assigneeId", officer)
                .queryParam("size", 200).get(TASKS + "/api/tasks")
                .then().statusCode(200).extract().jsonPath().getList("items.title", String.class);
        assertThat(titles).contains(genuine).doesNotContain(forged);
    }

    @Test
    void pagesStaticFilesAndErrorsCarryTheSecurityHeaders() {
        for (ValidatableResponse response : List.of(
                given().get(WEB + "/login").then().statusCode(200),
                given().get(WEB + "/css/app.css").then().statusCode(200),
                given().redirects().follow(false).get(WEB + "/").then().statusCode(303),
                given().redirects().follow(false).formParam("username", "head.cchc").formParam("password", "demo")
                        .post(WEB + "/login").then().statusCode(403))) {
            response.header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                    .header("X-Frame-Options", is("DENY"))
                    .header("X-Content-Type-Options", is("nosniff"))
                    .header("Referrer-Policy", is("same-origin"));
        }
        given().get(WEB + "/login").then().header("Cache-Control", is("no-store"));
    }

    @Test
    void aRedirectNamesAPathNotTheHostTheRequestClaimed() {
        given().redirects().follow(false).header("Host", "evil.example").get(WEB + "/")
                .then().statusCode(303).header("Location", is("/login"));
        given().redirects().follow(false).header("Host", "evil.example").header("Origin", "http://evil.example")
                .formParam("username", "head.cchc").formParam("password", "demo").post(WEB + "/login")
                .then().statusCode(303).header("Location", is("/"));
    }

    @Test
    void aFormWithBrokenPercentEncodingIsABadRequest() {
        given().header("Origin", WEB).contentType("application/x-www-form-urlencoded")
                .body("username=%ZZ%&password=demo").post(WEB + "/login")
                .then().statusCode(400).body(containsString("Dữ liệu không hợp lệ"));
    }
}
