package vn.hungyen.snv.evaluation.domain;

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
 * @param ranking K, c and b of the month, which break ties of the period's quota (§5); empty when not known
 */
public record MonthRecord(YearMonth month, Optional<BigDecimal> score, boolean onLeave, boolean forced,
                          Optional<Ranking> ranking) {

    public MonthRecord {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(ranking, "ranking");
    }

    public MonthRecord(YearMonth month, Optional<BigDecimal> score, boolean onLeave, boolean forced) {
        this(month, score, onLeave, forced, Optional.empty());
    }

    /** The month's K, c and b, as the quota's tie-break reads them after S. */
    public record Ranking(BigDecimal k, BigDecimal c, BigDecimal b) {

        public Ranking {
            Objects.requireNonNull(k, "k");
            Objects.requireNonNull(c, "c");
            Objects.requireNonNull(b, "b");
        }
    }

    /** An evaluated month without forcing events. */
    public static MonthRecord scored(YearMonth month, BigDecimal score) {
        return new MonthRecord(month, Optional.of(score), false, false);
    }

    boolean evaluated() {
        return score.isPresent() && !onLeave;
    }
}
