package vn.hungyen.snv.webui.service;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.hungyen.snv.common.organisation.DemoOrganisation;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.common.security.Claims;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.webui.config.AuthConfig;
import vn.hungyen.snv.webui.repository.Account;
import vn.hungyen.snv.webui.repository.LoginThrottleRepository;

/** Checks passwords, limits failed attempts and issues access tokens. */
@ApplicationScoped
public class AuthService {

    private static final Logger LOG = Logger.getLogger(AuthService.class);
    /** Compared against when the user name is unknown, so that both cases take the same time. */
    private static final String NO_SUCH_USER_HASH = BcryptUtil.bcryptHash("no such user");

    /** An issued token. */
    public record IssuedToken(String accessToken, long expiresIn, Account account) {
    }

    private final LoginThrottleRepository throttle;
    private final AuthConfig config;
    private final boolean demoData;

    AuthService(LoginThrottleRepository throttle, AuthConfig config,
            @ConfigProperty(name = "app.demo-data") boolean demoData) {
        this.throttle = throttle;
        this.config = config;
        this.demoData = demoData;
    }

    /**
     * Issues a token for a correct user name and password. A wrong one is a 401 that does not
     * say which part was wrong; too many failures are a 429 until the window ends.
     */
    @Transactional(dontRollbackOn = ProblemException.class)
    public IssuedToken login(String username, String password, String address) {
        Instant now = Instant.now();
        String userKey = "user:" + username.toLowerCase();
        String addressKey = "address:" + address;
        refuseIfBlocked(userKey, config.maxFailuresPerUser(), now);
        refuseIfBlocked(addressKey, config.maxFailuresPerAddress(), now);
        Optional<Account> account = Account.<Account>findByIdOptional(username).filter(a -> a.enabled);
        boolean matches = BcryptUtil.matches(password, account.map(a -> a.passwordHash).orElse(NO_SUCH_USER_HASH));
        if (account.isEmpty() || !matches) {
            throttle.recordFailure(userKey, now, config.failureWindow());
            throttle.recordFailure(addressKey, now, config.failureWindow());
            throw new ProblemException(401, "bad-credentials", "Đăng nhập không thành công",
                    "Tên đăng nhập hoặc mật khẩu không đúng.");
        }
        throttle.clear(userKey);
        return new IssuedToken(sign(account.get()), config.tokenLifetime().toSeconds(), account.get());
    }

    private void refuseIfBlocked(String key, int limit, Instant now) {
        throttle.blockedUntil(key, limit, now, config.failureWindow()).ifPresent(until -> {
            long minutes = Math.max(1, Duration.between(now, until).toMinutes() + 1);
            throw new TooManyAttemptsException(Duration.between(now, until).toSeconds() + 1,
                    "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau " + minutes + " phút.");
        });
    }

    private String sign(Account account) {
        JwtClaimsBuilder claims = Jwt.upn(account.username)
                .groups(new HashSet<>(account.roleList()))
                .claim("name", account.fullName)
                .expiresIn(config.tokenLifetime());
        if (account.unitCode != null) {
            claims.claim(Claims.UNIT, account.unitCode);
        }
        if (account.officerId != null) {
            claims.claim(Claims.OFFICER_ID, account.officerId);
        }
        if (!account.supervisedUnitList().isEmpty()) {
            claims.claim(Claims.SUPERVISED_UNITS, account.supervisedUnitList());
        }
        return claims.sign();
    }

    /** Creates the demo accounts (password {@code demo}) in an empty database, demo profiles only. */
    @Transactional
    void loadDemoAccounts(@Observes StartupEvent start) {
        if (!demoData || Account.count() > 0) {
            return;
        }
        String hash = BcryptUtil.bcryptHash("demo");
        DemoOrganisation organisation = DemoOrganisation.load();
        Account admin = new Account();
        admin.username = "admin";
        admin.passwordHash = hash;
        admin.fullName = "Quản trị hệ thống";
        admin.roles = Roles.ADMIN;
        admin.enabled = true;
        admin.persist();
        for (DemoOrganisation.Officer officer : organisation.officers()) {
            Account account = new Account();
            account.username = officer.username();
            account.passwordHash = hash;
            account.fullName = officer.fullName();
            account.roles = officer.role();
            account.unitCode = officer.unitCode();
            account.officerId = officer.id();
            account.supervisedUnits = String.join(",", organisation.unitsSupervisedBy(officer.username()));
            account.enabled = true;
            account.persist();
        }
        LOG.infof("Created %d demo accounts (password: demo)", organisation.officers().size() + 1);
    }

    /** Too many failed logins: answered 429 with Retry-After. */
    public static class TooManyAttemptsException extends ProblemException {
        private final long retryAfterSeconds;

        TooManyAttemptsException(long retryAfterSeconds, String detail) {
            super(429, "too-many-attempts", "Tạm khóa đăng nhập", detail);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
