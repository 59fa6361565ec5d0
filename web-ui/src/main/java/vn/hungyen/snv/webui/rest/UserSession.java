package vn.hungyen.snv.webui.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.hungyen.snv.common.security.Claims;
import vn.hungyen.snv.common.security.CurrentCaller;
import vn.hungyen.snv.common.security.RevocationFeed;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.webui.domain.RoleTitles;
import vn.hungyen.snv.webui.repository.Account;
import vn.hungyen.snv.webui.service.OrganisationNames;

/** The signed-in person as the pages show them ({@code inject:session} in templates). */
@Named("session")
@RequestScoped
public class UserSession {

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final CurrentCaller caller;
    private final OrganisationNames organisations;
    private final RevocationFeed revocations;

    UserSession(SecurityIdentity identity, JsonWebToken token, CurrentCaller caller,
            OrganisationNames organisations, RevocationFeed revocations) {
        this.revocations = revocations;
        this.identity = identity;
        this.token = token;
        this.caller = caller;
        this.organisations = organisations;
    }

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    /**
     * Whether the session has ended since its token was issued: signed out elsewhere, its account revoked, disabled
     * or removed. Its page session stops working.
     */
    public boolean isRevoked() {
        return isSignedIn() && (revocations.isRevoked(token)
                || Account.<Account>findByIdOptional(getUsername()).filter(a -> a.enabled).isEmpty());
    }

    public String getFullName() {
        String name = token.getClaim("name");
        return name == null ? token.getName() : name;
    }

    public String getUsername() {
        return token.getName();
    }

    /**
     * The name of the signed-in person's organisation, for the header; null when not signed in or for the system
     * administrator, who belongs to none.
     */
    public String getOrganisationName() {
        String code = isSignedIn() ? token.getClaim(Claims.ORGANISATION) : null;
        return code == null ? null : organisations.of(code);
    }

    public String getUnitCode() {
        return token.getClaim(Claims.UNIT);
    }

    public Long getOfficerId() {
        Object id = token.getClaim(Claims.OFFICER_ID);
        return id == null ? null : Long.valueOf(id.toString());
    }

    public boolean isOfficer() {
        return getOfficerId() != null;
    }

    /** Heads, deputy directors and the Director assign and review work. */
    public boolean isLeader() {
        return identity.hasRole(Roles.HEAD) || identity.hasRole(Roles.DEPUTY_DIRECTOR)
                || identity.hasRole(Roles.DIRECTOR) || identity.hasRole(Roles.ADMIN);
    }

    /** An organisation's administrator manages its officers and accounts. */
    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    /** Heads review their officers' months, deputy directors the heads'. */
    public boolean isReviewer() {
        return identity.hasRole(Roles.HEAD) || identity.hasRole(Roles.DEPUTY_DIRECTOR);
    }

    /** The Director publishes the month. */
    public boolean isDirector() {
        return identity.hasRole(Roles.DIRECTOR);
    }

    /** Whether the person may assign work to the unit, by the rule task-service refuses by. */
    public boolean mayAssignTo(String unitCode) {
        return caller.get().mayAssignTo(unitCode);
    }

    public boolean isAssigneeOf(Long assigneeId) {
        return assigneeId != null && assigneeId.equals(getOfficerId());
    }

    /** The title of the person's role, as their organisation calls it. */
    public String getRoleLabel() {
        return identity.getRoles().stream().map(this::roleTitle).findFirst().orElse("");
    }

    /** The title of a role in the signed-in person's organisation. */
    public String roleTitle(String role) {
        String code = isSignedIn() ? token.getClaim(Claims.ORGANISATION) : null;
        return RoleTitles.of(role, code == null ? null : organisations.kindOf(code));
    }
}
