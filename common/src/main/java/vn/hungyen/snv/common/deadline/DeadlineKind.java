package vn.hungyen.snv.common.deadline;

/** The shapes a plan's deadline (thời hạn) takes, each with the label the UI shows. */
public enum DeadlineKind {
    DATE("Ngày cụ thể"),
    MONTH("Tháng"),
    QUARTER("Quý"),
    HALF_YEAR("6 tháng"),
    YEAR("Năm"),
    /** Every month, scored month by month (thường xuyên). */
    REGULAR("Thường xuyên"),
    /** A fixed day of every month (trước ngày N hằng tháng). */
    MONTHLY_DAY("Ngày cố định hằng tháng");

    private final String label;

    DeadlineKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True for the kinds that come back every month instead of falling due once. */
    public boolean recurring() {
        return this == REGULAR || this == MONTHLY_DAY;
    }
}
