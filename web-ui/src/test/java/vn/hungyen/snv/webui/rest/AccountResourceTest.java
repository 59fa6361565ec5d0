package vn.hungyen.snv.webui.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.webui.repository.Account;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class AccountResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void clearRequests() {
        FakeServices.RECEIVED.clear();
    }

    @Test
    void anAdministratorGivesAnOfficerOfTheOrganisationAnAccountWithAOneTimePassword() throws Exception {
        String admin = token("admin", "demo");
        String password = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("username", "nguyen.thi.moi", "officerId", 300, "roles", List.of("officer")))
                .when().post("/api/accounts")
                .then().statusCode(201)
                .header("Location", endsWith("/api/accounts/nguyen.thi.moi"))
                .body("username", is("nguyen.thi.moi"))
                .body("officerId", is(300))
                .body("organisationCode", is("SNV"))
                .body("unitCode", is("CCHC"))
                .body("roles", is(List.of("officer")))
                .extract().path("oneTimePassword");

        assertThat(password).hasSizeGreaterThanOrEqualTo(12);
        assertThat(FakeServices.RECEIVED).anyMatch(line -> line.startsWith("GET /api/officers/300 | Bearer " + admin));
        Account stored = account("nguyen.thi.moi");
        assertThat(stored.passwordHash).startsWith("$2").doesNotContain(password);
        assertThat(BcryptUtil.matches(password, stored.passwordHash)).isTrue();
        assertThat(stored.mustChangePassword).isTrue();
        assertThat(stored.createdBy).isEqualTo("admin");
        assertThat(stored.fullName).isEqualTo("Nguyễn Thị Mới");

        // the one-time password does not sign in; changed, the new one does, with the organisation in the token
        given().contentType(ContentType.JSON).body(Map.of("username", "nguyen.thi.moi", "password", password))
                .when().post("/api/auth/token")
                .then().statusCode(403).contentType("application/problem+json")
                .body("code", is("password-change-required"))
                .body("detail", is("Mật khẩu này chỉ dùng một lần. Vui lòng đổi mật khẩu trước, rồi đăng nhập "
                        + "bằng mật khẩu mới."));
        given().contentType(ContentType.JSON).body(Map.of("username", "nguyen.thi.moi", "currentPassword", password,
                "newPassword", "hoa-sen-no-giua-ho")).when().post("/api/auth/password").then().statusCode(204);
        JsonNode claims = claims(token("nguyen.thi.moi", "hoa-sen-no-giua-ho"));
        assertThat(claims.get("organisation").asText()).isEqualTo("SNV");
        assertThat(claims.get("unit").asText()).isEqualTo("CCHC");
        assertThat(claims.get("officerId").asLong()).isEqualTo(300);
        assertThat(account("nguyen.thi.moi").mustChangePassword).isFalse();
    }

    @Test
    void anOfficerOfAnotherOrganisationOrOfNoneIsRefusedAndNothingIsWritten() {
        for (long officerId : new long[] {300, 999}) {
            given().auth().oauth2(token("admin.myhao", "demo")).contentType(ContentType.JSON)
                    .body(Map.of("username", "ngoai.to.chuc", "officerId", officerId, "roles", List.of("officer")))
                    .when().post("/api/accounts")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("code", is("officer-not-in-organisation"))
                    .body("detail", is("Cán bộ không thuộc tổ chức của bạn."));
        }
        assertThat(account("ngoai.to.chuc")).isNull();
    }

    @Test
    void badUsernamesRolesOrganisationsAndDuplicatesAreRefused() {
        String admin = token("admin", "demo");
        refused(admin, Map.of("username", "Sai_Ten", "officerId", 301, "roles", List.of("officer")), 400,
                "invalid-username");
        refused(admin, Map.of("username", "tran.bo.sung", "officerId", 301, "roles", List.of("sysadmin")), 400,
                "invalid-roles");
        refused(admin, Map.of("username", "tran.bo.sung", "officerId", 301, "roles", List.of()), 400,
                "invalid-roles");
        refused(admin, Map.of("username", "tran.bo.sung", "officerId", 301, "organisationCode", "MYHAO",
                "roles", List.of("officer")), 400, "other-organisation");
        refused(admin, Map.of("username", "tran.bo.sung", "roles", List.of("officer")), 400, "officer-required");
        refused(admin, Map.of("username", "head.cchc", "officerId", 301, "roles", List.of("officer")), 409,
                "username-taken");
        refused(admin, Map.of("username", "tran.bo.sung", "officerId", 49, "roles", List.of("officer")), 409,
                "officer-has-account");
        given().auth().oauth2(token("head.vp", "demo")).contentType(ContentType.JSON)
                .body(Map.of("username", "tran.bo.sung", "officerId", 301, "roles", List.of("officer")))
                .when().post("/api/accounts").then().statusCode(403);
        assertThat(account("tran.bo.sung")).isNull();
    }

    @Test
    void theSystemAdministratorCreatesAnOrganisationsFirstAdministrator() {
        String sysadmin = token("sysadmin", "demo");
        given().auth().oauth2(sysadmin).contentType(ContentType.JSON)
                .body(Map.of("username", "quantri.myhao", "organisationCode", "MYHAO", "roles", List.of("admin")))
                .when().post("/api/accounts")
                .then().statusCode(201)
                .body("organisationCode", is("MYHAO"))
                .body("officerId", nullValue())
                .body("fullName", is("Quản trị Ủy ban nhân dân thị xã Mỹ Hào"));
        assertThat(account("quantri.myhao").createdBy).isEqualTo("sysadmin");
        refused(sysadmin, Map.of("username", "quantri.xyz", "organisationCode", "XYZ", "roles", List.of("admin")),
                400, "no-such-organisation");
        refused(sysadmin, Map.of("username", "quantri.xyz", "organisationCode", "MYHAO", "roles",
                List.of("director")), 400, "invalid-roles");
        refused(sysadmin, Map.of("username", "quantri.xyz", "organisationCode", "MYHAO", "officerId", 201,
                "roles", List.of("admin")), 400, "officer-not-allowed");
    }

    @Test
    void anAdministratorListsOnlyTheOrganisationsAccountsWithoutPasswords() {
        given().auth().oauth2(token("admin", "demo")).when().get("/api/accounts")
                .then().statusCode(200)
                .body("username", hasItem("head.cchc"))
                .body("username", not(hasItem("chairman.myhao")))
                .body("organisationCode", not(hasItem("MYHAO")))
                .body("find { it.username == 'head.cchc' }.passwordHash", nullValue())
                .body("find { it.username == 'head.cchc' }.unitCode", is("CCHC"));
        given().auth().oauth2(token("admin.myhao", "demo")).when().get("/api/accounts")
                .then().statusCode(200).body("username", hasItem("chairman.myhao"))
                .body("username", not(hasItem("head.cchc")));
        given().auth().oauth2(token("sysadmin", "demo")).when().get("/api/accounts")
                .then().statusCode(200).body("username", hasItem("admin")).body("username", hasItem("admin.myhao"))
                .body("username", not(hasItem("head.cchc")));
    }

    @Test
    void aDisabledAccountCannotSignInUntilEnabledAgainAndItsEarlierTokensStayVoid() {
        String admin = token("admin", "demo");
        String before = token("officer.vp.1", "demo");
        // an officer may not list accounts (403): the token itself is accepted
        given().auth().oauth2(before).when().get("/api/accounts").then().statusCode(403);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .when().put("/api/accounts/officer.vp.1")
                .then().statusCode(200).body("enabled", is(false)).body("disabledAt", not(nullValue()));
        given().contentType(ContentType.JSON).body(Map.of("username", "officer.vp.1", "password", "demo"))
                .when().post("/api/auth/token").then().statusCode(401);
        assertRevoked(before);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("enabled", true))
                .when().put("/api/accounts/officer.vp.1")
                .then().statusCode(200).body("enabled", is(true)).body("disabledAt", nullValue());
        assertRevoked(before);
        given().auth().oauth2(token("officer.vp.1", "demo")).when().get("/api/accounts").then().statusCode(403);
    }

    @Test
    void aPasswordResetOrAChangeOfRolesEndsTheAccountsTokens() {
        String admin = token("admin", "demo");
        String officer = token("officer.ttra.4", "demo");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("roles", List.of("officer", "head")))
                .when().put("/api/accounts/officer.ttra.4").then().statusCode(200);
        assertRevoked(officer);
        String head = token("officer.ttra.4", "demo");
        given().auth().oauth2(head).when().get("/api/accounts").then().statusCode(403);
        given().auth().oauth2(admin).when().post("/api/accounts/officer.ttra.4/reset-password").then().statusCode(200);
        assertRevoked(head);
        // the administrator's own token, unchanged, still works
        given().auth().oauth2(admin).when().get("/api/accounts").then().statusCode(200);
    }

    @Test
    void signingOutThroughTheApiEndsThatTokenOnly() {
        String first = token("officer.ttra.5", "demo");
        String second = token("officer.ttra.5", "demo");
        given().auth().oauth2(first).when().post("/api/auth/logout").then().statusCode(204);
        assertRevoked(first);
        given().auth().oauth2(second).when().get("/api/accounts").then().statusCode(403);
        given().when().post("/api/auth/logout").then().statusCode(401);
    }

    static void assertRevoked(String token) {
        given().auth().oauth2(token).when().get("/api/accounts")
                .then().statusCode(401).contentType("application/problem+json")
                .body("code", is("token-revoked"))
                .body("detail", is("Thẻ truy cập này đã bị thu hồi (đăng xuất, tài khoản bị khóa hoặc đổi quyền). "
                        + "Vui lòng đăng nhập lại để nhận thẻ mới."));
    }

    @Test
    void aChangeOfTheAccountBringsItsUnitUpToDateForTheNextToken() throws Exception {
        assertThat(claims(token("officer.vp.4", "demo")).get("unit").asText()).isEqualTo("VP");
        given().auth().oauth2(token("admin", "demo")).contentType(ContentType.JSON).body(Map.of())
                .when().put("/api/accounts/officer.vp.4")
                .then().statusCode(200).body("unitCode", is("TCBC"));
        assertThat(claims(token("officer.vp.4", "demo")).get("unit").asText()).isEqualTo("TCBC");
    }

    @Test
    void anotherOrganisationsAccountIsNotFoundAndNoAdministratorDisablesThemselves() {
        String myHao = token("admin.myhao", "demo");
        given().auth().oauth2(myHao).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .when().put("/api/accounts/officer.vp.2").then().statusCode(404);
        given().auth().oauth2(myHao).when().post("/api/accounts/officer.vp.2/reset-password").then().statusCode(404);
        given().auth().oauth2(myHao).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .when().put("/api/accounts/admin.myhao").then().statusCode(409).body("code", is("own-account"));
        given().auth().oauth2(myHao).contentType(ContentType.JSON).body(Map.of("roles", List.of("sysadmin")))
                .when().put("/api/accounts/officer.vp.myhao.1").then().statusCode(400).body("code", is("invalid-roles"));
        assertThat(account("officer.vp.2").enabled).isTrue();
        assertThat(account("admin.myhao").enabled).isTrue();
        assertThat(account("officer.vp.myhao.1").roles).isEqualTo("officer");
    }

    @Test
    void aResetPasswordIsAOneTimePasswordAndTheOldOneStopsWorking() {
        String password = given().auth().oauth2(token("admin", "demo"))
                .when().post("/api/accounts/officer.vp.3/reset-password")
                .then().statusCode(200).extract().path("oneTimePassword");
        assertThat(password).hasSizeGreaterThanOrEqualTo(12);
        given().contentType(ContentType.JSON).body(Map.of("username", "officer.vp.3", "password", "demo"))
                .when().post("/api/auth/token").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("username", "officer.vp.3", "password", password))
                .when().post("/api/auth/token").then().statusCode(403).body("code", is("password-change-required"));
    }

    private static void refused(String token, Map<String, Object> body, int status, String code) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/accounts")
                .then().statusCode(status).contentType("application/problem+json").body("code", is(code));
    }

    static String token(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .when().post("/api/auth/token").then().statusCode(200).extract().path("access_token");
    }

    static JsonNode claims(String token) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    static Account account(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Account.<Account>findById(username));
    }
}
