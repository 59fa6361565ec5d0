package vn.hungyen.snv.webui.service;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.common.rules.RuleViolationException;
import vn.hungyen.snv.common.rules.Violation;
import vn.hungyen.snv.common.security.Caller;
import vn.hungyen.snv.common.security.CurrentCaller;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.webui.client.PlanGateway;
import vn.hungyen.snv.webui.client.ServiceMessage;
import vn.hungyen.snv.webui.domain.AccountRules;
import vn.hungyen.snv.webui.repository.Account;

/**
 * The accounts an organisation's administrator manages: those of their organisation, each for one of its officers
 * (read from plan-service with the administrator's token). The system administrator manages the organisations'
 * administrators. Another's account is answered as if it did not exist.
 */
@ApplicationScoped
public class AccountService {

    /** A new account or password, with the one-time password to hand over; it is shown only this once. */
    public record WithPassword(Account account, String oneTimePassword) {
    }

    private static final Logger LOG = Logger.getLogger(AccountService.class);

    private final CurrentCaller currentCaller;
    private final PlanGateway plans;
    private final AuthService auth;

    AccountService(CurrentCaller currentCaller, PlanGateway plans, AuthService auth) {
        this.currentCaller = currentCaller;
        this.plans = plans;
        this.auth = auth;
    }

    /** The accounts the caller manages, by user name. */
    public List<Account> list() {
        Caller caller = currentCaller.get();
        if (caller.hasRole(Roles.SYSTEM_ADMIN)) {
            return Account.<Account>listAll(Sort.by("username")).stream().filter(a -> a.roleList().contains(Roles.ADMIN))
                    .toList();
        }
        return Account.ofOrganisation(caller.organisationCode());
    }

    /**
     * Creates an account with a one-time password: an administrator for an officer of their organisation, the
     * system administrator for an organisation's first administrator (no officer).
     */
    @Transactional
    public WithPassword create(String username, Long officerId, String organisationCode, List<String> roles) {
        Caller caller = currentCaller.get();
        refuse(AccountRules.usernameProblem(username), "username", "invalid-username");
        Account account = new Account();
        account.username = username;
        if (caller.hasRole(Roles.SYSTEM_ADMIN)) {
            refuse(AccountRules.systemAdministratorGrantProblem(roles), "roles", "invalid-roles");
            if (officerId != null) {
                refuse(Optional.of("Quản trị viên hệ thống chỉ tạo tài khoản quản trị, không gắn với cán bộ nào."),
                        "officerId", "officer-not-allowed");
            }
            PlanGateway.Organisation organisation = organisation(organisationCode);
            account.organisationCode = organisation.code();
            account.fullName = "Quản trị " + organisation.name();
        } else {
            refuse(AccountRules.rolesProblem(roles), "roles", "invalid-roles");
            if (organisationCode != null && !caller.belongsTo(organisationCode)) {
                refuse(Optional.of("Bạn chỉ tạo được tài khoản trong tổ chức của mình."), "organisationCode",
                        "other-organisation");
            }
            if (officerId == null) {
                refuse(Optional.of("Cần chọn cán bộ được cấp tài khoản."), "officerId", "officer-required");
            }
            PlanGateway.Officer officer = officerOfCaller(officerId, caller);
            Account.<Account>find("officerId", officerId).firstResultOptional().ifPresent(existing -> {
                throw ProblemException.conflict("officer-has-account", "Cán bộ " + officer.fullName()
                        + " đã có tài khoản " + existing.username + ".");
            });
            account.organisationCode = caller.organisationCode();
            account.officerId = officerId;
            account.fullName = officer.fullName();
            account.unitCode = officer.unitCode();
        }
        if (Account.findById(username) != null) {
            throw ProblemException.conflict("username-taken", "Tên đăng nhập " + username + " đã được dùng.");
        }
        account.roles = String.join(",", roles.stream().distinct().toList());
        account.supervisedUnits = supervisedUnits(account);
        account.enabled = true;
        account.createdBy = caller.username();
        String password = setOneTimePassword(account);
        account.persist();
        return new WithPassword(account, password);
    }

    /**
     * Enables or disables an account, or changes its roles. An administrator's change also brings the stored unit
     * and supervised units up to date with plan-service, which the next token carries. When the account is disabled
     * or what its tokens say changes, its tokens issued until now are revoked.
     */
    @Transactional
    public Account update(String username, Boolean enabled, List<String> roles) {
        Caller caller = currentCaller.get();
        Account account = managed(username, caller);
        if (roles != null) {
            refuse(caller.hasRole(Roles.SYSTEM_ADMIN) ? AccountRules.systemAdministratorGrantProblem(roles)
                    : AccountRules.rolesProblem(roles), "roles", "invalid-roles");
        }
        if (Boolean.FALSE.equals(enabled) && account.username.equals(caller.username())) {
            throw ProblemException.conflict("own-account", "Bạn không thể tự khóa tài khoản của mình.");
        }
        List<String> claimsBefore = tokenClaims(account);
        if (roles != null) {
            account.roles = String.join(",", roles.stream().distinct().toList());
        }
        if (!caller.hasRole(Roles.SYSTEM_ADMIN)) {
            refreshFromPlanService(account);
        }
        if (enabled != null && enabled != account.enabled) {
            account.enabled = enabled;
            account.disabledAt = enabled ? null : Instant.now();
        }
        if (!account.enabled || !tokenClaims(account).equals(claimsBefore)) {
            auth.revokeTokensOf(account.username);
        }
        return account;
    }

    /**
     * Replaces an account's password by a new one-time password, which must be changed before signing in; the
     * account's tokens are revoked.
     */
    @Transactional
    public WithPassword resetPassword(String username) {
        Account account = managed(username, currentCaller.get());
        WithPassword reset = new WithPassword(account, setOneTimePassword(account));
        auth.revokeTokensOf(account.username);
        return reset;
    }

    /** What an account's tokens say about it beyond its name. */
    private static List<String> tokenClaims(Account account) {
        return List.of(String.valueOf(account.roles), String.valueOf(account.unitCode),
                String.valueOf(account.supervisedUnits), String.valueOf(account.organisationCode));
    }

    private static String setOneTimePassword(Account account) {
        String password = Passwords.oneTime();
        account.passwordHash = BcryptUtil.bcryptHash(password);
        account.mustChangePassword = true;
        account.passwordChangedAt = Instant.now();
        return password;
    }

    /** An account the caller manages, else a 404 as if there were none. */
    private static Account managed(String username, Caller caller) {
        return Account.<Account>findByIdOptional(username)
                .filter(a -> caller.hasRole(Roles.SYSTEM_ADMIN) ? a.roleList().contains(Roles.ADMIN)
                        : caller.belongsTo(a.organisationCode))
                .orElseThrow(() -> ProblemException.notFound("tài khoản " + username));
    }

    /** The officer as plan-service shows them to the caller; one of another organisation is refused. */
    private PlanGateway.Officer officerOfCaller(long officerId, Caller caller) {
        Optional<PlanGateway.Officer> officer = orNoneIfNotFound(() -> plans.officer(officerId))
                .filter(o -> o.organisationCode() == null || caller.belongsTo(o.organisationCode()));
        refuse(officer.isPresent() ? Optional.empty() : Optional.of("Cán bộ không thuộc tổ chức của bạn."),
                "officerId", "officer-not-in-organisation");
        return officer.get();
    }

    private PlanGateway.Organisation organisation(String code) {
        Optional<PlanGateway.Organisation> organisation = code == null || code.isBlank() ? Optional.empty()
                : orNoneIfNotFound(() -> plans.organisation(code));
        refuse(organisation.isPresent() ? Optional.empty() : Optional.of("Không có tổ chức mã "
                + (code == null ? "" : code) + "."), "organisationCode", "no-such-organisation");
        return organisation.get();
    }

    /** What plan-service answers, or nothing when it answers 404; it being down stays a failure. */
    private static <T> Optional<T> orNoneIfNotFound(Supplier<T> request) {
        try {
            return Optional.of(request.get());
        } catch (ServiceMessage e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Brings the stored unit and supervised units, which the next token carries, up to date with plan-service when
     * it shows the officer; else (the officer has left, or plan-service is down) keeps them, so that an account can
     * always be disabled.
     */
    private void refreshFromPlanService(Account account) {
        try {
            if (account.officerId != null) {
                account.unitCode = plans.officer(account.officerId).unitCode();
            }
            account.supervisedUnits = supervisedUnits(account);
        } catch (ServiceMessage e) {
            LOG.infof("Kept the stored unit of account %s: %s", account.username, e.getMessage());
        }
    }

    /** For a deputy director, the units plan-service says they supervise; else none. */
    private String supervisedUnits(Account account) {
        if (!account.roleList().contains(Roles.DEPUTY_DIRECTOR)) {
            return null;
        }
        return String.join(",", plans.units().stream()
                .filter(unit -> account.username.equals(unit.supervisorUsername())).map(PlanGateway.Unit::code)
                .toList());
    }

    private static void refuse(Optional<String> problem, String field, String code) {
        RuleViolationException.throwIfAny(problem.map(message -> new Violation(field, code, Violation.Kind.INPUT,
                message)));
    }
}
