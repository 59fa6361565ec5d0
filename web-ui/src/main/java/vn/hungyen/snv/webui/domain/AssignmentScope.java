package vn.hungyen.snv.webui.domain;

import java.util.Set;

/**
 * Which units a person may assign work to (giao việc), as task-service decides for {@code POST /api/tasks}: the
 * Director and administrators any unit, a deputy director the units they supervise, a head or deputy head their
 * own unit, an officer none. A catalogue item is assigned to its lead unit.
 *
 * @param wholeDepartment whether the person is the Director or an administrator
 * @param supervisedUnits for a deputy director, the codes of the units they supervise; empty otherwise
 * @param ownUnit         for a head or deputy head, their unit's code; null otherwise
 */
public record AssignmentScope(boolean wholeDepartment, Set<String> supervisedUnits, String ownUnit) {

    public AssignmentScope {
        supervisedUnits = Set.copyOf(supervisedUnits);
    }

    /** Whether the person may assign a catalogue item led by {@code leadUnit}. */
    public boolean mayAssign(String leadUnit) {
        return leadUnit != null && (wholeDepartment || supervisedUnits.contains(leadUnit) || leadUnit.equals(ownUnit));
    }
}
