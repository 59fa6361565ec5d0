package vn.hungyen.snv.task.testing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The catalogue items the plan-service fake serves, in plan-service's JSON shape; each test class uses its own. */
public final class CatalogueItems {

    /** Due on a date two months from now, led by CCHC with VP and TTRA coordinating. */
    public static final long DATED = 9001;
    /** Due "Năm 2024", long past, led by CCHC. */
    public static final long PAST_YEAR = 9002;
    /** Due "Thường xuyên", led by CCHC with VP coordinating: recurring. */
    public static final long REGULAR = 9003;
    /** Due "Trước ngày 20 hằng tháng", led by VP: recurring. */
    public static final long MONTHLY_ON_20 = 9004;
    /** Due "Thường xuyên", led by CCHC, for the bulk tests. */
    public static final long REGULAR_FOR_BULK = 9005;
    /** Due "Thường xuyên", led by CCHC, assigned once (not as recurring). */
    public static final long REGULAR_ONCE = 9006;
    /** Due "Trước ngày 5 hằng tháng", led by VP: recurring. */
    public static final long MONTHLY_ON_5 = 9007;
    /** Due "Thường xuyên", led by CCHC: recurring, for the tests that list and stop recurring assignments. */
    public static final long REGULAR_TO_STOP = 9008;
    /** Due "Trước ngày 10 hằng tháng", led by VP: recurring, for the tests that list and stop recurring assignments. */
    public static final long MONTHLY_ON_10_TO_STOP = 9009;

    public static final String DATED_CONTENT = "Báo cáo kết quả kiểm tra công tác cải cách hành chính";

    private CatalogueItems() {
    }

    /** The due date of {@link #DATED}. */
    public static LocalDate datedDueDate() {
        return LocalDate.now().plusMonths(2);
    }

    static Map<String, Map<String, Object>> byId() {
        LocalDate due = datedDueDate();
        return Map.of(
                String.valueOf(REGULAR_ONCE), item(REGULAR_ONCE, "Cập nhật cơ sở dữ liệu cán bộ, công chức",
                        "CCHC", List.of(), deadline("REGULAR", "Thường xuyên", null), "Cơ sở dữ liệu"),
                String.valueOf(MONTHLY_ON_5), item(MONTHLY_ON_5, "Tổng hợp lịch công tác của Sở", "VP",
                        List.of(), deadline("MONTHLY_DAY", "Trước ngày 5 hằng tháng", null), "Lịch công tác"),
                String.valueOf(DATED), item(DATED, DATED_CONTENT, "CCHC", List.of("VP", "TTRA"),
                        deadline("DATE", due.getDayOfMonth() + "/" + due.getMonthValue() + "/" + due.getYear(), due),
                        "Báo cáo"),
                String.valueOf(PAST_YEAR), item(PAST_YEAR, "Tổng kết công tác cải cách hành chính năm 2024", "CCHC",
                        List.of(), deadline("YEAR", "Năm 2024", LocalDate.of(2024, 12, 31)), "Báo cáo"),
                String.valueOf(REGULAR), item(REGULAR, "Theo dõi, đôn đốc thực hiện nhiệm vụ cải cách hành chính",
                        "CCHC", List.of("VP"), deadline("REGULAR", "Thường xuyên", null), "Báo cáo"),
                String.valueOf(MONTHLY_ON_20), item(MONTHLY_ON_20, "Báo cáo công tác văn phòng hằng tháng", "VP",
                        List.of(), deadline("MONTHLY_DAY", "Trước ngày 20 hằng tháng", null), "Báo cáo"),
                String.valueOf(REGULAR_FOR_BULK), item(REGULAR_FOR_BULK, "Thẩm định hồ sơ thủ tục hành chính",
                        "CCHC", List.of(), deadline("REGULAR", "Thường xuyên", null), "Hồ sơ"),
                String.valueOf(REGULAR_TO_STOP), item(REGULAR_TO_STOP, "Hướng dẫn, kiểm tra việc niêm yết thủ tục "
                        + "hành chính", "CCHC", List.of(), deadline("REGULAR", "Thường xuyên", null), "Báo cáo"),
                String.valueOf(MONTHLY_ON_10_TO_STOP), item(MONTHLY_ON_10_TO_STOP, "Tổng hợp văn bản đến, văn bản "
                        + "đi của Sở", "VP", List.of(), deadline("MONTHLY_DAY", "Trước ngày 10 hằng tháng", null),
                        "Báo cáo"));
    }

    private static Map<String, Object> item(long id, String content, String leadUnit, List<String> coordinating,
            Map<String, Object> deadline, String product) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", id);
        item.put("planId", 1);
        item.put("number", (int) (id - 9000));
        item.put("field", "Cải cách hành chính");
        item.put("content", content);
        item.put("leadUnit", leadUnit);
        item.put("coordinatingUnits", coordinating);
        item.put("supervisor", "deputy1");
        item.put("deadline", deadline);
        item.put("product", product);
        return item;
    }

    private static Map<String, Object> deadline(String kind, String text, LocalDate dueDate) {
        Map<String, Object> deadline = new LinkedHashMap<>();
        deadline.put("kind", kind);
        deadline.put("text", text);
        deadline.put("dueDate", dueDate == null ? null : dueDate.toString());
        deadline.put("recurring", dueDate == null);
        return deadline;
    }
}
