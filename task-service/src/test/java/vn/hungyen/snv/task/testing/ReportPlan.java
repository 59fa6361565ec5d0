package vn.hungyen.snv.task.testing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.hungyen.snv.common.organisation.DemoOrganisation;

/**
 * The Department's plan that the results report tests draw reports on, as the plan-service fake serves it: four items
 * in two fields, with ids in the fake's grouping range so that tests can assign tasks of them with their own dates.
 */
public final class ReportPlan {

    public static final String CODE = "KH-BAOCAO-2024";
    public static final long ID = 77;
    public static final String ORGANISING = "Tổ chức bộ máy";
    public static final String REFORM = "Cải cách hành chính";
    /** TCBC's, due 31/03/2024. */
    public static final long STAFFING = 1_950_001;
    /** CCHC's, recurring. */
    public static final long CHECKS = 1_950_002;
    /** CCHC's, due 31/05/2024; no test gives it to anybody. */
    public static final long INDEX = 1_950_003;
    public static final String INDEX_CONTENT = "Xác định Chỉ số cải cách hành chính của Sở";
    /** TCBC's, due 30/11/2024: the second half's. */
    public static final long LATER = 1_950_004;
    public static final String LATER_CONTENT = "Sơ kết công tác tổ chức bộ máy";

    private ReportPlan() {
    }

    static Map<String, Object> plan() {
        return Map.of("id", ID, "organisationCode", DemoOrganisation.DEPARTMENT, "code", CODE, "title",
                "Kế hoạch công tác năm 2024 (thử nghiệm báo cáo)", "year", 2024, "status", "PUBLISHED");
    }

    static Map<String, Object> itemPage() {
        List<Map<String, Object>> items = List.of(
                item(STAFFING, 1, ORGANISING, "Rà soát, hoàn thiện đề án vị trí việc làm", "TCBC",
                        LocalDate.of(2024, 3, 31)),
                item(CHECKS, 2, REFORM, "Kiểm tra công tác cải cách hành chính", "CCHC", null),
                item(INDEX, 3, REFORM, INDEX_CONTENT, "CCHC", LocalDate.of(2024, 5, 31)),
                item(LATER, 4, ORGANISING, LATER_CONTENT, "TCBC", LocalDate.of(2024, 11, 30)));
        return Map.of("items", items, "page", 0, "size", 200, "total", items.size());
    }

    private static Map<String, Object> item(long id, int number, String field, String content, String leadUnit,
            LocalDate due) {
        Map<String, Object> deadline = new HashMap<>();
        deadline.put("kind", due == null ? "REGULAR" : "DATE");
        deadline.put("text", due == null ? "Thường xuyên" : due.getDayOfMonth() + "/" + due.getMonthValue() + "/"
                + due.getYear());
        deadline.put("dueDate", due == null ? null : due.toString());
        Map<String, Object> item = new HashMap<>();
        item.put("id", id);
        item.put("number", number);
        item.put("field", field);
        item.put("content", content);
        item.put("leadUnit", leadUnit);
        item.put("deadline", deadline);
        return item;
    }
}
