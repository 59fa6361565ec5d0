package vn.hungyen.snv.webui.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.hungyen.snv.webui.domain.ScoringLabels;

/**
 * evaluation-service's scoring profiles (the HY-540 settings by period) and its recomputations of a month for the
 * pages: the profile that rates a month, the history, the differences between two versions, a new version, the
 * verification of a published month and a month under other settings; every failure becomes a {@link ServiceMessage}
 * a person can read.
 */
@ApplicationScoped
public class ScoringGateway {

    private static final String SERVICE = "Dịch vụ đánh giá";

    /** One version of the organisation's settings: every setting in the JSON of scoring-hy540 §10. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Profile(int version, String name, String firstMonth, Map<String, Object> settings,
            String createdBy, String reason, Instant createdAt) {

        public Profile {
            settings = settings == null ? Map.of() : settings;
        }

        /** Every setting by its name in the rules, in the order the service gives them. */
        public Map<String, Object> named() {
            return ScoringLabels.flat(settings);
        }
    }

    /** A setting that differs between two versions. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SettingChange(String setting, Object from, Object to) {
    }

    /** A new version as sent: the settings it changes, nested as the service reads them. */
    public record NewProfile(String name, String firstMonth, String reason, Map<String, Object> settings) {
    }

    /** Settings to try on a month, nested as the service reads them. */
    public record Trial(Map<String, Object> settings) {
    }

    /** The Director's exception to the quota of a group recorded with the publication. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record QuotaException(String group, BigDecimal ratio, String reason) {
    }

    /** The figures of an officer or unit that a verification compares. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Figures(BigDecimal quantity, BigDecimal quality, BigDecimal timeliness, BigDecimal taskScore,
            BigDecimal generalScore, BigDecimal total, String level, String bandLevel) {
    }

    /** One figure that differs: as published, as recomputed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Difference(String field, Object published, Object recomputed) {
    }

    /** An officer of the verified month. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OfficerCheck(long officerId, String fullName, String unitCode, Figures published,
            Figures recomputed, boolean identical, List<Difference> differences) {

        public OfficerCheck {
            differences = differences == null ? List.of() : differences;
        }
    }

    /** A unit of the verified month. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UnitCheck(String unitCode, String name, Figures published, Figures recomputed, boolean identical,
            List<Difference> differences) {

        public UnitCheck {
            differences = differences == null ? List.of() : differences;
        }
    }

    /** A published month recomputed from the stored facts with its recorded profile and exceptions. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Verification(String month, Integer profileVersion, List<QuotaException> quotaExceptions,
            String recordedDigest, String currentDigest, Boolean inputsUnchanged, boolean identical,
            List<OfficerCheck> officers, List<UnitCheck> units) {

        public Verification {
            quotaExceptions = quotaExceptions == null ? List.of() : quotaExceptions;
            officers = officers == null ? List.of() : officers;
            units = units == null ? List.of() : units;
        }
    }

    /** An officer whose level other settings would change. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Move(long officerId, String fullName, String unitCode, String from, String to,
            BigDecimal totalBefore, BigDecimal totalAfter) {
    }

    /** A month under other settings: officers per level as it stands and as it would, and who moves. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WhatIf(String month, int baseProfileVersion, Map<String, Object> settings,
            Map<String, Long> before, Map<String, Long> after, List<Move> moves) {

        public WhatIf {
            before = before == null ? Map.of() : before;
            after = after == null ? Map.of() : after;
            moves = moves == null ? List.of() : moves;
        }
    }

    private final ScoringClient profiles;
    private final ReplayClient replay;

    ScoringGateway(@RestClient ScoringClient profiles, @RestClient ReplayClient replay) {
        this.profiles = profiles;
        this.replay = replay;
    }

    /** The organisation's versions, oldest first. */
    public List<Profile> history() {
        return call(profiles::history);
    }

    /** The version that rates the month. */
    public Profile inForce(YearMonth month) {
        return call(() -> profiles.inForce(month.toString()));
    }

    /** The settings of {@code version} that differ from those of {@code from}. */
    public List<SettingChange> differences(int version, int from) {
        return call(() -> profiles.differences(version, from));
    }

    public Profile publish(NewProfile profile) {
        return call(() -> profiles.publish(profile));
    }

    public Verification verification(YearMonth month) {
        return call(() -> replay.verification(month.toString()));
    }

    public WhatIf whatIf(YearMonth month, Map<String, Object> settings) {
        return call(() -> replay.whatIf(month.toString(), new Trial(settings)));
    }

    private static <T> T call(Supplier<T> request) {
        return ServiceMessage.call(SERVICE, request);
    }
}
