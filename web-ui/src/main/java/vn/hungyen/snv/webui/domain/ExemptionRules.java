package vn.hungyen.snv.webui.domain;

/**
 * Exemption requests (miễn trừ) as the evaluation page shows them (scoring-hy540.md §1, §8): the Vietnamese name of
 * where a request stands. Who may ask for one and who rules on it is evaluation-service's answer.
 */
public final class ExemptionRules {

    /** The Vietnamese name of a request's status and the colour class it is shown in. */
    public record Status(String label, String tone) {
    }

    private ExemptionRules() {
    }

    public static Status status(String code) {
        return switch (code == null ? "" : code) {
            case "PENDING" -> new Status("Chờ xem xét", "warn");
            case "APPROVED" -> new Status("Đã chấp thuận", "done");
            case "REFUSED" -> new Status("Không chấp thuận", "bad");
            default -> new Status("Không rõ", "muted");
        };
    }
}
