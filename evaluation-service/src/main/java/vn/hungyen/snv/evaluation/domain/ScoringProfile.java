package vn.hungyen.snv.evaluation.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One version of an organisation's HY-540 settings (scoring-hy540 §10): in force from {@code firstMonth} until a
 * profile with a later first month starts; who published it and why.
 *
 * @param version    1, 2, … per organisation; version 1 is seeded from the configuration
 * @param name       a short name, e.g. "540-QĐ/TU, sửa đổi 2024"
 * @param firstMonth the first month it rates
 * @param settings   every setting
 * @param createdBy  the username that published it ({@code system} for the seed)
 * @param reason     why
 * @param createdAt  when
 */
public record ScoringProfile(int version, String name, YearMonth firstMonth, ScoringSettings settings,
        String createdBy, String reason, Instant createdAt) {

    public ScoringProfile {
        Objects.requireNonNull(firstMonth, "firstMonth");
        Objects.requireNonNull(settings, "settings");
    }
}
