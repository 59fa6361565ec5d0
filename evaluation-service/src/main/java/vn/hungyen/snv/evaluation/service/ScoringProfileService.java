package vn.hungyen.snv.evaluation.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import vn.hungyen.snv.common.rules.RuleViolationException;
import vn.hungyen.snv.common.security.Caller;
import vn.hungyen.snv.evaluation.domain.ScoringProfile;
import vn.hungyen.snv.evaluation.domain.ScoringProfileRules;
import vn.hungyen.snv.evaluation.domain.ScoringSettings;
import vn.hungyen.snv.evaluation.repository.ScoringProfileRecord;
import vn.hungyen.snv.evaluation.repository.ScoringProfileRepository;

/**
 * Each organisation's scoring profiles (issue 14): the settings every computation of a month uses are those of the
 * profile in force for that month ({@link ScoringProfileRules#inForce}). The configuration ({@code app.scoring.*})
 * only seeds version 1, at the organisation's first use, from its first month on record; later versions are
 * published by the Director or an administrator.
 */
@ApplicationScoped
public class ScoringProfileService {

    /** Who the seed is recorded as made by. */
    static final String SEEDED_BY = "system";

    /** A new profile: its name, first month, reason, and settings over those in force that month. */
    public record ProfileEntry(String name, YearMonth firstMonth, String reason, JsonNode settings) {
    }

    /** A profile as answered: every setting in the JSON of scoring-hy540 §10. */
    public record ProfileView(int version, String name, String firstMonth, JsonNode settings, String createdBy,
            String reason, java.time.Instant createdAt) {
    }

    private final ScoringSettings configured;
    private final ScoringProfileRepository profiles;
    private final ObjectMapper json;
    private final Clock clock;

    ScoringProfileService(ScoringSettings configured, ScoringProfileRepository profiles, ObjectMapper json,
            Clock clock) {
        this.configured = configured;
        this.profiles = profiles;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The organisation's profiles, oldest first. The seed is written at the first call, in a transaction of its own:
     * the caller's stays one that has not written, so a month it computes is kept ({@link ComputedMonths}), and the
     * seed stays whatever becomes of the caller's. ({@link #publish} calls this before it takes the numbering's lock,
     * which the seed takes too.)
     */
    @Transactional
    public List<ScoringProfile> history(String organisationCode) {
        List<ScoringProfileRecord> stored = profiles.history(organisationCode);
        if (stored.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> {
                profiles.lockNumbering(organisationCode);
                if (profiles.history(organisationCode).isEmpty()) {
                    seed(organisationCode);
                }
            });
            stored = profiles.history(organisationCode);
        }
        return stored.stream().map(this::profile).toList();
    }

    /** The profile that rates the organisation's month. */
    @Transactional
    public ScoringProfile inForce(String organisationCode, YearMonth month) {
        return ScoringProfileRules.inForce(history(organisationCode), month);
    }

    /** The settings that rate the organisation's month. */
    @Transactional
    public ScoringSettings settings(String organisationCode, YearMonth month) {
        return inForce(organisationCode, month).settings();
    }

    /** The organisation's profile of this version, if there is one. */
    @Transactional
    public java.util.Optional<ScoringProfile> version(String organisationCode, int version) {
        return history(organisationCode).stream().filter(p -> p.version() == version).findFirst();
    }

    /**
     * Publishes a new version for the caller's organisation: the settings the entry names over those of the profile
     * in force in its first month. 409 when that month is published; 400/422 for a bad setting.
     */
    @Transactional
    public ScoringProfile publish(ProfileEntry entry, Caller caller) {
        String organisationCode = caller.organisationCode();
        List<ScoringProfile> history = history(organisationCode);
        profiles.lockNumbering(organisationCode);
        RuleViolationException.throwIfAny(ScoringProfileRules.publish(entry.firstMonth(),
                profiles.publishedMonths(organisationCode)));
        ScoringSettings settings = ScoringSettingsJson.merge(
                ScoringProfileRules.inForce(history, entry.firstMonth()).settings(), entry.settings());
        int version = profiles.history(organisationCode).stream().mapToInt(p -> p.version).max().orElse(0) + 1;
        return profile(store(organisationCode, version, entry.name().strip(), entry.firstMonth(), settings,
                caller.username(), entry.reason().strip()));
    }

    /** The profile as answered. */
    public ProfileView view(ScoringProfile profile) {
        return new ProfileView(profile.version(), profile.name(), profile.firstMonth().toString(),
                ScoringSettingsJson.write(profile.settings()), profile.createdBy(), profile.reason(),
                profile.createdAt());
    }

    private ScoringProfileRecord seed(String organisationCode) {
        YearMonth first = profiles.firstMonthOnRecord(organisationCode).orElseGet(() -> YearMonth.now(clock));
        return store(organisationCode, 1, "Cấu hình ban đầu", first, configured, SEEDED_BY,
                "Khởi tạo từ cấu hình app.scoring của dịch vụ");
    }

    private ScoringProfileRecord store(String organisationCode, int version, String name, YearMonth firstMonth,
            ScoringSettings settings, String createdBy, String reason) {
        ScoringProfileRecord record = new ScoringProfileRecord();
        record.organisationCode = organisationCode;
        record.version = version;
        record.name = name;
        record.firstMonth = firstMonth.toString();
        record.settings = ScoringSettingsJson.text(settings, json);
        record.createdBy = createdBy;
        record.reason = reason;
        record.createdAt = clock.instant();
        record.persist();
        return record;
    }

    private ScoringProfile profile(ScoringProfileRecord record) {
        return new ScoringProfile(record.version, record.name, YearMonth.parse(record.firstMonth),
                ScoringSettingsJson.read(record.settings, json), record.createdBy, record.reason, record.createdAt);
    }
}
