package vn.hungyen.snv.evaluation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import vn.hungyen.snv.evaluation.rules.ScoringSettings;

/**
 * The HY-540 settings of scoring-hy540 §10 under {@code app.scoring}; the defaults are the document's.
 * Enum values are written in kebab case, e.g. {@code app.scoring.late-mode=zero-credit}.
 */
@ConfigMapping(prefix = "app.scoring")
public interface ScoringConfig {

    /** Scale of the score. */
    Scale scale();

    /** Deductions per counted event. */
    Deductions deductions();

    /** How a late product earns timeliness points: partial-credit or zero-credit. */
    @WithDefault("partial-credit")
    ScoringSettings.LateMode lateMode();

    /** The month's cut-off. */
    Cutoff cutoff();

    /** What happens to a product completed after the cut-off: none. */
    @WithDefault("none")
    ScoringSettings.CarryOver carryOver();

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

    /** {@code scale.*}. */
    interface Scale {
        /** Upper bound of the general criteria G. */
        @WithDefault("30")
        BigDecimal generalMax();

        /** Weight of the task criteria: K = taskMax/100 × mean of the criteria. */
        @WithDefault("70")
        BigDecimal taskMax();

        /** Upper bound of bonus points (0 = no bonus). */
        @WithDefault("0")
        BigDecimal bonusMax();
    }

    /** {@code deductions.*}. */
    interface Deductions {
        /** Share of a product's quality credit lost per counted return. */
        @WithDefault("0.25")
        BigDecimal qualityPerReturn();

        /** Share of a product's timeliness credit lost per late event. */
        @WithDefault("0.25")
        BigDecimal timelinessPerLate();
    }

    /** {@code cutoff.*}. */
    interface Cutoff {
        /** Days after the month's last day on which a submission still counts for the month. */
        @WithDefault("0")
        int graceDays();
    }

    /** {@code bands.*}. */
    interface Bands {
        /** Lowest rounded S rated HTXSNV. */
        @WithDefault("90")
        BigDecimal excellent();

        /** Lowest rounded S rated HTTNV. */
        @WithDefault("70")
        BigDecimal good();

        /** Lowest rounded S rated HTNV. */
        @WithDefault("50")
        BigDecimal complete();
    }

    /** {@code quota.*}. */
    interface QuotaSettings {
        /** #HTXSNV allowed per #base. */
        @WithDefault("0.20")
        BigDecimal ratio();

        /** What the ratio is counted against: good-only or all-rated. */
        @WithDefault("good-only")
        ScoringSettings.QuotaBase base();

        /** Apply the quota to every month, not only the year. */
        @WithDefault("true")
        boolean monthly();

        /** The groups the quota is counted in; every officer's quota group must be one of them. */
        @WithDefault("leaders,staff,contract")
        List<String> groups();
    }

    /** {@code leader.*}. */
    interface Leader {
        /** A head is never rated above the unit. */
        @WithDefault("true")
        boolean capByUnit();

        /** Deputy heads are capped by the unit too. */
        @WithDefault("false")
        boolean capDeputies();

        /** A unit product overdue and open longer than this many working days sets đ = 50. */
        @WithDefault("10")
        int prolongedOverdueWorkingDays();
    }

    /** {@code unit.*}. */
    interface Unit {
        /** Rate units at all. */
        @WithDefault("true")
        boolean enabled();

        /** A unit with a KHTNV member is at most HTTNV. */
        @WithDefault("true")
        boolean capIfMemberNotComplete();
    }

    /** {@code rounding.*}. */
    interface Rounding {
        /** Decimals of S. */
        @WithDefault("2")
        int decimals();

        /** Rounding mode of S, e.g. half-up. */
        @WithDefault("half-up")
        RoundingMode mode();
    }

    /** These settings as the rules read them; invalid combinations fail here, at start-up. */
    default ScoringSettings toSettings() {
        return new ScoringSettings(scale().generalMax(), scale().taskMax(), scale().bonusMax(),
                deductions().qualityPerReturn(), deductions().timelinessPerLate(), lateMode(),
                cutoff().graceDays(), carryOver(), bands().excellent(), bands().good(), bands().complete(),
                quota().ratio(), quota().base(), quota().monthly(), quota().groups(),
                leader().capByUnit(), leader().capDeputies(), leader().prolongedOverdueWorkingDays(),
                unit().enabled(), unit().capIfMemberNotComplete(), rounding().decimals(), rounding().mode());
    }
}
