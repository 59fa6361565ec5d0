package vn.hungyen.snv.task.domain;

import java.time.format.DateTimeFormatter;

/** How messages and history lines show dates and times, as users read them. */
public final class DisplayFormats {

    /** A calendar date: dd/MM/yyyy. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** A moment, in the organisation's zone: HH:mm:ss dd/MM/yyyy. */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy");

    private DisplayFormats() {
    }
}
