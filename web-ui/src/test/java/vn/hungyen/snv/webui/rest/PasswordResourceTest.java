package vn.hungyen.snv.webui.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.webui.repository.Account;

@QuarkusTest
class PasswordResourceTest {

    @Test
    void theCurrentPasswordChangesToANewOneWithoutAToken() {
        change("officer.vp.5", "demo", "mua-xuan-tren-song-hong").then().statusCode(204);

        Account account = AccountResourceTest.account("officer.vp.5");
        assertThat(BcryptUtil.matches("mua-xuan-tren-song-hong", account.passwordHash)).isTrue();
        assertThat(account.passwordChangedAt).isNotNull();
        given().contentType(ContentType.JSON).body(Map.of("username", "officer.vp.5", "password", "demo"))
                .when().post("/api/auth/token").then().statusCode(401);
        AccountResourceTest.token("officer.vp.5", "mua-xuan-tren-song-hong");
    }

    @Test
    void aWeakNewPasswordIsRefusedWithTheRuleItBreaks() {
        change("officer.vp.6", "demo", "ngan").then().statusCode(400).contentType("application/problem+json")
                .body("code", is("weak-password"))
                .body("detail", is("Mật khẩu mới phải có ít nhất 10 ký tự."));
        change("officer.vp.6", "demo", "toi-la-officer.vp.6").then().statusCode(400)
                .body("detail", is("Mật khẩu mới không được chứa tên đăng nhập."));
        assertThat(BcryptUtil.matches("demo", AccountResourceTest.account("officer.vp.6").passwordHash)).isTrue();
    }

    @Test
    void aWrongCurrentPasswordIsCountedLikeAFailedSignIn() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            change("officer.vp.7", "guess" + attempt, "mot-mat-khau-moi-dai").then().statusCode(401)
                    .body("code", is("bad-credentials"));
        }
        change("officer.vp.7", "demo", "mot-mat-khau-moi-dai").then().statusCode(429)
                .header("Retry-After", notNullValue()).body("code", is("too-many-attempts"));
        given().contentType(ContentType.JSON).body(Map.of("username", "officer.vp.7", "password", "demo"))
                .when().post("/api/auth/token").then().statusCode(429);
    }

    @Test
    void missingFieldsAreABadRequest() {
        given().contentType(ContentType.JSON).body(Map.of("username", "officer.vp.6", "currentPassword", "demo"))
                .when().post("/api/auth/password")
                .then().statusCode(400).body("violations[0].field", is("newPassword"))
                .body("violations[0].message", is("cần mật khẩu mới"));
    }

    private static io.restassured.response.Response change(String username, String current, String proposed) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "currentPassword", current, "newPassword", proposed))
                .when().post("/api/auth/password");
    }
}
