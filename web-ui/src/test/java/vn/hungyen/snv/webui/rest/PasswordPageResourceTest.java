package vn.hungyen.snv.webui.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PasswordPageResourceTest {

    @BeforeEach
    void utf8() {
        RestAssured.config = RestAssured.config()
                .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset(StandardCharsets.UTF_8));
    }

    @Test
    void aOneTimePasswordLeadsFromSignInToTheChangeAndThenToSigningInAgain() {
        String password = given().auth().oauth2(AccountResourceTest.token("admin", "demo"))
                .post("/api/accounts/officer.cchc.5/reset-password").then().statusCode(200)
                .extract().path("oneTimePassword");

        given().redirects().follow(false).formParam("username", "officer.cchc.5").formParam("password", password)
                .post("/login")
                .then().statusCode(303).header("Location", endsWith("/password?username=officer.cchc.5&required=true"));
        given().queryParam("username", "officer.cchc.5").queryParam("required", "true").get("/password")
                .then().statusCode(200)
                .body(containsString("Bạn đang dùng mật khẩu một lần do quản trị viên cấp."))
                .body(containsString("value=\"officer.cchc.5\""))
                .body(containsString("<label for=\"newPassword\">Mật khẩu mới</label>"))
                .body(containsString("Ít nhất 10 ký tự"));

        given().redirects().follow(false).formParam("username", "officer.cchc.5").formParam("currentPassword", password)
                .formParam("newPassword", "cau-long-bien-2026").formParam("confirmPassword", "cau-long-bien-2026")
                .post("/password")
                .then().statusCode(303).header("Location", endsWith("/login?notice=password-changed"));
        given().get("/login?notice=password-changed").then().statusCode(200)
                .body(containsString("Đã đổi mật khẩu. Vui lòng đăng nhập bằng mật khẩu mới."));
        given().redirects().follow(false).formParam("username", "officer.cchc.5")
                .formParam("password", "cau-long-bien-2026").post("/login")
                .then().statusCode(303).header("Location", endsWith("/"));
    }

    @Test
    void mistakesAreShownOnThePage() {
        given().formParam("username", "officer.cchc.6").formParam("currentPassword", "demo")
                .formParam("newPassword", "con-co-bay-la").formParam("confirmPassword", "con-co-bay-cao")
                .post("/password")
                .then().statusCode(400).body(containsString("Mật khẩu nhập lại không khớp với mật khẩu mới."));
        given().formParam("username", "officer.cchc.6").formParam("currentPassword", "demo")
                .formParam("newPassword", "ngan").formParam("confirmPassword", "ngan").post("/password")
                .then().statusCode(400).body(containsString("role=\"alert\""))
                .body(containsString("Mật khẩu mới phải có ít nhất 10 ký tự."));
        given().formParam("username", "officer.cchc.6").formParam("currentPassword", "sai")
                .formParam("newPassword", "con-co-bay-la").formParam("confirmPassword", "con-co-bay-la")
                .post("/password")
                .then().statusCode(401).body(containsString("Tên đăng nhập hoặc mật khẩu không đúng."));
    }

    @Test
    void aSignedInPersonFindsTheirNameFilledIn() {
        String cookie = PageSessions.session("head.vp");
        given().cookie("snv_token", cookie).get("/password").then().statusCode(200)
                .body(containsString("value=\"head.vp\""));
    }
}
