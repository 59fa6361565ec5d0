package vn.hungyen.snv.task.testing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.hungyen.snv.common.organisation.DemoOrganisation;

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
    /** Due on a date two months from now, led by CCHC, in a plan not yet published (DRAFT). */
    public static final long IN_DRAFT_PLAN = 9010;
    /** Due on a date two months from now, led by CCHC, in an older version of a published plan (ARCHIVED). */
    public static final long IN_ARCHIVED_PLAN = 9011;
    /** Mỹ Hào's: due on a date two months from now, led by MH-NV with MH-VP coordinating. */
    public static final long MY_HAO_DATED = 9012;
    /** Mỹ Hào's: due "Trước ngày 25 hằng tháng", led by MH-VP: recurring. */
    public static final long MY_HAO_MONTHLY_ON_25 = 9013;

    public static final String DATED_CONTENT = "Báo cáo kết quả kiểm tra công tác cải cách hành chính";

    private CatalogueItems() {
    }

    /** The due date of {@link #DATED}. */
    public static LocalDate datedDueDate() {
        return LocalDate.now().plusMonths(2);
    }

    /** The items by id, in plan-service's JSON shape. */
    static Map<String, Map<String, Object>> byId() {
        LocalDate due = datedDueDate();
        Map<String, Object> dated = deadline("DATE", due.getDayOfMonth() + "/" + due.getMonthValue() + "/"
                + due.getYear(), due);
        return Stream.of(
                item(REGULAR_ONCE, "Cập nhật cơ sở dữ liệu cán bộ, công chức", "CCHC", List.of(),
                        deadline("REGULAR", "Thường xuyên", null), "Cơ sở dữ liệu"),
                item(MONTHLY_ON_5, "Tổng hợp lịch công tác của Sở", "VP", List.of(),
                        deadline("MONTHLY_DAY", "Trước ngày 5 hằng tháng", null), "Lịch công tác"),
                item(DATED, DATED_CONTENT, "CCHC", List.of("VP", "TTRA"), dated, "Báo cáo"),
                item(PAST_YEAR, "Tổng kết công tác cải cách hành chính năm 2024", "CCHC", List.of(),
                        deadline("YEAR", "Năm 2024", LocalDate.of(2024, 12, 31)), "Báo cáo"),
                item(REGULAR, "Theo dõi, đôn đốc thực hiện nhiệm vụ cải cách hành chính", "CCHC", List.of("VP"),
                        deadline("REGULAR", "Thường xuyên", null), "Báo cáo"),
                item(MONTHLY_ON_20, "Báo cáo công tác văn phòng hằng tháng", "VP", List.of(),
                        deadline("MONTHLY_DAY", "Trước ngày 20 hằng tháng", null), "Báo cáo"),
                item(REGULAR_FOR_BULK, "Thẩm định hồ sơ thủ tục hành chính", "CCHC", List.of(),
                        deadline("REGULAR", "Thường xuyên", null), "Hồ sơ"),
                item(REGULAR_TO_STOP, "Hướng dẫn, kiểm tra việc niêm yết thủ tục hành chính", "CCHC", List.of(),
                        deadline("REGULAR", "Thường xuyên", null), "Báo cáo"),
                item(MONTHLY_ON_10_TO_STOP, "Tổng hợp văn bản đến, văn bản đi của Sở", "VP", List.of(),
                        deadline("MONTHLY_DAY", "Trước ngày 10 hằng tháng", null), "Báo cáo"),
                with(item(IN_DRAFT_PLAN, "Dự thảo kế hoạch kiểm tra cải cách hành chính", "CCHC", List.of(), dated,
                        "Báo cáo"), "planStatus", "DRAFT"),
                with(item(IN_ARCHIVED_PLAN, "Kiểm tra cải cách hành chính theo kế hoạch cũ", "CCHC", List.of(), dated,
                        "Báo cáo"), "planStatus", "ARCHIVED"),
                with(item(MY_HAO_DATED, "Rà soát vị trí việc làm của thị xã", "MH-NV", List.of("MH-VP"), dated,
                        "Báo cáo"), "organisationCode", DemoOrganisation.MY_HAO),
                with(item(MY_HAO_MONTHLY_ON_25, "Tổng hợp báo cáo kinh tế - xã hội hằng tháng của thị xã", "MH-VP",
                        List.of(), deadline("MONTHLY_DAY", "Trước ngày 25 hằng tháng", null), "Báo cáo"),
                        "organisationCode", DemoOrganisation.MY_HAO))
                .collect(Collectors.toMap(item -> String.valueOf(item.get("id")), item -> item));
    }

    /**
     * Whether the id is one of the items tests name only to group their tasks (their requests give the wording, unit
     * and date): 50–99 and 700 000–1 999 999. Every other id outside the list above is unknown.
     */
    static boolean isGrouping(long id) {
        return (id >= 50 && id <= 99) || (id >= 700_000 && id <= 1_999_999);
    }

    /** A grouping item of the organisation's published plan: no deadline, coordinating units or product of its own. */
    static Map<String, Object> grouping(long id, String organisationCode) {
        Map<String, Object> item = item(id, "Mục danh mục " + id, null, List.of(), null, null);
        item.put("organisationCode", organisationCode);
        return item;
    }

    /** A Department item of a published plan, as plan-service's item view shows it. */
    private static Map<String, Object> item(long id, String content, String leadUnit, List<String> coordinating,
            Map<String, Object> deadline, String product) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", id);
        item.put("planId", 1);
        item.put("organisationCode", DemoOrganisation.DEPARTMENT);
        item.put("planStatus", "PUBLISHED");
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

    private static Map<String, Object> with(Map<String, Object> item, String key, Object value) {
        item.put(key, value);
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
