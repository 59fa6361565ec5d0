package vn.hungyen.snv.evaluation.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A month not over yet (scoring-hy540 §3a): until its last day has passed in the organisation's zone, its rating is
 * only what stands today, and the products still to come — not completed, due today or later — count as not done.
 * This decides which ones those are; what the month would give were each done on time is the real rating of the
 * month with {@link ProductFacts#doneOnTime()} for them.
 */
public final class MonthInProgress {

    /** One product of an officer's month as this rule reads it: its effective due date and whether it is done. */
    public record Product(String productId, LocalDate dueDate, boolean completed) {

        public Product {
            Objects.requireNonNull(productId, "productId");
            Objects.requireNonNull(dueDate, "dueDate");
        }
    }

    private MonthInProgress() {
    }

    /** The month is unfinished on {@code today}: today is on or before its last day. */
    public static boolean unfinished(YearMonth month, LocalDate today) {
        return !today.isAfter(month.atEndOfMonth());
    }

    /**
     * The products of {@code month} still to come on {@code today}, in the given order: not completed and due today
     * or later (due today is still on time until the day ends). None once the month is over.
     */
    public static List<Product> notYetDue(YearMonth month, LocalDate today, List<Product> products) {
        if (!unfinished(month, today)) {
            return List.of();
        }
        return products.stream().filter(p -> !p.completed() && !p.dueDate().isBefore(today)).toList();
    }
}
