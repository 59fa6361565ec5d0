package vn.hungyen.snv.evaluation.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The task criteria a (quantity), b (quality) and c (timeliness) of scoring-hy540 §3, kept as exact
 * weighted sums so that no rounding happens before S.
 *
 * <p>a = 100·Σwᵢqᵢ/W, b = 100·Σwᵢbᵢ/W, c = 100·Σwᵢcᵢ/W. The percentages returned by {@link #a()},
 * {@link #b()} and {@link #c()} are exact when the decimal terminates and otherwise carry
 * {@link #REPORTING_PRECISION} significant digits; S never goes through them.
 *
 * @param totalWeight      W = Σwᵢ, positive
 * @param quantityPoints   Σwᵢqᵢ
 * @param qualityPoints    Σwᵢbᵢ
 * @param timelinessPoints Σwᵢcᵢ
 */
public record TaskCriteria(BigDecimal totalWeight, BigDecimal quantityPoints, BigDecimal qualityPoints,
                           BigDecimal timelinessPoints) {

    /** Precision of the reported percentages and of K when their decimals do not terminate. */
    public static final MathContext REPORTING_PRECISION = new MathContext(34, RoundingMode.HALF_UP);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public TaskCriteria {
        Objects.requireNonNull(totalWeight, "totalWeight");
        Objects.requireNonNull(quantityPoints, "quantityPoints");
        Objects.requireNonNull(qualityPoints, "qualityPoints");
        Objects.requireNonNull(timelinessPoints, "timelinessPoints");
        if (totalWeight.signum() <= 0) {
            throw new IllegalArgumentException("W must be positive; W = 0 means no task data: " + totalWeight);
        }
    }

    /** Quantity a, 0–100. */
    public BigDecimal a() {
        return percent(quantityPoints);
    }

    /** Quality b, 0–100. */
    public BigDecimal b() {
        return percent(qualityPoints);
    }

    /** Timeliness c, 0–100. */
    public BigDecimal c() {
        return percent(timelinessPoints);
    }

    /** Σ of the three criteria's points, the numerator of (a + b + c) × W / 100. */
    BigDecimal pointsSum() {
        return quantityPoints.add(qualityPoints).add(timelinessPoints);
    }

    /** Exactly c &lt; {@code threshold}, without going through a rounded c. */
    boolean timelinessBelow(BigDecimal threshold) {
        return timelinessPoints.multiply(HUNDRED).compareTo(threshold.multiply(totalWeight)) < 0;
    }

    private BigDecimal percent(BigDecimal points) {
        return points.multiply(HUNDRED).divide(totalWeight, REPORTING_PRECISION);
    }
}
