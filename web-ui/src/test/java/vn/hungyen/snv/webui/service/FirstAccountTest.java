package vn.hungyen.snv.webui.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.webui.repository.Account;

/** Starting with no demo data and no account: one system administrator, with a one-time password in the log. */
@QuarkusTest
@TestProfile(FirstAccountTest.NoDemoData.class)
class FirstAccountTest {

    /** The production start: no demo accounts, no configured password. */
    public static class NoDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("app.demo-data", "false");
        }
    }

    private static final Pattern PASSWORD = Pattern.compile("ONE-TIME password: (\\S+)");

    @Inject
    AuthService auth;

    @Test
    void anEmptyStartCreatesOnlyTheSystemAdministratorWhoMustChangeTheLoggedPassword() {
        List<Account> accounts = QuarkusTransaction.requiringNew().call(() -> Account.<Account>listAll());
        assertThat(accounts).singleElement().satisfies(account -> {
            assertThat(account.username).isEqualTo("sysadmin");
            assertThat(account.roles).isEqualTo("sysadmin");
            assertThat(account.organisationCode).isNull();
            assertThat(account.mustChangePassword).isTrue();
            assertThat(account.passwordHash).startsWith("$2");
        });

        // the same start again, on an empty table, with the log read
        QuarkusTransaction.requiringNew().run(() -> Account.deleteAll());
        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(String.valueOf(record.getMessage()) + " " + List.of(
                            record.getParameters() == null ? new Object[0] : record.getParameters()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(AuthService.class.getName());
        logger.addHandler(handler);
        try {
            auth.loadFirstAccounts(null);
        } finally {
            logger.removeHandler(handler);
        }
        String logged = String.join("\n", warnings);
        Matcher password = PASSWORD.matcher(logged);
        assertThat(password.find()).as("the warning names the one-time password: %s", logged).isTrue();
        assertThat(password.group(1)).hasSizeGreaterThanOrEqualTo(12);

        given().contentType(ContentType.JSON).body(Map.of("username", "sysadmin", "password", password.group(1)))
                .when().post("/api/auth/token").then().statusCode(403).body("code", is("password-change-required"));
        given().contentType(ContentType.JSON).body(Map.of("username", "sysadmin", "currentPassword",
                password.group(1), "newPassword", "quan-tri-he-thong-2026"))
                .when().post("/api/auth/password").then().statusCode(204);
        given().contentType(ContentType.JSON).body(Map.of("username", "sysadmin", "password", "quan-tri-he-thong-2026"))
                .when().post("/api/auth/token").then().statusCode(200);
    }
}
