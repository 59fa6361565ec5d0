package vn.hungyen.snv.webui.domain;

/** The Vietnamese words for a plan's status, a change between its versions and how an item rests on its source. */
public final class PlanLabels {

    private PlanLabels() {
    }

    /** {@code DRAFT}, {@code PUBLISHED}, {@code ARCHIVED} (replaced by a later version). */
    public static String status(String status) {
        return switch (status) {
            case "DRAFT" -> "Dự thảo";
            case "PUBLISHED" -> "Đã ban hành";
            case "ARCHIVED" -> "Đã thay thế";
            default -> status;
        };
    }

    /** How an item changed from one version to the next: {@code ADDED}, {@code REMOVED}, {@code CHANGED}. */
    public static String change(String kind) {
        return switch (kind) {
            case "ADDED" -> "Bổ sung";
            case "REMOVED" -> "Bỏ ra";
            case "CHANGED" -> "Điều chỉnh";
            default -> kind;
        };
    }

    /**
     * {@code QUOTED}: the item says what its source lines say; {@code DERIVED}: it makes a concrete task of a general
     * directive. Null when the catalogue does not tell.
     */
    public static String derivation(String derivation) {
        if (derivation == null) {
            return null;
        }
        return switch (derivation) {
            case "QUOTED" -> "Nguyên văn dòng nguồn";
            case "DERIVED" -> "Cụ thể hóa từ chỉ đạo chung";
            default -> derivation;
        };
    }
}
