package vn.hungyen.snv.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** {@link ScoringSettings} for tests: the §10 defaults, with the settings a test is about changed. */
final class SettingsBuilder {

    private static final ScoringSettings D = ScoringSettings.defaults();

    private final BigDecimal generalMax = D.generalMax();
    private final BigDecimal taskMax = D.taskMax();
    private BigDecimal bonusMax = D.bonusMax();
    private BigDecimal qualityPerReturn = D.qualityPerReturn();
    private BigDecimal timelinessPerLate = D.timelinessPerLate();
    private ScoringSettings.LateMode lateMode = D.lateMode();
    private int graceDays = D.graceDays();
    private final ScoringSettings.CarryOver carryOver = D.carryOver();
    private final BigDecimal bandExcellent = D.bandExcellent();
    private final BigDecimal bandGood = D.bandGood();
    private final BigDecimal bandComplete = D.bandComplete();
    private BigDecimal quotaRatio = D.quotaRatio();
    private ScoringSettings.QuotaBase quotaBase = D.quotaBase();
    private final boolean quotaMonthly = D.quotaMonthly();
    private final List<String> quotaGroups = D.quotaGroups();
    private final boolean leaderCapByUnit = D.leaderCapByUnit();
    private boolean leaderCapDeputies = D.leaderCapDeputies();
    private final int leaderProlongedOverdueWorkingDays = D.leaderProlongedOverdueWorkingDays();
    private final boolean unitEnabled = D.unitEnabled();
    private final boolean unitCapIfMemberNotComplete = D.unitCapIfMemberNotComplete();
    private final int roundingDecimals = D.roundingDecimals();
    private final RoundingMode roundingMode = D.roundingMode();
    private BigDecimal leaveMinShareOfWorkingDays = D.leaveMinShareOfWorkingDays();

    SettingsBuilder bonusMax(BigDecimal value) {
        bonusMax = value;
        return this;
    }

    SettingsBuilder deductions(BigDecimal perReturn, BigDecimal perLate) {
        qualityPerReturn = perReturn;
        timelinessPerLate = perLate;
        return this;
    }

    SettingsBuilder lateMode(ScoringSettings.LateMode value) {
        lateMode = value;
        return this;
    }

    SettingsBuilder graceDays(int value) {
        graceDays = value;
        return this;
    }

    SettingsBuilder quotaRatio(BigDecimal value) {
        quotaRatio = value;
        return this;
    }

    SettingsBuilder quotaBase(ScoringSettings.QuotaBase value) {
        quotaBase = value;
        return this;
    }

    SettingsBuilder leaderCapDeputies(boolean value) {
        leaderCapDeputies = value;
        return this;
    }

    SettingsBuilder leaveMinShareOfWorkingDays(BigDecimal value) {
        leaveMinShareOfWorkingDays = value;
        return this;
    }

    ScoringSettings build() {
        return new ScoringSettings(generalMax, taskMax, bonusMax, qualityPerReturn, timelinessPerLate, lateMode,
                graceDays, carryOver, bandExcellent, bandGood, bandComplete, quotaRatio, quotaBase, quotaMonthly,
                quotaGroups, leaderCapByUnit, leaderCapDeputies, leaderProlongedOverdueWorkingDays, unitEnabled,
                unitCapIfMemberNotComplete, roundingDecimals, roundingMode, leaveMinShareOfWorkingDays);
    }
}
