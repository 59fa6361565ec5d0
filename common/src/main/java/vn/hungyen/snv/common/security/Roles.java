package vn.hungyen.snv.common.security;

/** The role names carried in the token's {@code groups} claim (docs/contract.md). */
public final class Roles {
    /** Manages organisations and their first administrators; sees no organisation's data. */
    public static final String SYSTEM_ADMIN = "sysadmin";
    /** Administers one organisation. */
    public static final String ADMIN = "admin";
    public static final String DIRECTOR = "director";
    public static final String DEPUTY_DIRECTOR = "deputy_director";
    public static final String HEAD = "head";
    public static final String OFFICER = "officer";
    /**
     * A service's own identity for work no person asks for (task-service's reminder job reading who still has a step
     * of the month): a short-lived token of one organisation, accepted only by the few reads that list this role
     * (docs/security.md, "Service identity").
     */
    public static final String SERVICE = "service";

    private Roles() {
    }
}
