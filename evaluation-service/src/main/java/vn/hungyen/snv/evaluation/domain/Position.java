package vn.hungyen.snv.evaluation.domain;

/**
 * An officer's position (scoring-hy540 §1), ordered from the bottom of the hierarchy up: a leader's
 * subordinates always hold a lower position. Leaders are scored on six criteria instead of three (§3, §6).
 */
public enum Position {
    STAFF,
    DEPUTY_HEAD,
    HEAD,
    DEPUTY_DIRECTOR,
    DIRECTOR;

    /**
     * The position of a unit's member: the head the unit names, another holder of the head role (a deputy head), or
     * staff (§1).
     */
    public static Position ofUnitMember(boolean namedHeadOfUnit, boolean holdsHeadRole) {
        return namedHeadOfUnit ? HEAD : holdsHeadRole ? DEPUTY_HEAD : STAFF;
    }

    /** True for every position scored with d, đ and e. */
    public boolean isLeader() {
        return this != STAFF;
    }
}
