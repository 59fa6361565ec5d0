package vn.hungyen.snv.common.security;

import java.util.Set;

/**
 * Who is calling, as the verified token says, and what part of their organisation they may see
 * (docs/contract.md, "Visibility"). Everything a caller sees first {@linkplain #belongsTo belongs to} their
 * organisation; unit codes and officer ids are unique across organisations, so the unit rules below apply
 * within it.
 */
public record Caller(String username, Set<String> roles, String organisationCode, String unitCode, Long officerId,
        Set<String> supervisedUnits) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /**
     * Whether a resource of the given organisation is the caller's at all. Another organisation's resource is
     * answered as if it did not exist; the system administrator belongs to none.
     */
    public boolean belongsTo(String organisationCode) {
        return this.organisationCode != null && this.organisationCode.equals(organisationCode);
    }

    /**
     * Director and admin see the whole of their organisation, and so does a service identity in the few reads that
     * accept it.
     */
    public boolean seesEverything() {
        return hasRole(Roles.ADMIN) || hasRole(Roles.DIRECTOR) || hasRole(Roles.SERVICE);
    }

    /** Whether this caller may see the data of the whole given unit. */
    public boolean seesUnit(String code) {
        if (seesEverything()) {
            return true;
        }
        if (code == null) {
            return false;
        }
        if (hasRole(Roles.DEPUTY_DIRECTOR) && supervisedUnits.contains(code)) {
            return true;
        }
        return hasRole(Roles.HEAD) && code.equals(unitCode);
    }

    /**
     * Whether this caller may assign work to the unit ({@code POST /api/tasks}): the Director and administrators to
     * any unit, a deputy director to the units they supervise, a head or deputy head to their own unit, an officer
     * to none — the units they see whole. task-service refuses by it and web-ui offers by it.
     */
    public boolean mayAssignTo(String unitCode) {
        return seesUnit(unitCode);
    }

    /** Whether this caller may see data that belongs to one officer of a unit. */
    public boolean seesOfficer(Long officerId, String officerUnit) {
        return seesUnit(officerUnit) || (officerId != null && officerId.equals(this.officerId));
    }
}
