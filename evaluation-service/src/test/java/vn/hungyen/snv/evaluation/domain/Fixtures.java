package vn.hungyen.snv.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Short names for the products of scoring-hy540 §11: {@code n×{w, done, late, ret}}, {@code F}. */
final class Fixtures {

    private Fixtures() {
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    /** A repeating decimal compared at scale 10, as the worked examples print them with "…". */
    static BigDecimal at10(BigDecimal value) {
        return value.setScale(10, RoundingMode.HALF_UP);
    }

    static List<ProductResult> done(String prefix, int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> new ProductResult(prefix + i, BigDecimal.ONE, true, 0, 0))
                .toList();
    }

    static ProductResult done(String id, int late, int returns) {
        return new ProductResult(id, BigDecimal.ONE, true, late, returns);
    }

    static ProductResult weighted(String id, String weight, int late, int returns) {
        return new ProductResult(id, new BigDecimal(weight), true, late, returns);
    }

    static List<ProductResult> unfinished(String prefix, int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> new ProductResult(prefix + i, BigDecimal.ONE, false, 0, 0))
                .toList();
    }

    @SafeVarargs
    static List<ProductResult> all(List<ProductResult>... groups) {
        List<ProductResult> products = new ArrayList<>();
        for (List<ProductResult> group : groups) {
            products.addAll(group);
        }
        return products;
    }
}
