package vn.hungyen.snv.plan.domain;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numeric target (chỉ tiêu) as the plan writes it, e.g. {@code 120.000 trang}: the text, the number and
 * its unit. Numbers use the Vietnamese format: dots group thousands, a comma marks decimals.
 */
public record Target(String text, BigDecimal value, String unit) {

    private static final Pattern FORM = Pattern.compile("(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?\\s*([^\\d\\s].*)");

    /**
     * Reads a target written as a number followed by its unit.
     *
     * @throws IllegalArgumentException with a Vietnamese message when the text is not of that form
     */
    public static Target parse(String text) {
        String shown = text.strip().replaceAll("\\s+", " ");
        Matcher m = FORM.matcher(shown);
        if (!m.matches()) {
            throw new IllegalArgumentException("Chỉ tiêu \"" + shown + "\" phải là một số theo sau là đơn vị tính, "
                    + "ví dụ 586 lượt người, 120.000 trang, 07 cuộc thanh tra, 100 %.");
        }
        String number = m.group(1).replace(".", "") + (m.group(2) == null ? "" : "." + m.group(2));
        return new Target(shown, new BigDecimal(number), m.group(3));
    }
}
