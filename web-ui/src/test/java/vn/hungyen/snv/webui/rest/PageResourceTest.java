package vn.hungyen.snv.webui.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static vn.hungyen.snv.webui.rest.PageSessions.session;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PageResourceTest {

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() {
        given().redirects().follow(false).when().get("/")
                .then().statusCode(303).header("Location", endsWith("/login"));
        given().when().get("/login")
                .then().statusCode(200)
                .body(containsString("<label for=\"username\">Tên đăng nhập</label>"))
                .body(containsString("<label for=\"password\">Mật khẩu</label>"));
    }

    @Test
    void signingInSetsAnHttpOnlySessionCookieAndShowsWhoIsSignedIn() {
        Response login = given().redirects().follow(false).formParam("username", "head.cchc")
                .formParam("password", "demo").when().post("/login");
        login.then().statusCode(303).header("Location", endsWith("/"))
                .header("Set-Cookie", containsString("HttpOnly"));
        String cookie = login.getCookie("snv_token");

        given().cookie("snv_token", cookie).when().get("/")
                .then().statusCode(200)
                .body(containsString("Xin chào"))
                .body(containsString("Lãnh đạo phòng, ban, đơn vị"))
                .body(containsString("CCHC"));
    }

    @Test
    void theHeaderNamesTheSignedInPersonsOrganisationAndTheirTitleAsItCallsIt() {
        given().when().get("/login")
                .then().statusCode(200)
                .body(not(containsString("<span class=\"org\">")))
                .body(containsString("<span class=\"app\">Theo dõi kế hoạch công tác và đánh giá hằng tháng</span>"))
                .body(not(containsString("Sở Nội vụ")));
        given().cookie("snv_token", session("director")).when().get("/")
                .then().statusCode(200)
                .body(containsString("<span class=\"org\">Sở Nội vụ tỉnh Hưng Yên</span>"))
                .body(containsString("<title>Trang chủ — Sở Nội vụ tỉnh Hưng Yên</title>"))
                .body(containsString("— Giám đốc Sở"));
        given().cookie("snv_token", session("chairman.myhao")).when().get("/")
                .then().statusCode(200)
                .body(containsString("<span class=\"org\">Ủy ban nhân dân thị xã Mỹ Hào</span>"))
                .body(containsString("— Chủ tịch UBND"))
                .body(not(containsString("Sở Nội vụ")))
                .body(not(containsString("Giám đốc")));
        given().cookie("snv_token", session("sysadmin")).when().get("/")
                .then().statusCode(200)
                .body(not(containsString("<span class=\"org\">")))
                .body(containsString("— Quản trị viên hệ thống"));
    }

    @Test
    void aWrongPasswordIsShownOnThePageNotAsAnErrorPage() {
        given().formParam("username", "head.cchc").formParam("password", "sai").when().post("/login")
                .then().statusCode(401)
                .body(containsString("role=\"alert\""))
                .body(containsString("Tên đăng nhập hoặc mật khẩu không đúng."))
                .body(containsString("value=\"head.cchc\""));
    }

    @Test
    void signingOutEndsTheSessionsTokenEvenIfTheCookieWasCopied() {
        String cookie = session("head.cchc");
        given().cookie("snv_token", cookie).redirects().follow(false).when().post("/logout")
                .then().statusCode(303).header("Location", endsWith("/login"));

        given().cookie("snv_token", cookie).redirects().follow(false).when().get("/")
                .then().statusCode(303).header("Location", endsWith("/login"))
                .header("Set-Cookie", containsString("Max-Age=0"));
        given().auth().oauth2(cookie).when().get("/api/accounts")
                .then().statusCode(401).body("code", is("token-revoked"));
        given().cookie("snv_token", session("head.cchc")).when().get("/").then().statusCode(200);
    }

    @Test
    void signingOutClearsTheCookie() {
        given().redirects().follow(false).when().post("/logout")
                .then().statusCode(303).header("Location", endsWith("/login"))
                .header("Set-Cookie", containsString("Max-Age=0"))
                .cookie("snv_token", is(""))
                .header("Set-Cookie", not(containsString("eyJ")));
    }
}
