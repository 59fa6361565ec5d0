package vn.hungyen.snv.webui.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.transaction.Transactional;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.webui.repository.Account;

@QuarkusTest
class TokenResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theRightPasswordGivesATokenWithTheAccountsClaims() throws Exception {
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("username", "officer.cchc.1", "password", "demo"))
                .when().post("/api/auth/token")
                .then().statusCode(200)
                .body("token_type", is("Bearer"))
                .body("expires_in", is(28800))
                .body("access_token", notNullValue())
                .extract().path("access_token");

        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(claims.get("upn").asText()).isEqualTo("officer.cchc.1");
        assertThat(claims.get("groups")).extracting(JsonNode::asText).containsExactly("officer");
        assertThat(claims.get("unit").asText()).isEqualTo("CCHC");
        assertThat(claims.get("officerId").isNumber()).isTrue();
        assertThat(claims.get("iss").asText()).isEqualTo("urn:snv-hungyen:web-ui");
        assertThat(claims.get("organisation").asText()).isEqualTo("SNV");
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[0]));
        assertThat(header.get("alg").asText()).isEqualTo("RS256");
    }

    @Test
    void aDeputyDirectorsTokenNamesTheUnitsTheySupervise() throws Exception {
        String token = given().contentType(ContentType.JSON).body(Map.of("username", "deputy1", "password", "demo"))
                .when().post("/api/auth/token").then().statusCode(200).extract().path("access_token");
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(claims.get("groups")).extracting(JsonNode::asText).containsExactly("deputy_director");
        assertThat(claims.get("supervisedUnits")).extracting(JsonNode::asText).contains("CCHC", "VP");
    }

    @Test
    void everyOrganisationsAccountsSignInWithTheirOrganisationAndTheSystemAdministratorWithNone() throws Exception {
        JsonNode myHao = claims("officer.vp.myhao.1");
        assertThat(myHao.get("organisation").asText()).isEqualTo("MYHAO");
        assertThat(myHao.get("unit").asText()).isEqualTo("MH-VP");
        assertThat(claims("admin.myhao").get("organisation").asText()).isEqualTo("MYHAO");
        assertThat(claims("admin").get("organisation").asText()).isEqualTo("SNV");
        JsonNode sysadmin = claims("sysadmin");
        assertThat(sysadmin.get("groups")).extracting(JsonNode::asText).containsExactly("sysadmin");
        assertThat(sysadmin.has("organisation")).isFalse();
        assertThat(sysadmin.has("officerId")).isFalse();
    }

    private static JsonNode claims(String username) throws Exception {
        String token = given().contentType(ContentType.JSON).body(Map.of("username", username, "password", "demo"))
                .when().post("/api/auth/token").then().statusCode(200).extract().path("access_token");
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        String wrongPassword = given().contentType(ContentType.JSON)
                .body(Map.of("username", "head.vp", "password", "not-demo"))
                .when().post("/api/auth/token")
                .then().statusCode(401).contentType("application/problem+json").extract().asString();
        String unknownUser = given().contentType(ContentType.JSON)
                .body(Map.of("username", "nobody.here", "password", "demo"))
                .when().post("/api/auth/token")
                .then().statusCode(401).extract().asString();
        assertThat(unknownUser).isEqualTo(wrongPassword).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    @Test
    void missingCredentialsAreABadRequestThatSaysWhatIsMissing() {
        given().contentType(ContentType.JSON).body(Map.of("username", "head.vp"))
                .when().post("/api/auth/token")
                .then().statusCode(400).body("violations[0].field", is("password"))
                .body("violations[0].message", is("cần mật khẩu"));
    }

    @Test
    void repeatedFailuresFromOneAddressMakeTheAccountWaitThereEvenForTheRightPassword() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            given().contentType(ContentType.JSON).body(Map.of("username", "officer.tdkt.1", "password", "guess" + attempt))
                    .when().post("/api/auth/token").then().statusCode(401);
        }
        given().contentType(ContentType.JSON).body(Map.of("username", "officer.tdkt.1", "password", "demo"))
                .when().post("/api/auth/token")
                .then().statusCode(429)
                .header("Retry-After", notNullValue())
                .body("code", is("too-many-attempts"));
        given().contentType(ContentType.JSON).body(Map.of("username", "officer.tdkt.2", "password", "demo"))
                .when().post("/api/auth/token").then().statusCode(200);
    }

    @Test
    @Transactional
    void passwordsAreStoredOnlyAsBcryptHashes() {
        Account account = Account.findById("head.cchc");
        assertThat(account.passwordHash).startsWith("$2").doesNotContain("demo");
        assertThat(BcryptUtil.matches("demo", account.passwordHash)).isTrue();
    }
}
