package vn.hungyen.snv.evaluation.config;

import io.smallrye.config.ConfigMapping;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import vn.hungyen.snv.evaluation.domain.ScoringSettings;

/**
 * The HY-540 settings of scoring-hy540 §10 under {@code app.scoring}, each optional: a setting left out keeps its
 * default, which only {@link ScoringSettings#defaults()} states. Enum values are written in kebab case, e.g.
 * {@code app.scoring.late-mode=zero-credit}.
 */
@ConfigMapping(prefix = "app.scoring")
public interface ScoringConfig {

    /** Scale of the score. */
    Scale scale();

    /** Deductions per counted event. */
    Deductions deductions();

    /** How a late product earns timeliness points: partial-credit or zero-credit. */
    Optional<ScoringSettings.LateMode> lateMode();

    /** The month's cut-off. */
    Cutoff cutoff();

    /** What happens to a product completed after the cut-off: none. */
    Optional<ScoringSettings.CarryOver> carryOver();

    /** Lowest rounded S of each band. */
    Bands bands();

    /** The quota on HTXSNV. */
    QuotaSettings quota();

    /** Leaders' caps and the đ automation. */
    Leader leader();

    /** The collective rating of units. */
    Unit unit();

    /** Rounding of S. */
    Rounding rounding();

    /** Leave months. */
    Leave leave();

    /** {@code scale.*}. */
    interface Scale {
        /** Upper bound of the general criteria G. */
        Optional<BigDecimal> generalMax();

        /** Weight of the task criteria: K = taskMax/100 × mean of the criteria. */
        Optional<BigDecimal> taskMax();

        /** Upper bound of bonus points (0 = no bonus). */
        Optional<BigDecimal> bonusMax();
    }

    /** {@code deductions.*}. */
    interface Deductions {
        /** Share of a product's quality credit lost per counted return. */
        Optional<BigDecimal> qualityPerReturn();

        /** Share of a product's timeliness credit lost per late event. */
        Optional<BigDecimal> timelinessPerLate();
    }

    /** {@code cutoff.*}. */
    interface Cutoff {
        /** Days after the month's last day on which a submission still counts for the month. */
        Optional<Integer> graceDays();
    }

    /** {@code bands.*}. */
    interface Bands {
        /** Lowest rounded S rated HTXSNV. */
        Optional<BigDecimal> excellent();

        /** Lowest rounded S rated HTTNV. */
        Optional<BigDecimal> good();

        /** Lowest rounded S rated HTNV. */
        Optional<BigDecimal> complete();
    }

    /** {@code quota.*}. */
    interface QuotaSettings {
        /** #HTXSNV allowed per #base. */
        Optional<BigDecimal> ratio();

        /** What the ratio is counted against: good-only or all-rated. */
        Optional<ScoringSettings.QuotaBase> base();

        /** Apply the quota to every month, not only the year. */
        Optional<Boolean> monthly();

        /** The groups the quota is counted in; every officer's quota group must be one of them. */
        Optional<List<String>> groups();
    }

    /** {@code leader.*}. */
    interface Leader {
        /** A head is never rated above the unit. */
        Optional<Boolean> capByUnit();

        /** Deputy heads are capped by the unit too. */
        Optional<Boolean> capDeputies();

        /** A unit product overdue and open longer than this many working days sets đ = 50. */
        Optional<Integer> prolongedOverdueWorkingDays();
    }

    /** {@code unit.*}. */
    interface Unit {
        /** Rate units at all. */
        Optional<Boolean> enabled();

        /** A unit with a KHTNV member is at most HTTNV. */
        Optional<Boolean> capIfMemberNotComplete();
    }

    /** {@code rounding.*}. */
    interface Rounding {
        /** Decimals of S. */
        Optional<Integer> decimals();

        /** Rounding mode of S, e.g. half-up. */
        Optional<RoundingMode> mode();
    }

    /** {@code leave.*}. */
    interface Leave {
        /** An officer whose leaves cover at least this share of the month's working days is not rated (0–1). */
        Optional<BigDecimal> minShareOfWorkingDays();
    }

    /**
     * These settings over the defaults, as the rules read them; invalid combinations fail here, at start-up.
     */
    default ScoringSettings toSettings() {
        ScoringSettings d = ScoringSettings.defaults();
        return new ScoringSettings(scale().generalMax().orElse(d.generalMax()),
                scale().taskMax().orElse(d.taskMax()), scale().bonusMax().orElse(d.bonusMax()),
                deductions().qualityPerReturn().orElse(d.qualityPerReturn()),
                deductions().timelinessPerLate().orElse(d.timelinessPerLate()), lateMode().orElse(d.lateMode()),
                cutoff().graceDays().orElse(d.graceDays()), carryOver().orElse(d.carryOver()),
                bands().excellent().orElse(d.bandExcellent()), bands().good().orElse(d.bandGood()),
                bands().complete().orElse(d.bandComplete()), quota().ratio().orElse(d.quotaRatio()),
                quota().base().orElse(d.quotaBase()), quota().monthly().orElse(d.quotaMonthly()),
                quota().groups().orElse(d.quotaGroups()), leader().capByUnit().orElse(d.leaderCapByUnit()),
                leader().capDeputies().orElse(d.leaderCapDeputies()),
                leader().prolongedOverdueWorkingDays().orElse(d.leaderProlongedOverdueWorkingDays()),
                unit().enabled().orElse(d.unitEnabled()),
                unit().capIfMemberNotComplete().orElse(d.unitCapIfMemberNotComplete()),
                rounding().decimals().orElse(d.roundingDecimals()), rounding().mode().orElse(d.roundingMode()),
                leave().minShareOfWorkingDays().orElse(d.leaveMinShareOfWorkingDays()));
    }
}
