package vn.hungyen.snv.common.sheet;

/**
 * The one rule against formula injection (OWASP "CSV injection") for every spreadsheet the services write: text
 * that a spreadsheet program would take for a formula when it reads the cell, because it begins with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return, is kept as text.
 *
 * <ul>
 * <li>CSV: such a field gets a single quote in front ({@link #toCsv}); reading a CSV, {@link #fromCsv} takes it away
 * again, so that export, edit and re-import give the text back unchanged. A text that already begins with quotes
 * followed by a trigger character ({@code '=…}) gets one more, so the round trip is exact for every text.</li>
 * <li>XLSX: the text is a string cell, never a formula, with the quote-prefix style ({@link TextCells}); the value
 * itself is stored unchanged.</li>
 * </ul>
 *
 * Plain text such as the Vietnamese bullet "- Tổ chức hội nghị" is kept, not refused: only how it is written
 * changes.
 */
public final class SpreadsheetText {

    /** The characters a spreadsheet program may start a formula (or DDE command) with. */
    private static final String TRIGGERS = "=+-@\t\r";
    private static final char QUOTE = '\'';

    private SpreadsheetText() {
    }

    /** Whether a spreadsheet program could take the text for a formula: it begins with a trigger character. */
    public static boolean startsLikeFormula(String text) {
        return text != null && !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0;
    }

    /** The text as a CSV field: with a single quote in front where it starts like a formula (or is so quoted). */
    public static String toCsv(String text) {
        return quoted(text) ? QUOTE + text : text;
    }

    /** A CSV field's text: the single quote {@link #toCsv} puts in front of a trigger character is taken away. */
    public static String fromCsv(String field) {
        return field != null && !field.isEmpty() && field.charAt(0) == QUOTE && quoted(field.substring(1))
                ? field.substring(1) : field;
    }

    /** Whether the text is quotes (none or more) and then a trigger character. */
    private static boolean quoted(String text) {
        if (text == null) {
            return false;
        }
        int start = 0;
        while (start < text.length() && text.charAt(start) == QUOTE) {
            start++;
        }
        return startsLikeFormula(text.substring(start));
    }
}
