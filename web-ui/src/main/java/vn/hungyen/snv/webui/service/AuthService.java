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
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import vn.hungyen.snv.common.organisation.DemoOrganisation;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.common.rules.RuleViolationException;
import vn.hungyen.snv.common.rules.Violation;
import vn.hungyen.snv.common.security.Claims;
import vn.hungyen.snv.common.security.Revocation;
import vn.hungyen.snv.common.security.RevocationFeed;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.webui.config.AuthConfig;
import vn.hungyen.snv.webui.domain.AccountRules;
import vn.hungyen.snv.webui.domain.SignInThrottle;
import vn.hungyen.snv.webui.repository.Account;
import vn.hungyen.snv.webui.repository.LoginThrottleRepository;

/** Checks passwords, limits failed attempts, changes passwords and issues access tokens. */
@ApplicationScoped
public class AuthService {

    /** The problem code of a correct one-time password: it must be changed before signing in. */
    public static final String PASSWORD_CHANGE_REQUIRED = "password-change-required";
    /** The system administrator created in an empty database. */
    static final String SYSTEM_ADMINISTRATOR = "sysadmin";

    private static final Logger LOG = Logger.getLogger(AuthService.class);
    /** Compared against when the user name is unknown, so that both cases take the same time. */
    private static final String NO_SUCH_USER_HASH = BcryptUtil.bcryptHash("no such user");

    /** An issued token. */
    public record IssuedToken(String accessToken, long expiresIn, Account account) {
    }

    private final LoginThrottleRepository throttle;
    private final RevocationFeed revocations;
    private final AuthConfig config;
    private final boolean demoData;
    private final Optional<String> bootstrapPassword;

    AuthService(LoginThrottleRepository throttle, RevocationFeed revocations, AuthConfig config,
            @ConfigProperty(name = "app.demo-data") boolean demoData,
            @ConfigProperty(name = "app.bootstrap.sysadmin-password") Optional<String> bootstrapPassword) {
        this.throttle = throttle;
        this.revocations = revocations;
        this.config = config;
        this.demoData = demoData;
        this.bootstrapPassword = bootstrapPassword;
    }

    /**
     * Issues a token for a correct user name and password. A wrong one is a 401 that does not
     * say which part was wrong; too many failures are a 429 with the time to wait; a correct one-time
     * password is a 403 {@value #PASSWORD_CHANGE_REQUIRED}: it must be changed first.
     */
    @Transactional(dontRollbackOn = ProblemException.class)
    public IssuedToken login(String username, String password, String address) {
        Account account = verified(username, password, address);
        if (account.mustChangePassword) {
            throw ProblemException.forbidden(PASSWORD_CHANGE_REQUIRED, "Mật khẩu này chỉ dùng một lần. Vui lòng đổi "
                    + "mật khẩu trước, rồi đăng nhập bằng mật khẩu mới.");
        }
        return new IssuedToken(sign(account), config.tokenLifetime().toSeconds(), account);
    }

    /**
     * Replaces a password, checking the current one exactly as signing in does (and counting its failures alike).
     * The new one must follow {@link AccountRules#newPasswordProblem}; a one-time password stops being one.
     */
    @Transactional(dontRollbackOn = ProblemException.class)
    public void changePassword(String username, String currentPassword, String newPassword, String address) {
        Account account = verified(username, currentPassword, address);
        RuleViolationException.throwIfAny(AccountRules.newPasswordProblem(account.username, currentPassword,
                newPassword, config.minPasswordLength())
                .map(message -> new Violation("newPassword", "weak-password", Violation.Kind.INPUT, message)));
        account.passwordHash = BcryptUtil.bcryptHash(newPassword);
        account.mustChangePassword = false;
        account.passwordChangedAt = Instant.now();
        revokeTokensOf(account.username);
    }

    /** Ends one token (signing out): every service refuses it from now on. */
    public void revoke(JsonWebToken token) {
        revocations.publish(Revocation.ofToken(token.getTokenID(), Instant.ofEpochSecond(token.getExpirationTime())));
    }

    /**
     * Ends every token of the account issued until now (disabled, password changed or reset, roles or unit changed):
     * every service refuses them from now on, and the next sign-in gets a token with the account as it is.
     */
    public void revokeTokensOf(String username) {
        revocations.publish(Revocation.ofAccount(username, Instant.now(), config.tokenLifetime()));
        LOG.infof("Revoked the tokens of %s issued until now", username);
    }

    /**
     * The enabled account whose password this is, or a 401 (429 while the account must wait at this address, or
     * the address at all; see {@link SignInThrottle}) that does not say what was wrong.
     */
    private Account verified(String username, String password, String address) {
        Instant now = Instant.now();
        SignInThrottle rules = config.throttle();
        // a name no account can have is looked up by no query (it may hold characters the database refuses)
        boolean possible = AccountRules.usernameProblem(username).isEmpty();
        String accountKey = "account:" + (possible ? username : "(invalid)") + "@" + address;
        String addressKey = "address:" + address;
        throttle.find(accountKey).flatMap(t -> rules.accountBlockedUntil(t.failures, t.lastFailure, now))
                .or(() -> throttle.find(addressKey).flatMap(t -> rules.addressBlockedUntil(t.failures,
                        t.windowStart, now)))
                .ifPresent(until -> {
                    throw new TooManyAttemptsException(Duration.between(now, until).toSeconds() + 1,
                            SignInThrottle.waitMessage(now, until));
                });
        Optional<Account> account = possible
                ? Account.<Account>findByIdOptional(username).filter(a -> a.enabled) : Optional.empty();
        boolean matches = BcryptUtil.matches(password, account.map(a -> a.passwordHash).orElse(NO_SUCH_USER_HASH));
        if (account.isEmpty() || !matches) {
            throttle.recordFailureSinceLast(accountKey, now, now.minus(rules.memory()));
            throttle.recordFailureSinceFirst(addressKey, now, now.minus(rules.window()));
            LOG.infof("Failed password check for '%s' from %s", possible ? username : "(invalid name)", address);
            throw new ProblemException(401, "bad-credentials", "Đăng nhập không thành công",
                    "Tên đăng nhập hoặc mật khẩu không đúng.");
        }
        throttle.clear(accountKey);
        return account.get();
    }

    private String sign(Account account) {
        waitPastRevocationOf(account.username);
        JwtClaimsBuilder claims = Jwt.upn(account.username)
                .groups(new HashSet<>(account.roleList()))
                .claim("name", account.fullName)
                .expiresIn(config.tokenLifetime());
        if (account.organisationCode != null) {
            claims.claim(Claims.ORGANISATION, account.organisationCode);
        }
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

    /**
     * A token's issue time has whole seconds: one issued in the second its account's tokens were revoked would be
     * void at once, so the first sign-in after a revocation waits for the next second.
     */
    private void waitPastRevocationOf(String username) {
        while (revocations.isAccountRevokedAt(username, Instant.now().truncatedTo(ChronoUnit.SECONDS))) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * In an empty database: the demo accounts (password {@code demo}) in the demo profiles, else one system
     * administrator, whose password is {@code app.bootstrap.sysadmin-password} or a random one-time password
     * written once to the log.
     */
    @Transactional
    void loadFirstAccounts(@Observes StartupEvent start) {
        if (Account.count() > 0) {
            return;
        }
        if (demoData) {
            loadDemoAccounts();
        } else {
            createSystemAdministrator();
        }
    }

    private void loadDemoAccounts() {
        String hash = BcryptUtil.bcryptHash("demo");
        DemoOrganisation demo = DemoOrganisation.load();
        persist(SYSTEM_ADMINISTRATOR, hash, "Quản trị viên hệ thống", Roles.SYSTEM_ADMIN, null);
        persist("admin", hash, "Quản trị Sở Nội vụ", Roles.ADMIN, DemoOrganisation.DEPARTMENT);
        persist("admin.myhao", hash, "Quản trị UBND thị xã Mỹ Hào", Roles.ADMIN, DemoOrganisation.MY_HAO);
        for (DemoOrganisation.Officer officer : demo.officers()) {
            Account account = persist(officer.username(), hash, officer.fullName(), officer.role(),
                    officer.organisationCode());
            account.unitCode = officer.unitCode();
            account.officerId = officer.id();
            account.supervisedUnits = String.join(",", demo.unitsSupervisedBy(officer.username()));
        }
        LOG.infof("Created %d demo accounts (password: demo)", demo.officers().size() + 3);
    }

    private void createSystemAdministrator() {
        Optional<String> configured = bootstrapPassword.filter(p -> !p.isBlank());
        String password = configured.orElseGet(Passwords::oneTime);
        Account account = persist(SYSTEM_ADMINISTRATOR, BcryptUtil.bcryptHash(password), "Quản trị viên hệ thống",
                Roles.SYSTEM_ADMIN, null);
        if (configured.isEmpty()) {
            account.mustChangePassword = true;
            LOG.warnf("""
                    No account existed: created the system administrator '%s' with the ONE-TIME password: %s
                    This password is shown only now. Change it before signing in (page /password or \
                    POST /api/auth/password); set app.bootstrap.sysadmin-password to choose it instead.""",
                    SYSTEM_ADMINISTRATOR, password);
        } else {
            LOG.infof("No account existed: created the system administrator '%s' with the password of "
                    + "app.bootstrap.sysadmin-password", SYSTEM_ADMINISTRATOR);
        }
    }

    private static Account persist(String username, String hash, String fullName, String roles,
            String organisationCode) {
        Account account = new Account();
        account.username = username;
        account.passwordHash = hash;
        account.fullName = fullName;
        account.roles = roles;
        account.organisationCode = organisationCode;
        account.enabled = true;
        account.persist();
        return account;
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
