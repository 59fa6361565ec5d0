package vn.hungyen.snv.webui.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static vn.hungyen.snv.webui.rest.PageSessions.session;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link FormGuard}: forged writes (another origin, no anti-forgery token) and unreadable forms change nothing. */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class FormGuardTest {

    private static final String EVIL = "http://evil.example:8080";

    private String head;

    @BeforeEach
    void signIn() {
        FakeServices.RECEIVED.clear();
        head = session("head.cchc");
    }

    /** A request with none of the tests' helping headers: only what the test sets. */
    private static RequestSpecification bare() {
        return given().noFilters().redirects().follow(false);
    }

    private static String ownOrigin() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    private RequestSpecification assignment(RequestSpecification request) {
        return request.cookie(PageResource.TOKEN_COOKIE, head).formParam("title", "Nhiệm vụ giả mạo")
                .formParam("assigneeId", "49").formParam("dueDate", "2030-06-30");
    }

    @Test
    void aFormPostedFromAnotherOriginIsRefusedAndAssignsNothing() {
        assignment(bare()).header("Origin", EVIL).formParam(AntiForgery.FIELD, AntiForgery.tokenOf(head))
                .post("/unit/assign")
                .then().statusCode(403).contentType(containsString("text/html"))
                .body(containsString("<h1>Yêu cầu bị từ chối</h1>"))
                .body(containsString("không được gửi từ một trang của hệ thống"));
        // another site on the same host, at another port, is another origin too
        assignment(bare()).header("Origin", RestAssured.baseURI + ":1").formParam(AntiForgery.FIELD,
                AntiForgery.tokenOf(head)).post("/unit/assign").then().statusCode(403);
        // neither Origin nor Referer: refused as well
        assignment(bare()).formParam(AntiForgery.FIELD, AntiForgery.tokenOf(head)).post("/unit/assign")
                .then().statusCode(403);
        assignment(bare()).header("Origin", "null").formParam(AntiForgery.FIELD, AntiForgery.tokenOf(head))
                .post("/unit/assign").then().statusCode(403);
        assertThat(FakeServices.RECEIVED).noneMatch(line -> line.startsWith("POST"));
    }

    @Test
    void aFormWithoutTheSessionsTokenIsRefusedEvenFromTheSiteItself() {
        assignment(bare()).header("Origin", ownOrigin()).post("/unit/assign").then().statusCode(403);
        assignment(bare()).header("Origin", ownOrigin()).formParam(AntiForgery.FIELD, "forged").post("/unit/assign")
                .then().statusCode(403);
        String otherSession = session("officer.cchc.1");
        assignment(bare()).header("Origin", ownOrigin()).formParam(AntiForgery.FIELD, AntiForgery.tokenOf(otherSession))
                .post("/unit/assign").then().statusCode(403);
        assertThat(FakeServices.RECEIVED).noneMatch(line -> line.startsWith("POST"));
    }

    @Test
    void theSitesOwnFormWithTheTokenInTheFieldOrTheHtmxHeaderIsAccepted() {
        assignment(bare()).header("Origin", ownOrigin()).formParam(AntiForgery.FIELD, AntiForgery.tokenOf(head))
                .post("/unit/assign").then().statusCode(303);
        // without Origin the Referer tells where the form was
        assignment(bare()).header("Referer", ownOrigin() + "/unit?status=ALL")
                .header(AntiForgery.HEADER, AntiForgery.tokenOf(head)).post("/unit/assign").then().statusCode(303);
        assertThat(FakeServices.RECEIVED).filteredOn(line -> line.startsWith("POST /api/tasks")).hasSize(2);
    }

    @Test
    void everyFormOfAPageCarriesTheSessionsTokenAndHtmxSendsItInAHeader() {
        String token = AntiForgery.tokenOf(head);
        String page = given().cookie(PageResource.TOKEN_COOKIE, head).get("/unit").then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("hx-headers='{\"X-CSRF-Token\": \"" + token + "\"}'");
        int forms = page.split("<form method=\"post\"", -1).length - 1;
        assertThat(forms).isGreaterThan(1);
        assertThat(page.split("<input type=\"hidden\" name=\"_csrf\" value=\"" + token + "\">", -1).length - 1)
                .isEqualTo(forms);
    }

    @Test
    void signingOutNeedsTheTokenToo() {
        bare().cookie(PageResource.TOKEN_COOKIE, head).header("Origin", EVIL).post("/logout")
                .then().statusCode(403);
        bare().cookie(PageResource.TOKEN_COOKIE, head).header("Origin", ownOrigin()).post("/logout")
                .then().statusCode(403);
        bare().cookie(PageResource.TOKEN_COOKIE, head).header("Origin", ownOrigin())
                .formParam(AntiForgery.FIELD, AntiForgery.tokenOf(head)).post("/logout")
                .then().statusCode(303).header("Location", is("/login"));
    }

    @Test
    void signingInFromAnotherOriginIsRefused() {
        bare().header("Origin", EVIL).formParam("username", "head.cchc").formParam("password", "demo").post("/login")
                .then().statusCode(403).header("Set-Cookie", org.hamcrest.Matchers.nullValue());
        bare().header("Origin", ownOrigin()).formParam("username", "head.cchc").formParam("password", "demo")
                .post("/login").then().statusCode(303);
    }

    @Test
    void aForgedPasswordChangeChangesNothing() {
        String session = session("officer.ttra.1");
        bare().cookie(PageResource.TOKEN_COOKIE, session).header("Origin", EVIL)
                .formParam(AntiForgery.FIELD, AntiForgery.tokenOf(session)).formParam("username", "officer.ttra.1")
                .formParam("currentPassword", "demo").formParam("newPassword", "mat-khau-gia-mao-1")
                .formParam("confirmPassword", "mat-khau-gia-mao-1").post("/password")
                .then().statusCode(403);
        assertThat(BcryptUtil.matches("demo", AccountResourceTest.account("officer.ttra.1").passwordHash)).isTrue();
    }

    @Test
    void aCookieAuthenticatedApiWriteIsCheckedLikeAPageButABearerOneIsNot() {
        String body = "{\"username\":\"officer.ttra.2\",\"password\":\"demo\"}";
        bare().cookie(PageResource.TOKEN_COOKIE, head).header("Origin", EVIL).contentType("application/json")
                .body(body).post("/api/auth/token")
                .then().statusCode(403).contentType("application/problem+json").body("code", is("forged-request"));
        bare().cookie(PageResource.TOKEN_COOKIE, head).header("Origin", ownOrigin())
                .header(AntiForgery.HEADER, AntiForgery.tokenOf(head)).contentType("application/json").body(body)
                .post("/api/auth/token").then().statusCode(200);
        bare().header("Authorization", "Bearer " + head).contentType("application/json").body(body)
                .post("/api/auth/token").then().statusCode(200);
        bare().contentType("application/json").body(body).post("/api/auth/token").then().statusCode(200);
    }

    @Test
    void aControlCharacterInAFieldIsABadRequestAndNothingIsSent() {
        assignment(given()).formParam("note", "x").formParam("planItemId", "7\u0000")
                .post("/unit/assign")
                .then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("<h1>Dữ liệu không hợp lệ</h1>"));
        given().cookie(PageResource.TOKEN_COOKIE, head).formParam("title", "Báo cáo\u0000").formParam("assigneeId", "49")
                .formParam("dueDate", "2030-06-30").post("/unit/assign").then().statusCode(400);
        given().formParam("username", "head.cchc\u0000").formParam("password", "demo").post("/login")
                .then().statusCode(400).body(containsString("ký tự không hợp lệ"));
        assertThat(FakeServices.RECEIVED).noneMatch(line -> line.startsWith("POST"));
    }

    @Test
    void aBodyWithBrokenPercentEncodingIsABadRequest() {
        given().cookie(PageResource.TOKEN_COOKIE, head).contentType("application/x-www-form-urlencoded")
                .body("title=%ZZ%&assigneeId=49&dueDate=2030-06-30").post("/unit/assign")
                .then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("<h1>Dữ liệu không hợp lệ</h1>"));
        given().contentType("application/x-www-form-urlencoded").body("username=%E0%A4%A&password=demo")
                .post("/login").then().statusCode(400);
        assertThat(FakeServices.RECEIVED).noneMatch(line -> line.startsWith("POST"));
    }
}
