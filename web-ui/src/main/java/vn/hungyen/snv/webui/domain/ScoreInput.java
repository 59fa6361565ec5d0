package vn.hungyen.snv.webui.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A score as people type it ("7,5" or "7.5") checked against its bounds, from 0 to the upper bound evaluation-service
 * gives for it (a group of the general criteria, or G; scoring-hy540.md §1).
 */
public final class ScoreInput {

    private ScoreInput() {
    }

    /**
     * The number in {@code text}, or null with a message added to {@code errors} when it is missing,
     * not a number or outside 0–{@code max}; {@code name} is how the message names it, e.g. "điểm nhóm I".
     */
    public static BigDecimal parse(String text, String name, BigDecimal max, List<String> errors) {
        String bounds = Character.toUpperCase(name.charAt(0)) + name.substring(1) + " phải là số từ 0 đến "
                + max.toPlainString() + " (có thể có phần thập phân, ví dụ 7,5).";
        if (text == null || text.isBlank()) {
            errors.add("Nhập " + name + ".");
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.trim().replace(',', '.'));
            if (value.signum() < 0 || value.compareTo(max) > 0) {
                errors.add(bounds);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(bounds);
            return null;
        }
    }
}
