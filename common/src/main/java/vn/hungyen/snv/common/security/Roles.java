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

    private Roles() {
    }
}
