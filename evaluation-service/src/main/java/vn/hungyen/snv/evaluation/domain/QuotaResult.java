package vn.hungyen.snv.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The HTXSNV quota applied to one group (scoring-hy540 §5).
 *
 * @param group          the quota group
 * @param ratio          the ratio used: {@code quota.ratio} or the Director's exception for the group
 * @param excellent      C, candidates at HTXSNV before the quota
 * @param good           H, candidates at HTTNV before the quota
 * @param allowed        x, how many may stay HTXSNV
 * @param kept           officers who stay HTXSNV: those the Director decided HTXSNV after publication (§8), then
 *                       the others, best first
 * @param demoted        officers lowered to HTTNV with their score unchanged, best first
 * @param tieAtBoundary  the last kept and the first demoted tie on every tie-break value, so the cut fell on
 *                       officer id; the Director may want to rule on it
 */
public record QuotaResult(String group, BigDecimal ratio, int excellent, int good, int allowed,
                          List<String> kept, List<String> demoted, boolean tieAtBoundary) {

    public QuotaResult {
        kept = List.copyOf(kept);
        demoted = List.copyOf(demoted);
    }
}
