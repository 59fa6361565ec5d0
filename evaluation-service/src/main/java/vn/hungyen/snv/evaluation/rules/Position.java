package vn.hungyen.snv.evaluation.rules;

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

    /** True for every position scored with d, đ and e. */
    public boolean isLeader() {
        return this != STAFF;
    }
}
