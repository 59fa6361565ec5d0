package vn.hungyen.snv.evaluation.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A quarter or year rolled up from the months (an officer's S, or a unit's D), before the head cap and the quota
 * are applied again (scoring-hy540 §9, {@link PeriodRollUp#rate}).
 *
 * @param score            mean of the evaluated months' S, rounded like S; empty when no month was evaluated
 * @param level            band of the score, KHTNV after any forcing event, {@link Level#NO_TASK_DATA} when
 *                         nothing was evaluated and nothing forced
 * @param monthsEvaluated  months that entered the mean
 * @param forced           a forcing event took effect in the period
 */
public record PeriodResult(Optional<BigDecimal> score, Level level, int monthsEvaluated, boolean forced) {
}
