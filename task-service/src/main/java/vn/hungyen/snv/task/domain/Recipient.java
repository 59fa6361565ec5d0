package vn.hungyen.snv.task.domain;

import java.util.Objects;

/**
 * Who a reminder is for, in the terms the caller's token gives every service: one officer (claim {@code officerId}),
 * one account ({@code upn}), the leaders of a unit (role head with claim {@code unit}) or the deputy director who
 * supervises it (claim {@code supervisedUnits}). A unit's leaders and its deputy are addressed through the unit, so
 * that whoever holds the post when the reminder is read sees it.
 */
public record Recipient(Kind kind, String key) {

    /** How {@link #key()} names the recipient. */
    public enum Kind {
        /** key: the officer id. */
        OFFICER,
        /** key: the username. */
        USER,
        /** key: the unit code; its head and deputy heads. */
        HEAD,
        /** key: the unit code; the deputy director supervising it. */
        DEPUTY
    }

    public Recipient {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
    }

    public static Recipient officer(long officerId) {
        return new Recipient(Kind.OFFICER, Long.toString(officerId));
    }

    public static Recipient user(String username) {
        return new Recipient(Kind.USER, username);
    }

    public static Recipient headOf(String unitCode) {
        return new Recipient(Kind.HEAD, unitCode);
    }

    public static Recipient deputyOver(String unitCode) {
        return new Recipient(Kind.DEPUTY, unitCode);
    }
}
