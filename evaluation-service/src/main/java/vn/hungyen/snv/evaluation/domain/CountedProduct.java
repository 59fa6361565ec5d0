package vn.hungyen.snv.evaluation.domain;

import java.util.Objects;

/**
 * One product of an officer's month as the rules counted it (scoring-hy540 §2, §3).
 *
 * @param product     the product counted, as given in the month's input
 * @param attribution how §2 attributed it: effective due date, accepted submission, exemption
 * @param result      its figures in the score formula; what it earns on its own is {@link ScoreCalculator#credits}
 */
public record CountedProduct(ProductFacts product, Attribution attribution, ProductResult result) {

    public CountedProduct {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(result, "result");
    }
}
