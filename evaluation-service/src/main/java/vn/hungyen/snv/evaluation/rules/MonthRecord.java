package vn.hungyen.snv.evaluation.rules;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * One published month of an officer, as the roll-up of scoring-hy540 §9 reads it.
 *
 * @param month   the month
 * @param score   the published S; empty for {@link Level#NO_TASK_DATA}
 * @param onLeave the officer was on leave: the month is not evaluated
 * @param forced  a forcing event took effect in the month (§4)
 */
public record MonthRecord(YearMonth month, Optional<BigDecimal> score, boolean onLeave, boolean forced) {

    public MonthRecord {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(score, "score");
    }

    /** An evaluated month without forcing events. */
    public static MonthRecord scored(YearMonth month, BigDecimal score) {
        return new MonthRecord(month, Optional.of(score), false, false);
    }

    boolean evaluated() {
        return score.isPresent() && !onLeave;
    }
}
