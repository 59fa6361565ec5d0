package vn.hungyen.snv.common.security;

/** Names of the claims our tokens carry beyond the MicroProfile JWT standard ones. */
public final class Claims {
    /** The code of the caller's organisation (plan-service); absent only for the system administrator. */
    public static final String ORGANISATION = "organisation";
    /** The caller's unit code, for heads and officers. */
    public static final String UNIT = "unit";
    /** The caller's officer id in plan-service's organisation. */
    public static final String OFFICER_ID = "officerId";
    /** For deputy directors: the codes of the units they supervise. */
    public static final String SUPERVISED_UNITS = "supervisedUnits";

    private Claims() {
    }
}
