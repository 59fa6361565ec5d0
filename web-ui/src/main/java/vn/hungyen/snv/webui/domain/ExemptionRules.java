package vn.hungyen.snv.webui.domain;

import java.util.Collection;
import java.util.Objects;

/**
 * Exemption requests (miễn trừ) as the evaluation page offers them (scoring-hy540.md §1, §8): an officer
 * asks that a product's late events and quality returns not count, for an objective cause; the head rules on
 * an officer's request, the supervising deputy director on a head's.
 */
public final class ExemptionRules {

    /** The Vietnamese name of a request's status and the colour class it is shown in. */
    public record Status(String label, String tone) {
    }

    private static final String PENDING = "PENDING";
    private static final String APPROVED = "APPROVED";

    private ExemptionRules() {
    }

    public static Status status(String code) {
        return switch (code == null ? "" : code) {
            case PENDING -> new Status("Chờ xem xét", "warn");
            case APPROVED -> new Status("Đã chấp thuận", "done");
            case "REFUSED" -> new Status("Không chấp thuận", "bad");
            default -> new Status("Không rõ", "muted");
        };
    }

    /**
     * Whether a product may be the subject of a new request: it has a counted late event or return, and no request
     * on it is waiting or approved (after a refusal the officer may ask again).
     */
    public static boolean requestable(int lateEvents, int qualityReturns, Collection<String> statusesOnProduct) {
        return (lateEvents > 0 || qualityReturns > 0)
                && statusesOnProduct.stream().noneMatch(s -> PENDING.equals(s) || APPROVED.equals(s));
    }

    /**
     * Whether {@code caller} rules on the requests of {@code officer} of a unit with this head and supervising deputy
     * director: the head rules on the unit's officers, the deputy director on the head.
     */
    public static boolean rulesOn(String caller, String officer, String unitHead, String unitSupervisor) {
        String reviewer = Objects.equals(officer, unitHead) ? unitSupervisor : unitHead;
        return caller != null && caller.equals(reviewer);
    }
}
