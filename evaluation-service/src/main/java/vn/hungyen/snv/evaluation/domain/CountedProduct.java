package vn.hungyen.snv.evaluation.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * One product of an officer's month as the rules counted it (scoring-hy540 §2, §3).
 *
 * @param product     the product counted, as given in the month's input
 * @param attribution how §2 attributed it: effective due date, accepted submission, exemption
 * @param result      its figures in the score formula
 * @param credits     the a, b and c it earns on its own; empty at weight 0
 */
public record CountedProduct(ProductFacts product, Attribution attribution, ProductResult result,
                             Optional<TaskCriteria> credits) {

    public CountedProduct {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(credits, "credits");
    }
}
