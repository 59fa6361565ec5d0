package vn.hungyen.snv.evaluation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What scoring-hy540 §2 decides about one product for one month.
 *
 * @param productId        the product
 * @param belongsToMonth   not cancelled and its effective due date lies in the month
 * @param effectiveDueDate the due date after objective-cause extensions
 * @param cutoff           last day of the month plus {@code cutoff.graceDays}
 * @param acceptedOn       submission date of the accepted submission counted, if completed
 * @param lateEvents       missed deadlines of the accepted submission (0 when not completed or exempt)
 * @param qualityReturns   counted returns up to the accepted submission or the cut-off (0 when exempt)
 * @param exempt           an approved exemption: neither late events nor returns count
 */
public record Attribution(
        String productId,
        boolean belongsToMonth,
        LocalDate effectiveDueDate,
        LocalDate cutoff,
        Optional<LocalDate> acceptedOn,
        int lateEvents,
        int qualityReturns,
        boolean exempt) {

    /** Completed = an accepted submission was submitted on or before the cut-off (§2). */
    public boolean completed() {
        return acceptedOn.isPresent();
    }

    /** The product of weight {@code weight} as the score formula sees it (§3). */
    public ProductResult result(BigDecimal weight) {
        return new ProductResult(productId, weight, completed(), lateEvents, qualityReturns);
    }
}
