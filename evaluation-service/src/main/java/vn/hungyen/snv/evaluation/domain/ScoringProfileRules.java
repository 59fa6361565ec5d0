package vn.hungyen.snv.evaluation.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.hungyen.snv.common.rules.Violation;

/**
 * Which scoring profile rates a month, and which new profiles and quota exceptions may be recorded (issue 14).
 *
 * <p>A month is rated by the profile with the latest first month not after it (of two starting the same month, the
 * later version); a month before every profile's first month by the earliest profile, the seed. A published month
 * keeps the profile recorded at its publication whatever is published later, so a new profile may start after a
 * published month, but not at one: that would claim to change figures that no longer change.
 */
public final class ScoringProfileRules {

    private ScoringProfileRules() {
    }

    /** The profile that rates {@code month}; {@code history} is not empty. */
    public static ScoringProfile inForce(List<ScoringProfile> history, YearMonth month) {
        Comparator<ScoringProfile> order = Comparator.comparing(ScoringProfile::firstMonth)
                .thenComparingInt(ScoringProfile::version);
        return history.stream().filter(p -> !p.firstMonth().isAfter(month)).max(order)
                .orElseGet(() -> history.stream().min(Comparator.comparingInt(ScoringProfile::version)).orElseThrow());
    }

    /** One setting that differs between two profiles, by its name in the rules. */
    public record SettingChange(String setting, Object from, Object to) {
    }

    /** The settings of {@code to} that differ from {@code from}, in the order of scoring-hy540 §10. */
    public static List<SettingChange> differences(ScoringSettings from, ScoringSettings to) {
        Map<String, Object> after = to.named();
        List<SettingChange> changes = new ArrayList<>();
        from.named().forEach((setting, before) -> {
            Object now = after.get(setting);
            boolean same = before instanceof BigDecimal a && now instanceof BigDecimal b ? a.compareTo(b) == 0
                    : before.equals(now);
            if (!same) {
                changes.add(new SettingChange(setting, before, now));
            }
        });
        return changes;
    }

    /** A new profile starting {@code firstMonth}: refused when the organisation has published that month. */
    public static Optional<Violation> publish(YearMonth firstMonth, Set<YearMonth> published) {
        if (published.contains(firstMonth)) {
            return Optional.of(new Violation("firstMonth", "month-published", Violation.Kind.CONFLICT,
                    "Tháng " + firstMonth + " đã công bố; kết quả đã công bố giữ nguyên quy định đã dùng. Hãy chọn "
                            + "tháng đầu áp dụng là một tháng chưa công bố."));
        }
        return Optional.empty();
    }

    /**
     * The Director's exception to the HTXSNV quota of one group (§5): the group must be one of the profile's groups,
     * the ratio between 0 and 1, the reason given, and each group named once.
     */
    public static Optional<Violation> quotaException(String group, BigDecimal ratio, String reason,
            ScoringSettings settings, Set<String> groupsBefore) {
        if (group == null || !settings.quotaGroups().contains(group)) {
            return Optional.of(new Violation("quotaExceptions", "unknown-quota-group", Violation.Kind.UNPROCESSABLE,
                    "Nhóm tính tỷ lệ \"" + group + "\" không có trong quy định; các nhóm là "
                            + String.join(", ", settings.quotaGroups()) + "."));
        }
        if (groupsBefore.contains(group)) {
            return Optional.of(new Violation("quotaExceptions", "duplicate-quota-group", Violation.Kind.UNPROCESSABLE,
                    "Nhóm \"" + group + "\" được nêu hai lần; mỗi nhóm chỉ có một ngoại lệ."));
        }
        if (ratio == null || ratio.signum() < 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
            return Optional.of(new Violation("quotaExceptions", "invalid-quota-ratio", Violation.Kind.UNPROCESSABLE,
                    "Tỷ lệ ngoại lệ của nhóm \"" + group + "\" phải từ 0 đến 1; nhận được " + ratio + "."));
        }
        if (reason == null || reason.isBlank()) {
            return Optional.of(new Violation("quotaExceptions", "quota-exception-reason",
                    Violation.Kind.UNPROCESSABLE, "Cần ghi lý do ngoại lệ tỷ lệ của nhóm \"" + group + "\"."));
        }
        return Optional.empty();
    }
}
