package vn.hungyen.snv.common.deadline;

/** A deadline text that {@link Deadline#parse} does not understand; the message is for the user. */
public final class DeadlineFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The accepted forms, as listed to the user. */
    public static final String ACCEPTED_FORMS = "30/6/2024; Tháng 3/2024; Quý II/2024; 6 tháng đầu năm 2024; "
            + "Năm 2024; Thường xuyên; Trước ngày 20 hằng tháng";

    private final String text;

    DeadlineFormatException(String text, String reason) {
        super("Không hiểu thời hạn \"" + text + "\"" + (reason == null ? "" : ": " + reason) + ". "
                + "Dùng một trong các dạng: " + ACCEPTED_FORMS + ".");
        this.text = text;
    }

    /** The text as the user gave it (trimmed, NFC). */
    public String text() {
        return text;
    }
}
