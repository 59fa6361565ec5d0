package vn.hungyen.snv.common.input;

import java.util.Optional;

/**
 * What text a person may send: no control characters but tab, carriage return and line feed (PostgreSQL refuses
 * NUL, and the others are never typed), no lone UTF-16 surrogate (it cannot be stored and would come back as
 * {@code ?}); and, where a text is required, at least one visible character.
 */
public final class InputText {

    private InputText() {
    }

    /** Why the text cannot be accepted, in Vietnamese; empty when it can (and for null). */
    public static Optional<String> problem(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("chứa ký tự Unicode không hợp lệ (nửa cặp surrogate "
                        + String.format("U+%04X", (int) c) + ")");
            } else if (forbiddenControl(c)) {
                return Optional.of("chứa ký tự điều khiển không được phép (" + String.format("U+%04X", (int) c)
                        + ")");
            }
        }
        return Optional.empty();
    }

    /** A C0 control character other than tab, CR and LF, or DEL. */
    static boolean forbiddenControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
    }

    /**
     * Whether the text shows something: a character that is neither white space, nor a control or format character
     * (Unicode category Cc, Cf: zero-width spaces and joiners, direction marks, BOM), nor an invisible filler.
     */
    public static boolean visible(String text) {
        return text != null && text.codePoints().anyMatch(InputText::visible);
    }

    private static boolean visible(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return false;
        }
        int type = Character.getType(codePoint);
        if (type == Character.FORMAT || type == Character.CONTROL || type == Character.UNASSIGNED
                || type == Character.SURROGATE) {
            return false;
        }
        return switch (codePoint) {
            // Hangul fillers and the braille blank: letters by category, blank on screen
            case 0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800 -> false;
            default -> true;
        };
    }
}
