package vn.hungyen.snv.evaluation.domain;

/**
 * The monthly, quarterly or yearly rating of an officer or a unit: the four bands of scoring-hy540 §4
 * plus {@link #NO_TASK_DATA} for a period without products (§3, W = 0) and {@link #ON_LEAVE} for an officer's
 * month spent mostly on leave, which is not evaluated (§9, {@link LeaveRules}).
 */
public enum Level {
    HTXSNV("Hoàn thành xuất sắc nhiệm vụ", 4),
    HTTNV("Hoàn thành tốt nhiệm vụ", 3),
    HTNV("Hoàn thành nhiệm vụ", 2),
    KHTNV("Không hoàn thành nhiệm vụ", 1),
    NO_TASK_DATA("Không có sản phẩm trong kỳ", 0),
    ON_LEAVE("Nghỉ theo chế độ, không đánh giá trong tháng", 0);

    private final String label;
    private final int rank;

    Level(String label, int rank) {
        this.label = label;
        this.rank = rank;
    }

    /** The Vietnamese name used in decisions and on screen. */
    public String label() {
        return label;
    }

    /** Higher is better; {@link #NO_TASK_DATA} and {@link #ON_LEAVE} rank below every band. */
    public int rank() {
        return rank;
    }

    /** True for the four bands, false for {@link #NO_TASK_DATA} and {@link #ON_LEAVE}. */
    public boolean isRated() {
        return this != NO_TASK_DATA && this != ON_LEAVE;
    }

    /**
     * This level, lowered to {@code cap} when it ranks higher. An unrated level neither caps nor is
     * capped: there is nothing to compare with.
     */
    public Level cappedAt(Level cap) {
        if (!isRated() || !cap.isRated()) {
            return this;
        }
        return rank > cap.rank ? cap : this;
    }
}
