package vn.hungyen.snv.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Every setting of the HY-540 profile (scoring-hy540 §10), so that the values of 540-QĐ/TU can be
 * loaded without a code change; {@link #defaults()} returns the §10 defaults. An invalid value or combination is
 * refused here, the one place that checks them, with a Vietnamese message naming the setting: it reaches the operator
 * at start-up and the Director when a scoring profile is published.
 *
 * @param generalMax                       {@code scale.generalMax}: upper bound of G (§1)
 * @param taskMax                          {@code scale.taskMax}: weight of the task criteria, K = taskMax/100 × mean (§3)
 * @param bonusMax                         {@code scale.bonusMax}: upper bound of bonus points added to S (0 = no bonus)
 * @param qualityPerReturn                 {@code deductions.qualityPerReturn}: share of bᵢ lost per quality return (§3)
 * @param timelinessPerLate                {@code deductions.timelinessPerLate}: share of cᵢ lost per late event (§3)
 * @param lateMode                         {@code lateMode} (§3)
 * @param graceDays                        {@code cutoff.graceDays}: days after the month's last day still counted (§2)
 * @param carryOver                        {@code carryOver} (§2)
 * @param bandExcellent                    {@code bands.excellent}: lowest rounded S rated HTXSNV (§4)
 * @param bandGood                         {@code bands.good}: lowest rounded S rated HTTNV (§4)
 * @param bandComplete                     {@code bands.complete}: lowest rounded S rated HTNV (§4)
 * @param quotaRatio                       {@code quota.ratio}: #HTXSNV allowed per #base (§5)
 * @param quotaBase                        {@code quota.base} (§5)
 * @param quotaMonthly                     {@code quota.monthly}: apply the quota to every month, not only the year (§5)
 * @param quotaGroups                      {@code quota.groups}: names of the groups the quota is counted in (§5)
 * @param leaderCapByUnit                  {@code leader.capByUnit}: a head is never rated above the unit (§4)
 * @param leaderCapDeputies                {@code leader.capDeputies}: deputy heads are capped too (§4)
 * @param leaderProlongedOverdueWorkingDays {@code leader.prolongedOverdueWorkingDays}: open and overdue
 *                                         longer than this sets đ = 50 (§6)
 * @param unitEnabled                      {@code unit.enabled}: rate units at all (§7)
 * @param unitCapIfMemberNotComplete       {@code unit.capIfMemberNotComplete}: a unit with a KHTNV member is
 *                                         at most HTTNV (§4)
 * @param roundingDecimals                 {@code rounding.decimals}: decimals of S (§3)
 * @param roundingMode                     {@code rounding.mode} (§3)
 * @param leaveMinShareOfWorkingDays       {@code leave.minShareOfWorkingDays}: an officer whose leaves cover at
 *                                         least this share of the month's working days is not rated (§9)
 */
public record ScoringSettings(
        BigDecimal generalMax,
        BigDecimal taskMax,
        BigDecimal bonusMax,
        BigDecimal qualityPerReturn,
        BigDecimal timelinessPerLate,
        LateMode lateMode,
        int graceDays,
        CarryOver carryOver,
        BigDecimal bandExcellent,
        BigDecimal bandGood,
        BigDecimal bandComplete,
        BigDecimal quotaRatio,
        QuotaBase quotaBase,
        boolean quotaMonthly,
        List<String> quotaGroups,
        boolean leaderCapByUnit,
        boolean leaderCapDeputies,
        int leaderProlongedOverdueWorkingDays,
        boolean unitEnabled,
        boolean unitCapIfMemberNotComplete,
        int roundingDecimals,
        RoundingMode roundingMode,
        BigDecimal leaveMinShareOfWorkingDays) {

    /** How a late product earns timeliness points (§3 {@code lateMode}). */
    public enum LateMode {
        /** cᵢ = max(0, 1 − timelinessPerLate × lateᵢ). */
        PARTIAL_CREDIT,
        /** Any late event gives cᵢ = 0. */
        ZERO_CREDIT
    }

    /**
     * What happens to a product completed after the cut-off (§2 {@code carryOver}). The rules define
     * only {@code none}; keeping it a setting makes a different 540 value fail when the
     * configuration is read instead of being silently ignored.
     */
    public enum CarryOver {
        /** It earns 0 in its month and a later completion does not reopen a published month. */
        NONE
    }

    /** What the quota ratio is counted against (§5 {@code quota.base}). */
    public enum QuotaBase {
        /** #HTXSNV ≤ ratio × #HTTNV after the quota: keep floor(ratio × (H + C) / (1 + ratio)). */
        GOOD_ONLY,
        /** #HTXSNV ≤ ratio × everybody rated in the group: keep floor(ratio × N). */
        ALL_RATED
    }

    public ScoringSettings {
        Objects.requireNonNull(generalMax, "generalMax");
        Objects.requireNonNull(taskMax, "taskMax");
        Objects.requireNonNull(bonusMax, "bonusMax");
        Objects.requireNonNull(qualityPerReturn, "qualityPerReturn");
        Objects.requireNonNull(timelinessPerLate, "timelinessPerLate");
        Objects.requireNonNull(lateMode, "lateMode");
        Objects.requireNonNull(carryOver, "carryOver");
        Objects.requireNonNull(bandExcellent, "bandExcellent");
        Objects.requireNonNull(bandGood, "bandGood");
        Objects.requireNonNull(bandComplete, "bandComplete");
        Objects.requireNonNull(quotaRatio, "quotaRatio");
        Objects.requireNonNull(quotaBase, "quotaBase");
        Objects.requireNonNull(roundingMode, "roundingMode");
        Objects.requireNonNull(leaveMinShareOfWorkingDays, "leaveMinShareOfWorkingDays");
        quotaGroups = List.copyOf(quotaGroups);
        requireNotNegative(generalMax, "scale.generalMax");
        requireNotNegative(bonusMax, "scale.bonusMax");
        if (taskMax.signum() <= 0) {
            throw new IllegalArgumentException("scale.taskMax phải lớn hơn 0; nhận được " + taskMax + ".");
        }
        requireShare(qualityPerReturn, "deductions.qualityPerReturn");
        requireShare(timelinessPerLate, "deductions.timelinessPerLate");
        if (graceDays < 0) {
            throw new IllegalArgumentException("cutoff.graceDays không được âm; nhận được " + graceDays + ".");
        }
        if (bandExcellent.compareTo(bandGood) < 0 || bandGood.compareTo(bandComplete) < 0) {
            throw new IllegalArgumentException("Các ngưỡng xếp loại phải thỏa bands.excellent ≥ bands.good ≥ "
                    + "bands.complete; nhận được " + bandExcellent + ", " + bandGood + ", " + bandComplete + ".");
        }
        requireNotNegative(quotaRatio, "quota.ratio");
        if (quotaGroups.isEmpty()) {
            throw new IllegalArgumentException("quota.groups phải có ít nhất một nhóm.");
        }
        if (leaderProlongedOverdueWorkingDays < 0) {
            throw new IllegalArgumentException("leader.prolongedOverdueWorkingDays không được âm; nhận được "
                    + leaderProlongedOverdueWorkingDays + ".");
        }
        if (roundingDecimals < 0) {
            throw new IllegalArgumentException("rounding.decimals không được âm; nhận được " + roundingDecimals + ".");
        }
        requireShare(leaveMinShareOfWorkingDays, "leave.minShareOfWorkingDays");
        if (leaveMinShareOfWorkingDays.signum() == 0) {
            throw new IllegalArgumentException("leave.minShareOfWorkingDays phải lớn hơn 0.");
        }
    }

    /** The defaults of §10: the only place they are written; configuration overrides them one by one. */
    public static ScoringSettings defaults() {
        return new ScoringSettings(
                new BigDecimal("30"), new BigDecimal("70"), BigDecimal.ZERO,
                new BigDecimal("0.25"), new BigDecimal("0.25"), LateMode.PARTIAL_CREDIT,
                0, CarryOver.NONE,
                new BigDecimal("90"), new BigDecimal("70"), new BigDecimal("50"),
                new BigDecimal("0.20"), QuotaBase.GOOD_ONLY, true, List.of("leaders", "staff", "contract"),
                true, false, 10,
                true, true,
                2, RoundingMode.HALF_UP,
                new BigDecimal("0.5"));
    }

    /**
     * Every setting by its name in the rules (scoring-hy540 §10, e.g. {@code bands.excellent}), in the order of that
     * table; enumeration values as written there, in kebab case (e.g. {@code partial-credit}).
     */
    public Map<String, Object> named() {
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("scale.generalMax", generalMax);
        named.put("scale.taskMax", taskMax);
        named.put("scale.bonusMax", bonusMax);
        named.put("deductions.qualityPerReturn", qualityPerReturn);
        named.put("deductions.timelinessPerLate", timelinessPerLate);
        named.put("lateMode", kebab(lateMode));
        named.put("cutoff.graceDays", graceDays);
        named.put("carryOver", kebab(carryOver));
        named.put("bands.excellent", bandExcellent);
        named.put("bands.good", bandGood);
        named.put("bands.complete", bandComplete);
        named.put("quota.ratio", quotaRatio);
        named.put("quota.base", kebab(quotaBase));
        named.put("quota.monthly", quotaMonthly);
        named.put("quota.groups", quotaGroups);
        named.put("leader.capByUnit", leaderCapByUnit);
        named.put("leader.capDeputies", leaderCapDeputies);
        named.put("leader.prolongedOverdueWorkingDays", leaderProlongedOverdueWorkingDays);
        named.put("unit.enabled", unitEnabled);
        named.put("unit.capIfMemberNotComplete", unitCapIfMemberNotComplete);
        named.put("rounding.decimals", roundingDecimals);
        named.put("rounding.mode", kebab(roundingMode));
        named.put("leave.minShareOfWorkingDays", leaveMinShareOfWorkingDays);
        return named;
    }

    /** How an enumeration value is written in the settings: {@code ZERO_CREDIT} as {@code zero-credit}. */
    public static String kebab(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static void requireNotNegative(BigDecimal value, String key) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException(key + " không được âm; nhận được " + value + ".");
        }
    }

    private static void requireShare(BigDecimal value, String key) {
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(key + " phải từ 0 đến 1; nhận được " + value + ".");
        }
    }
}
