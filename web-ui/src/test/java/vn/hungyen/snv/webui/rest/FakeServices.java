package vn.hungyen.snv.webui.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import vn.hungyen.snv.webui.client.EvaluationGateway;

/**
 * A small real HTTP stand-in for task-service, plan-service and evaluation-service, so the pages are
 * tested over real HTTP with the real REST clients. It serves tasks 11 (of catalogue item 7), 12, 13 (assigned), 14
 * (submitted), 15 (with a pending extension request), the progress of catalogue items 7 and 8 (unless
 * {@link #PROGRESS_DOWN}), the catalogue {@link #ITEMS} (each item by id unless {@link #PLAN_ITEM_DOWN}) and
 * the {@link #PLANS} with their diff, export, imports, copies and publication (see {@link #plans}),
 * the CCHC officers (one by id, {@link #OFFICER_VIEWS}, only to callers of its organisation; a new one as id 310), the
 * {@link #ORGANISATIONS}, the results report of 2024-H1 (another period refused), refuses a report and an extension of
 * task 13; it lists the {@link #RECURRING} assignments
 * and stops them, except 6;
 * it serves month 2024-06 of officers 49 (self-assessed, with products) and 50
 * (not yet: reviewing them is refused), the exemption requests of officer 49 (6 refused, 7 pending; a new one for
 * task 12 and a second ruling on 6 are refused), what the caller may do next on each (officer.cchc.1 self-assesses
 * and may ask for an exemption for task 13, head.cchc reviews 49 and rules on request 7; nobody else may do
 * anything; in {@link #REVIEWED_MONTH} officer.cchc.1 no longer self-assesses), every month's schedule with the
 * limits of the scores (G up to 40 in {@link #REVIEWED_MONTH}, else 30; unless {@link #SCHEDULE_DOWN}),
 * refuses publication with what is missing, and drops the
 * connection for month 2099-12 as a service that is down would. It records what it receives.
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {

    /** The results report of 2024-H1 is served (a few bytes); another period is refused with this detail. */
    public static final String REPORT_REFUSAL = "Chưa có tháng nào của quý III năm 2024 được công bố kết quả đánh giá.";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** Requests received: "METHOD path | Authorization | body". */
    public static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    /** Task 13 is done: reporting it again is refused with this detail. */
    public static final String REFUSAL = "Nhiệm vụ đã hoàn thành, không thể báo cáo lại.";
    /** Publication of 2024-06 is refused with this detail and these missing steps. */
    public static final String PUBLISH_REFUSAL = "Còn 2 việc phải hoàn thành trước khi công bố kết quả tháng.";
    public static final List<String> MISSING = List.of("Trịnh Thị Thảo (CCHC) chưa tự đánh giá.",
            "Mai Minh Khánh (CCHC) chưa được lãnh đạo xem xét.");
    /** Officer 50 has not self-assessed: reviewing them is refused with this detail. */
    public static final String REVIEW_REFUSAL = "Công chức chưa tự đánh giá tháng 2024-06; cần có bản tự đánh giá trước khi xem xét.";
    /** Item 7 of the catalogue has these tasks; item 8 has none. */
    public static final String PROGRESS = """
            [{"planItemId":7,"total":3,"done":2,"doneLate":1,"open":1,"overdue":0}]""";
    /**
     * The unit's recurring assignments: 5 (officer 49, three months written, the latest task 13) and 6 (the whole
     * unit), which was stopped meanwhile: stopping it is refused with {@link #STOP_REFUSAL}.
     */
    public static final String RECURRING = """
            [{"id":5,"planItemId":9,"title":"Tổng hợp, báo cáo tình hình thực hiện công tác cải cách hành chính",
              "unitCode":"CCHC","assigneeId":49,"deadline":"Trước ngày 20 hằng tháng","firstMonth":"2024-04",
              "assignedBy":"head.cchc","monthsWritten":3,"lastTaskId":13,"stoppedAt":null},
             {"id":6,"planItemId":9,"title":"Cập nhật cơ sở dữ liệu thủ tục hành chính","unitCode":"CCHC",
              "assigneeId":null,"deadline":"Thường xuyên","firstMonth":"2024-06","assignedBy":"head.cchc",
              "monthsWritten":1,"lastTaskId":12,"stoppedAt":null}]""";
    public static final String STOP_REFUSAL = "Việc định kỳ này đã được dừng ngày 01/06/2024 (người dừng: deputy1).";
    /** While set, progress requests find task-service down. */
    public static final AtomicBoolean PROGRESS_DOWN = new AtomicBoolean();
    /** While set, requests for one catalogue item find plan-service down. */
    public static final AtomicBoolean PLAN_ITEM_DOWN = new AtomicBoolean();
    /** The month whose requests find evaluation-service down. */
    public static final String DOWN_MONTH = "2099-12";
    /** A month whose review is done, rated on a scale where G goes up to 40. */
    public static final String REVIEWED_MONTH = "2024-05";
    /**
     * The month in progress today in Hà Nội: officer 49's answer then names product 12 still to come and the month
     * were it done on time; no other month has that part.
     */
    public static final YearMonth CURRENT_MONTH = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    /** A published month with one adjustment by the Director (officer 49's G and level), seen by everyone. */
    public static final String PUBLISHED_MONTH = "2024-03";
    /** While set, requests for a month's adjustments find evaluation-service down. */
    public static final AtomicBoolean ADJUSTMENTS_DOWN = new AtomicBoolean();
    private static final String ADJUSTMENTS = """
            [{"id":3,"officerId":49,"unitCode":"CCHC","generalBefore":25,"generalAfter":28,"totalBefore":54.17,
              "totalAfter":88.5,"levelBefore":"HTNV","levelAfter":"HTTNV","generalGiven":28,"levelGiven":"HTTNV",
              "reason":"Chấp nhận khiếu nại về điểm tiêu chí chung","by":"director","at":"2024-04-15T03:00:00Z",
              "changes":[
               {"officerId":49,"unitCode":"CCHC","name":"Mai Minh Khánh",
                "before":{"total":54.17,"level":"HTNV","bandLevel":"HTNV"},
                "after":{"total":88.5,"level":"HTTNV","bandLevel":"HTTNV"}},
               {"unitCode":"CCHC","name":"Phòng Cải cách hành chính",
                "before":{"total":40,"level":"KHTNV","bandLevel":"KHTNV"},
                "after":{"total":52.25,"level":"HTNV","bandLevel":"HTNV"}}]}]""";
    /** While set, requests for a month's schedule find evaluation-service down. */
    public static final AtomicBoolean SCHEDULE_DOWN = new AtomicBoolean();
    /** Task 12 has no late event or return: an exemption request for it is refused with this detail. */
    public static final String EXEMPTION_REFUSAL = "Sản phẩm của nhiệm vụ 12 không có lần trễ hạn hay lần bị trả lại "
            + "nào được tính; không có gì để miễn trừ.";
    /** Exemption request 6 of officer 49 is already refused: ruling on it again is refused with this detail. */
    public static final String RULING_REFUSAL = "Đề nghị miễn trừ 6 đã được head.cchc xem xét; không thể xem xét lại.";

    private static final String OFFICERS = """
            [{"id":48,"organisationCode":"SNV","username":"head.cchc","fullName":"Nguyễn Văn Trưởng","unitCode":"CCHC","position":"Trưởng phòng","role":"head"},
             {"id":49,"organisationCode":"SNV","username":"officer.cchc.1","fullName":"Mai Minh Khánh","unitCode":"CCHC","position":"Chuyên viên","role":"officer"}]
            """;
    /**
     * Officers by id, each shown only to callers of its organisation (else 404): 49 has a demo account, 300 and 301
     * (Department, CCHC) have none, 201 is of Mỹ Hào; 11 (officer.vp.4) has moved from VP to TCBC.
     */
    static final Map<Long, String> OFFICER_VIEWS = Map.of(
            11L, officerView(11, "SNV", "officer.vp.4", "Bùi Mạnh Phong", "TCBC"),
            49L, officerView(49, "SNV", "officer.cchc.1", "Mai Minh Khánh", "CCHC"),
            300L, officerView(300, "SNV", null, "Nguyễn Thị Mới", "CCHC"),
            301L, officerView(301, "SNV", null, "Trần Văn Bổ Sung", "CCHC"),
            201L, officerView(201, "MYHAO", "chairman.myhao", "Chủ tịch Mỹ Hào", null));
    /** The organisations plan-service knows; any other code is a 404. */
    static final Map<String, String> ORGANISATIONS = Map.of(
            "SNV", "{\"code\":\"SNV\",\"name\":\"Sở Nội vụ tỉnh Hưng Yên\",\"kind\":\"SO\"}",
            "MYHAO", "{\"code\":\"MYHAO\",\"name\":\"Ủy ban nhân dân thị xã Mỹ Hào\",\"kind\":\"UBND_HUYEN\"}");

    /**
     * The organisation's plans: KH-SNV-2024 (1, published, the one people work to), the draft KH-SNV-2025 (2, empty:
     * publishing it is refused with {@link #PUBLISH_PLAN_REFUSAL}) and KH-SNV-2023 in two versions (3 replaced by 4).
     */
    private static final String PLANS = """
            [{"id":1,"organisationCode":"SNV","code":"KH-SNV-2024","version":1,"title":"Kế hoạch công tác ngành Nội vụ năm 2024","year":2024,
              "status":"PUBLISHED","itemCount":196,"documentNumber":"15/KH-SNV","documentDate":"2024-01-10","documentSigner":"Nguyễn Văn Giám"},
             {"id":2,"organisationCode":"SNV","code":"KH-SNV-2025","version":1,"title":"Kế hoạch công tác ngành Nội vụ năm 2025","year":2025,
              "status":"DRAFT","itemCount":0,"documentNumber":null,"documentDate":null,"documentSigner":null},
             {"id":3,"organisationCode":"SNV","code":"KH-SNV-2023","version":1,"title":"Kế hoạch công tác năm 2023","year":2023,
              "status":"ARCHIVED","itemCount":150,"documentNumber":"09/KH-SNV","documentDate":"2023-01-12","documentSigner":"Nguyễn Văn Giám"},
             {"id":4,"organisationCode":"SNV","code":"KH-SNV-2023","version":2,"title":"Kế hoạch công tác năm 2023 (điều chỉnh)","year":2023,
              "status":"PUBLISHED","itemCount":152,"documentNumber":"77/KH-SNV","documentDate":"2023-07-01","documentSigner":"Trần Thị Phó"}]""";
    /** Publishing the empty draft 2 is refused with this detail. */
    public static final String PUBLISH_PLAN_REFUSAL = "Kế hoạch chưa có nhiệm vụ nào; nạp danh mục trước khi ban hành.";
    /** Creating a plan with the code KH-SNV-2024 is refused with this detail. */
    public static final String PLAN_EXISTS = "Mã kế hoạch KH-SNV-2024 đã được dùng.";
    /** What changed from version 1 to 2 of KH-SNV-2023. */
    private static final String DIFF = """
            {"code":"KH-SNV-2023","fromVersion":1,"toVersion":2,"changes":[
             {"number":5,"kind":"CHANGED","content":"Rà soát thủ tục hành chính","columns":[{"column":"Thời gian hoàn thành","before":"Quý II/2023","after":"Quý III/2023"}]},
             {"number":151,"kind":"ADDED","content":"Tổ chức hội nghị sơ kết","columns":[]},
             {"number":152,"kind":"REMOVED","content":"Khảo sát mức độ hài lòng","columns":[]}]}""";
    /** A dry run of a file with a row that lacks its lead unit. */
    private static final String REPORT_WITH_PROBLEMS = """
            {"planId":2,"planCode":"KH-SNV-2025","version":1,"dryRun":true,"applied":false,"rowCount":3,"validRowCount":2,
             "problemCount":1,"rows":[{"row":3,"problems":[{"column":"Đơn vị chủ trì","message":"Thiếu đơn vị chủ trì."}]}],
             "changes":[]}""";
    /** A dry run (or the import) of a file of two new items. */
    private static final String REPORT = """
            {"planId":2,"planCode":"KH-SNV-2025","version":1,"dryRun":%b,"applied":%b,"rowCount":3,"validRowCount":2,
             "problemCount":0,"rows":[],"changes":[
             {"number":1,"kind":"ADDED","content":"Xây dựng kế hoạch cải cách hành chính năm 2025","columns":[]},
             {"number":2,"kind":"ADDED","content":"Tổng hợp báo cáo công tác tháng","columns":[]}]}""";
    /** The catalogue by item id: 7, 8 and 9 (monthly, with a long content) led by CCHC, 10 ("thường xuyên") by VP. */
    static final Map<Long, String> ITEMS = Map.of(
            7L, """
                {"id":7,"number":87,"field":"Cải cách hành chính","content":"Xây dựng Kế hoạch cải cách hành chính năm 2024",
                 "leadUnit":"CCHC","coordinatingUnits":["VP"],"deadline":{"kind":"QUARTER","label":"Quý","text":"Quý I/2024",
                 "dueDate":"2024-03-31","recurring":false},"product":"Kế hoạch","target":null,"source":"004_38b8e90ea4ed07a7.txt:300",
                 "sourceQuote":"Xây dựng Kế hoạch cải cách hành chính năm 2024 của Sở","derivation":"QUOTED"}""",
            8L, """
                {"id":8,"number":88,"field":"Cải cách hành chính","content":"Kiểm tra công tác cải cách hành chính",
                 "leadUnit":"CCHC","coordinatingUnits":[],"deadline":{"kind":"YEAR","label":"Năm","text":"Năm 2024",
                 "dueDate":"2024-12-31","recurring":false},"product":"Báo cáo","target":null,"source":"004_38b8e90ea4ed07a7.txt:301-302",
                 "sourceQuote":"Tăng cường kiểm tra việc thực hiện nhiệm vụ cải cách hành chính","derivation":"DERIVED"}""",
            9L, """
                {"id":9,"number":90,"field":"Cải cách hành chính","content":"Tổng hợp, báo cáo tình hình thực hiện công tác cải cách hành chính của các sở, ban, ngành và UBND cấp huyện gửi UBND tỉnh",
                 "leadUnit":"CCHC","coordinatingUnits":[],"deadline":{"kind":"MONTHLY_DAY","label":"Hằng tháng",
                 "text":"Trước ngày 20 hằng tháng","dueDate":null,"recurring":true},"product":"Báo cáo","target":null,
                 "source":"004_38b8e90ea4ed07a7.txt:302"}""",
            10L, """
                {"id":10,"number":150,"field":"Quản lý, điều hành Sở","content":"Tổng hợp báo cáo công tác tháng của Sở",
                 "leadUnit":"VP","coordinatingUnits":[],"deadline":{"kind":"REGULAR","label":"Thường xuyên",
                 "text":"Thường xuyên","dueDate":null,"recurring":true},"product":"Báo cáo","target":null,
                 "source":"004_38b8e90ea4ed07a7.txt:400"}""");

    private static final String OFFICER_50 = """
            {"officerId":50,"fullName":"Trịnh Thị Thảo","unitCode":"CCHC","position":"STAFF",
             "quantity":100,"quality":100,"timeliness":100,"taskScore":70,"level":"NO_TASK_DATA",
             "status":"AWAITING_SELF_ASSESSMENT",
             "actions":{"selfAssess":false,"review":false,"requestExemption":[],"ruleOnExemption":[]}}""";

    /** The unit's deputy head: d, đ, e with how đ was set, lowered by the head cap and then by the quota. */
    private static final String OFFICER_51 = """
            {"officerId":51,"fullName":"Đỗ Văn Phó","unitCode":"CCHC","position":"DEPUTY_HEAD",
             "quantity":100,"quality":100,"timeliness":75,"unitResults":50,"organising":50,"cohesion":100,
             "organisingBasis":"LOW_TIMELINESS","taskScore":66,"generalScore":28,"total":94,"level":"HTTNV",
             "bandLevel":"HTXSNV","ruleAdjustments":["QUOTA"],"status":"REVIEWED",
             "levelChanges":[{"rule":"QUOTA","from":"HTXSNV","to":"HTTNV","quotaGroup":"leaders","candidates":5,
               "allowed":1}],
             "review":{"generalScore":28,"disciplined":false,"degraded":false,"corruptionInUnit":false,
               "by":"deputy1","at":"2024-07-05T02:00:00Z"},
             "actions":{"selfAssess":false,"review":false,"requestExemption":[],"ruleOnExemption":[]}}""";

    private static final String DASHBOARD = """
            {"month":"2024-06","published":false,"officerCount":76,
             "levels":{"HTXSNV":5,"HTTNV":40,"HTNV":10,"KHTNV":1,"NO_TASK_DATA":20},
             "units":[{"unitCode":"CCHC","unitName":"Phòng Cải cách hành chính","supervisorUsername":"deputy1",
                       "officerCount":9,"levels":{"HTXSNV":1,"HTTNV":5,"HTNV":2,"KHTNV":0,"NO_TASK_DATA":1},
                       "total":84.5,"level":"HTTNV","overdueTasks":3},
                      {"unitCode":"VP","unitName":"Văn phòng Sở","supervisorUsername":"deputy1",
                       "officerCount":10,"levels":{"HTXSNV":0,"HTTNV":6,"HTNV":3,"KHTNV":1,"NO_TASK_DATA":0},
                       "total":null,"level":null,"overdueTasks":9}],
             "deputies":[{"username":"deputy1","fullName":"Lương Thành Cường","unitCodes":["CCHC","VP"],
                          "levels":{"HTXSNV":1,"HTTNV":11,"HTNV":5,"KHTNV":1,"NO_TASK_DATA":1},"overdueTasks":12}],
             "trend":[{"month":"2024-01","published":true,"levels":{"HTXSNV":4,"HTTNV":42},"averageTotal":81.25},
                      {"month":"2024-06","published":false,"levels":{"HTXSNV":5,"HTTNV":40,"HTNV":10,"KHTNV":1,"NO_TASK_DATA":20},
                       "averageTotal":79.4}],
             "overdueTasks":12}""";
    /** plan-service's refusal of a calendar year with a weekday entered as a worked day. */
    public static final String CALENDAR_REFUSAL = "Dòng 2 (2027-09-07): ngày làm bù phải là thứ Bảy hoặc Chủ nhật.";

    /** The message of the caller's unread reminder 71. */
    public static final String PERIOD_REFUSAL = "Kỳ phải là một năm (YYYY, ví dụ 2024) hoặc một quý (YYYY-Qn).";
    public static final String DEPUTY_REFUSAL = "Cần ghi tháng bắt đầu áp dụng, một tháng dạng yyyy-MM.";
    public static final String NOTIFICATION = "Nhiệm vụ «Nhiệm vụ thử 12» đã quá hạn 3 ngày làm việc (hạn 05/03/2024).";
    public static final String MONTH_NOTIFICATION = "Đồng chí chưa tự đánh giá kết quả tháng 2/2024; hạn tự đánh giá là "
            + "ngày 05/03/2024.";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOT_FOUND = "{\"status\":404,\"detail\":\"Không tìm thấy.\"}";

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/tasks", this::tasks);
        server.createContext("/api/evaluations", this::evaluations);
        server.createContext("/api/evaluations/periods/", FakeServices::periods);
        server.createContext("/api/officers", this::officers);
        server.createContext("/api/organisations/", exchange -> {
            record(exchange);
            String path = exchange.getRequestURI().getPath();
            String organisation = ORGANISATIONS.get(path.substring(path.lastIndexOf('/') + 1));
            reply(exchange, organisation == null ? 404 : 200, organisation == null ? "application/problem+json"
                    : "application/json", organisation == null ? NOT_FOUND : organisation);
        });
        server.createContext("/api/units", exchange -> {
            record(exchange);
            reply(exchange, 200, "application/json", """
                    [{"code":"CCHC","name":"Phòng Cải cách hành chính","headUsername":"head.cchc","supervisorUsername":"deputy1"},
                     {"code":"VP","name":"Văn phòng Sở","headUsername":"head.vp","supervisorUsername":"deputy1"}]""");
        });
        server.createContext("/api/units/CCHC/deputies", FakeServices::deputies);
        server.createContext("/api/notifications", FakeServices::notifications);
        server.createContext("/api/scoring-profiles", FakeScoring::profiles);
        server.createContext("/api/plans", this::plans);
        server.createContext("/api/reports/results", exchange -> {
            record(exchange);
            if ("2024-H1".equals(queryParameter(exchange, "period"))) {
                byte[] file = "PK-fake-docx".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", DOCX);
                exchange.getResponseHeaders().add("Content-Disposition",
                        "attachment; filename=\"bao-cao-KH-SNV-2024-2024-H1.docx\"");
                exchange.sendResponseHeaders(200, file.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(file);
                }
            } else {
                reply(exchange, 409, "application/problem+json", "{\"status\":409,\"code\":\"period-not-published\","
                        + "\"detail\":\"" + REPORT_REFUSAL + "\"}");
            }
        });
        server.createContext("/api/calendar", FakeServices::calendar);
        server.createContext("/api/plan-items/", exchange -> {
            record(exchange);
            String path = exchange.getRequestURI().getPath();
            String item = ITEMS.get(Long.valueOf(path.substring(path.lastIndexOf('/') + 1)));
            if (PLAN_ITEM_DOWN.get()) {
                exchange.close();
            } else if (item == null) {
                reply(exchange, 404, "application/problem+json", "{\"status\":404,\"detail\":\"Không có mục này.\"}");
            } else {
                reply(exchange, 200, "application/json", item);
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("quarkus.rest-client.task.url", url, "quarkus.rest-client.plan.url", url,
                "quarkus.rest-client.evaluation.url", url);
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    /**
     * The plans; a new one (5, refused for the code KH-SNV-2024); the items; the diff; the export (xlsx or csv);
     * imports (a file with "thiếu" has a row with problems); copies of recurring items (3) and publication (refused for
     * the empty draft 2).
     */
    private void plans(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = record(exchange);
        boolean post = exchange.getRequestMethod().equals("POST");
        if (path.equals("/api/plans") && post && body.contains("\"KH-SNV-2024\"")) {
            reply(exchange, 409, "application/problem+json",
                    "{\"status\":409,\"code\":\"plan-exists\",\"detail\":\"" + PLAN_EXISTS + "\"}");
        } else if (path.equals("/api/plans") && post) {
            Map<?, ?> plan = JSON.readValue(body, Map.class);
            reply(exchange, 201, "application/json", """
                    {"id":5,"organisationCode":"SNV","code":"%s","version":1,"title":"%s","year":%s,"status":"DRAFT",
                     "itemCount":0}""".formatted(plan.get("code"), plan.get("title"), plan.get("year")));
        } else if (path.equals("/api/plans")) {
            reply(exchange, 200, "application/json", PLANS);
        } else if (path.endsWith("/items")) {
            reply(exchange, 200, "application/json", items(queryParameter(exchange, "leadUnit")));
        } else if (path.endsWith("/diff")) {
            reply(exchange, 200, "application/json", DIFF);
        } else if (path.endsWith("/export")) {
            boolean csv = "csv".equals(queryParameter(exchange, "format"));
            byte[] file = (csv ? "STT,Nội dung\n87,Xây dựng\n" : "PK-fake-xlsx").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", csv ? "text/csv"
                    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            exchange.getResponseHeaders().add("Content-Disposition",
                    "attachment; filename=\"KH-SNV-2024-v1." + (csv ? "csv" : "xlsx") + "\"");
            exchange.sendResponseHeaders(200, file.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(file);
            }
        } else if (path.endsWith("/import")) {
            boolean dryRun = !"false".equals(queryParameter(exchange, "dryRun"));
            reply(exchange, dryRun ? 200 : 201, "application/json", body.contains("thiếu") ? REPORT_WITH_PROBLEMS
                    : REPORT.formatted(dryRun, !dryRun));
        } else if (path.endsWith("/copy-recurring")) {
            reply(exchange, 200, "application/json", "{\"planId\":2,\"copied\":3}");
        } else if (path.equals("/api/plans/2/publish")) {
            reply(exchange, 409, "application/problem+json",
                    "{\"status\":409,\"code\":\"plan-empty\",\"detail\":\"" + PUBLISH_PLAN_REFUSAL + "\"}");
        } else if (path.endsWith("/publish")) {
            reply(exchange, 200, "application/json", """
                    {"id":5,"organisationCode":"SNV","code":"KH-SNV-2026","version":1,"title":"Kế hoạch năm 2026",
                     "year":2026,"status":"PUBLISHED","itemCount":2}""");
        } else {
            reply(exchange, 404, "application/problem+json", NOT_FOUND);
        }
    }

    /** The list, one officer (only to its organisation's callers) and a new one (id 310). */
    private void officers(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = record(exchange);
        if (exchange.getRequestMethod().equals("POST")) {
            Map<?, ?> officer = JSON.readValue(body, Map.class);
            reply(exchange, 201, "application/json", officerView(310, "SNV", null, officer.get("fullName").toString(),
                    officer.get("unitCode").toString()));
        } else if (path.equals("/api/officers")) {
            reply(exchange, 200, "application/json", OFFICERS);
        } else {
            String officer = OFFICER_VIEWS.get(Long.valueOf(path.substring(path.lastIndexOf('/') + 1)));
            boolean visible = officer != null && officer.contains("\"organisationCode\":\""
                    + callerClaim(exchange, "organisation") + "\"");
            reply(exchange, visible ? 200 : 404, visible ? "application/json" : "application/problem+json",
                    visible ? officer : NOT_FOUND);
        }
    }

    private static String officerView(long id, String organisation, String username, String fullName, String unit) {
        return """
                {"id":%d,"organisationCode":"%s","username":%s,"fullName":"%s","unitCode":%s,"position":"Chuyên viên",
                 "role":"officer","active":true,"assignments":[],"leaves":[]}""".formatted(id, organisation,
                username == null ? "null" : "\"" + username + "\"", fullName, unit == null ? "null" : "\"" + unit + "\"");
    }

    /** A claim of the caller's bearer token, or null. */
    static Object callerClaim(HttpExchange exchange, String claim) throws IOException {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null) {
            return null;
        }
        String token = header.substring("Bearer ".length());
        return JSON.readValue(Base64.getUrlDecoder().decode(token.split("\\.")[1]), Map.class).get(claim);
    }

    private void tasks(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        boolean post = exchange.getRequestMethod().equals("POST");
        record(exchange);
        if (path.equals("/api/tasks/progress") && PROGRESS_DOWN.get()) {
            exchange.close();
        } else if (path.equals("/api/tasks/progress")) {
            reply(exchange, 200, "application/json", PROGRESS);
        } else if (path.equals("/api/tasks/recurring")) {
            reply(exchange, 200, "application/json", RECURRING);
        } else if (path.equals("/api/tasks/recurring/6/stop")) {
            reply(exchange, 409, "application/problem+json",
                    "{\"status\":409,\"code\":\"recurring-stopped\",\"detail\":\"" + STOP_REFUSAL + "\"}");
        } else if (path.endsWith("/stop")) {
            reply(exchange, 200, "application/json", "{}");
        } else if (path.equals("/api/tasks") && post) {
            reply(exchange, 201, "application/json", task(21, "ASSIGNED", "ON_TRACK", 5));
        } else if (path.equals("/api/tasks") && "true".equals(queryParameter(exchange, "pendingExtension"))) {
            reply(exchange, 200, "application/json", "{\"items\":[" + task(15, "ASSIGNED", "ON_TRACK", 10)
                    + "],\"total\":1}");
        } else if (path.equals("/api/tasks") && "false".equals(queryParameter(exchange, "open"))) {
            reply(exchange, 200, "application/json", "{\"items\":[],\"total\":0}");
        } else if (path.equals("/api/tasks")) {
            reply(exchange, 200, "application/json", "{\"items\":[" + task(11, "ASSIGNED", "ON_TRACK", 30) + ","
                    + task(12, "ASSIGNED", "OVERDUE", 10, -3) + "," + task(13, "ASSIGNED", "DUE_SOON", 2)
                    + "],\"total\":3}");
        } else if (path.endsWith("/extensions") && path.contains("/13/")) {
            reply(exchange, 409, "application/problem+json",
                    "{\"status\":409,\"code\":\"extension-pending\",\"detail\":\"Nhiệm vụ đã có một đề nghị gia hạn đang chờ quyết định.\"}");
        } else if (path.endsWith("/assignee") || path.endsWith("/cancel")) {
            reply(exchange, 200, "application/json", "{}");
        } else if (path.endsWith("/extensions") || path.endsWith("/decision")) {
            reply(exchange, 201, "application/json", "{}");
        } else if (path.endsWith("/reviews")) {
            reply(exchange, 201, "application/json", "{}");
        } else if (path.endsWith("/submissions") && path.contains("/13/")) {
            reply(exchange, 409, "application/problem+json",
                    "{\"status\":409,\"code\":\"task-final\",\"detail\":\"" + REFUSAL + "\"}");
        } else if (path.endsWith("/submissions")) {
            reply(exchange, 201, "application/json", "{}");
        } else {
            long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
            if (id == 404) {
                reply(exchange, 404, "application/problem+json",
                        "{\"status\":404,\"detail\":\"Không tìm thấy nhiệm vụ 404.\"}");
            } else {
                reply(exchange, 200, "application/json", id == 16 ? task(id, "ASSIGNED", "OVERDUE", 10, -3)
                        : task(id, id == 14 ? "SUBMITTED" : "ASSIGNED", "ON_TRACK", 10));
            }
        }
    }

    private void evaluations(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        String body = record(exchange);
        if (path.startsWith("/api/evaluations/" + DOWN_MONTH) || path.endsWith("/schedule") && SCHEDULE_DOWN.get()) {
            exchange.close();
        } else if (path.endsWith("/adjustments") && ADJUSTMENTS_DOWN.get()) {
            exchange.close();
        } else if (path.endsWith("/adjustments")) {
            reply(exchange, 200, "application/json", path.contains("/" + PUBLISHED_MONTH + "/") ? ADJUSTMENTS : "[]");
        } else if (path.endsWith("/verification") || path.endsWith("/what-if")) {
            FakeScoring.replay(exchange, path, body);
        } else if (path.endsWith("/schedule")) {
            reply(exchange, 200, "application/json", schedule(path.split("/")[3]));
        } else if (path.endsWith("/exemptions") && body.contains("\"taskId\":12")) {
            reply(exchange, 422, "application/problem+json",
                    "{\"status\":422,\"code\":\"nothing-to-exempt\",\"detail\":\"" + EXEMPTION_REFUSAL + "\"}");
        } else if (path.endsWith("/exemptions")) {
            reply(exchange, 201, "application/json", "{}");
        } else if (path.endsWith("/exemptions/6")) {
            reply(exchange, 409, "application/problem+json",
                    "{\"status\":409,\"code\":\"exemption-decided\",\"detail\":\"" + RULING_REFUSAL + "\"}");
        } else if (path.endsWith("/publish")) {
            reply(exchange, 409, "application/problem+json", """
                    {"status":409,"code":"missing-steps","detail":"%s",
                     "violations":[{"field":"officers/50","message":"%s"},{"field":"officers/49","message":"%s"}]}"""
                    .formatted(PUBLISH_REFUSAL, MISSING.get(0), MISSING.get(1)));
        } else if (path.endsWith("/50/review")) {
            reply(exchange, 409, "application/problem+json",
                    "{\"status\":409,\"code\":\"no-self-assessment\",\"detail\":\"" + REVIEW_REFUSAL + "\"}");
        } else if (path.endsWith("/projection")) {
            reply(exchange, 200, "application/json", projection(body));
        } else if (method.equals("PUT")) {
            reply(exchange, 200, "application/json", "{}");
        } else if (path.endsWith("/dashboard")) {
            reply(exchange, 200, "application/json", DASHBOARD);
        } else if (path.endsWith("/export")) {
            byte[] workbook = "PK-fake-xlsx".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            exchange.sendResponseHeaders(200, workbook.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(workbook);
            }
        } else if (path.endsWith("/officers")) {
            reply(exchange, 200, "application/json", "[" + rating(path, false, actions(exchange, path)) + ","
                    + OFFICER_50 + "," + OFFICER_51 + "]");
        } else {
            String rating = rating(path, true, actions(exchange, path));
            reply(exchange, 200, "application/json", path.contains("/" + CURRENT_MONTH + "/")
                    ? rating.substring(0, rating.lastIndexOf('}')) + IN_PROGRESS + "}" : rating);
        }
    }

    /** K is 60.52 whatever the groups; G is their sum. */
    private static String projection(String body) throws IOException {
        Map<?, ?> groups = JSON.readValue(body, Map.class);
        BigDecimal general = new BigDecimal(groups.get("groupI").toString())
                .add(new BigDecimal(groups.get("groupII").toString()))
                .add(new BigDecimal(groups.get("groupIII").toString()));
        BigDecimal total = general.add(new BigDecimal("60.52"));
        String level = total.compareTo(BigDecimal.valueOf(90)) >= 0 ? "HTXSNV" : "HTTNV";
        return "{\"taskScore\":60.52,\"generalScore\":" + general + ",\"total\":" + total + ",\"level\":\"" + level
                + "\"}";
    }

    /** What the caller, named by the token's {@code upn}, may do next on officer 49's month. */
    private static String actions(HttpExchange exchange, String path) throws IOException {
        Object caller = callerClaim(exchange, "upn");
        boolean self = "officer.cchc.1".equals(caller);
        boolean head = "head.cchc".equals(caller);
        return """
                {"selfAssess":%b,"review":%b,"requestExemption":%s,"ruleOnExemption":%s}"""
                .formatted(self && !path.contains(REVIEWED_MONTH), head, self ? "[13]" : "[]", head ? "[7]" : "[]");
    }

    private static final String IN_PROGRESS = """
            ,"inProgress":{"notYetDue":[{"taskId":12,"title":"Rà soát thủ tục hành chính","dueDate":"2024-06-28"}],
             "ifDoneOnTime":{"taskScore":52.5,"generalScore":25,"total":77.5,"level":"HTTNV"}}""";

    /** Officer 49's month; in {@link #PUBLISHED_MONTH} published. */
    private static String rating(String path, boolean withProducts, String actions) {
        String rating = rating(49, withProducts, actions);
        return path.contains("/" + PUBLISHED_MONTH + "/")
                ? rating.replace("\"status\":\"AWAITING_REVIEW\"", "\"status\":\"PUBLISHED\"") : rating;
    }

    private static String rating(long officerId, boolean withProducts, String actions) {
        String products = !withProducts ? "" : """
                ,"products":[
                 {"taskId":11,"title":"Báo cáo cải cách hành chính tháng 6","unitCode":"CCHC","assigneeId":49,"dueDate":"2024-06-20",
                  "weight":1.0,"completed":true,"acceptedOn":"2024-06-25","lateEvents":1,"qualityReturns":1,
                  "quantityCredit":100,"qualityCredit":75,"timelinessCredit":75},
                 {"taskId":12,"title":"Rà soát thủ tục hành chính","unitCode":"CCHC","assigneeId":49,"dueDate":"2024-06-28",
                  "weight":1.0,"completed":false,"lateEvents":0,"qualityReturns":0,
                  "quantityCredit":0,"qualityCredit":0,"timelinessCredit":0},
                 {"taskId":13,"title":"Tổng hợp số liệu cải cách hành chính quý II","unitCode":"CCHC","assigneeId":49,
                  "dueDate":"2024-06-14","weight":1.0,"completed":true,"acceptedOn":"2024-06-18","lateEvents":0,
                  "qualityReturns":1,"quantityCredit":100,"qualityCredit":75,"timelinessCredit":100}]""";
        return """
                {"officerId":%d,"fullName":"Mai Minh Khánh","unitCode":"CCHC","position":"STAFF",
                 "quantity":50,"quality":37.5,"timeliness":37.5,"taskScore":29.1666,"generalScore":25,"total":54.17,
                 "level":"HTNV","status":"AWAITING_REVIEW",
                 "selfAssessment":{"groupI":9,"groupII":8.5,"groupIII":7.5,"total":25,"remarks":"Hoàn thành các việc được giao","late":false},
                 "exemptions":[
                  {"id":6,"officerId":49,"taskId":13,"reason":"Chờ số liệu của các sở","requestedBy":"officer.cchc.1",
                   "requestedAt":"2024-07-02T02:00:00Z","requestedLate":false,"status":"REFUSED",
                   "note":"Không phải nguyên nhân khách quan","decidedBy":"head.cchc","decidedAt":"2024-07-04T02:00:00Z"},
                  {"id":7,"officerId":49,"taskId":11,"reason":"Văn bản của UBND tỉnh ban hành chậm",
                   "requestedBy":"officer.cchc.1","requestedAt":"2024-07-05T02:00:00Z","requestedLate":true,
                   "status":"PENDING"}],
                 "actions":%s%s}
                """.formatted(officerId, actions, products);
    }

    /**
     * A month's schedule: the 3rd, 5th, 8th and 10th of the next month (in July 2024 its working days 3, 5, 6, 8), and
     * the limits: groups up to 10, K up to 70, G up to 30 (40 in {@link #REVIEWED_MONTH}).
     */
    private static String schedule(String month) {
        YearMonth next = YearMonth.parse(month).plusMonths(1);
        return """
                {"month":"%s","tasksFrozenOn":"%s-01","selfAssessmentBy":"%2$s-03","reviewBy":"%2$s-05",
                 "unitReviewBy":"%2$s-08","publicationBy":"%2$s-10",
                 "limits":{"groupMax":10,"generalMax":%d,"taskMax":70}}"""
                .formatted(month, next, REVIEWED_MONTH.equals(month) ? 40 : 30);
    }

    /** A page of the catalogue, in item order, only the lead unit's items when one is asked for. */
    private static String items(String leadUnit) {
        String items = ITEMS.keySet().stream().sorted().map(ITEMS::get)
                .filter(item -> leadUnit == null || item.contains("\"leadUnit\":\"" + leadUnit + "\""))
                .collect(Collectors.joining(","));
        return "{\"items\":[" + items + "],\"page\":0,\"size\":25,\"total\":30}";
    }

    /** The calendar: 2024 and 2026 entered, 2027 missing; a year whose days name 2027-09-07 is refused. */
    private static void calendar(HttpExchange exchange) throws IOException {
        String body = record(exchange);
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/api/calendar")) {
            reply(exchange, 200, "application/json", """
                    {"years":[{"year":2024,"entries":15},{"year":2026,"entries":16}],"missingYears":[2027]}""");
        } else if ("PUT".equals(exchange.getRequestMethod()) && body.contains("2027-09-07")) {
            reply(exchange, 400, "application/problem+json", JSON.writeValueAsString(Map.of("status", 400,
                    "detail", CALENDAR_REFUSAL)));
        } else {
            String year = path.substring(path.lastIndexOf('/') + 1);
            reply(exchange, 200, "application/json", """
                    {"year":%s,"entries":[{"date":"%s-01-01","type":"HOLIDAY","name":"Tết Dương lịch"},
                     {"date":"%s-01-10","type":"WORKDAY","name":"Làm bù"}]}""".formatted(year, year, year));
        }
    }

    /**
     * The caller's reminders: 71 (unread, about task 12), 70 (read) and 69 (read, a step of February's rating);
     * marking 71 or 69 read answers it read.
     */
    private static void notifications(HttpExchange exchange) throws IOException {
        record(exchange);
        String path = exchange.getRequestURI().getPath();
        String unread = """
                {"id":71,"taskId":12,"step":"OVERDUE","message":"%s","link":"/tasks/12",
                 "createdAt":"2024-03-05T01:00:00Z","read":%s}""";
        if (path.equals("/api/notifications")) {
            reply(exchange, 200, "application/json", "{\"items\":[" + unread.formatted(NOTIFICATION, false) + """
                    ,{"id":70,"taskId":11,"step":"BEFORE_DUE","message":"Nhiệm vụ «Nhiệm vụ thử 11» đến hạn ngày 08/03/2024, còn 3 ngày làm việc.",
                      "link":"/tasks/11","createdAt":"2024-03-04T01:00:00Z","read":true},
                     {"id":69,"taskId":null,"step":"MONTH_SELF_ASSESSMENT","message":"%s",
                      "link":"/evaluation?month=2024-02","createdAt":"2024-03-04T01:00:00Z","read":true}],
                     "page":0,"size":30,"total":3,"unread":1}""".formatted(MONTH_NOTIFICATION));
        } else if (path.equals("/api/notifications/71/read")) {
            reply(exchange, 200, "application/json", unread.formatted(NOTIFICATION, true));
        } else if (path.equals("/api/notifications/69/read")) {
            reply(exchange, 200, "application/json", """
                    {"id":69,"taskId":null,"step":"MONTH_SELF_ASSESSMENT","message":"%s",
                     "link":"/evaluation?month=2024-02","createdAt":"2024-03-04T01:00:00Z","read":true}"""
                    .formatted(MONTH_NOTIFICATION));
        } else if (path.equals("/api/notifications/read-all")) {
            reply(exchange, 200, "application/json", "{\"marked\":1}");
        } else {
            reply(exchange, 404, "application/problem+json", NOT_FOUND);
        }
    }

    static String record(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String query = exchange.getRequestURI().getRawQuery();
        RECEIVED.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath()
                + (query == null || !showsQuery(exchange.getRequestURI().getPath()) ? "" : "?" + query) + " | "
                + exchange.getRequestHeaders().getFirst("Authorization") + " | " + body);
        return body;
    }

    private static String queryParameter(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getQuery();
        return query == null ? null : Arrays.stream(query.split("&")).filter(p -> p.startsWith(name + "="))
                .map(p -> p.substring(name.length() + 1)).findFirst().orElse(null);
    }

    /** The queries of lists (catalogue, tasks, progress) and of ratings are part of what the tests check. */
    private static boolean showsQuery(String path) {
        return path.endsWith("/items") || path.endsWith("/import") || path.endsWith("/export")
                || path.startsWith("/api/tasks") && !path.matches(".*/\\d+.*")
                || path.startsWith("/api/evaluations") || path.startsWith("/api/reports");
    }

    private static String task(long id, String status, String timeliness, int dueInDays) {
        return task(id, status, timeliness, dueInDays, dueInDays);
    }

    /** A task whose rated due date differs from its current one: extended without an objective cause. */
    private static String task(long id, String status, String timeliness, int dueInDays, int ratedDueInDays) {
        String extensions = id != 15 ? "[]" : """
                [{"id":3,"requestedBy":"officer.cchc.1","requestedAt":"2024-03-05T02:00:00Z","requestedDueDate":"2030-07-15",
                  "reason":"Chờ số liệu của các sở, ngành","status":"PENDING","previousDueDate":"2030-06-30"}]""";
        // task 11 is led by CCHC with VP coordinating: VP's child task 31, reported and awaiting review
        String coordinating = id != 11 ? "[]" : """
                [{"id":31,"unitCode":"VP","assigneeId":null,"dueDate":"2030-06-30","ratedDueDate":"2030-06-30",
                  "status":"SUBMITTED","timeliness":"AWAITING_REVIEW"}]""";
        String submissions = "SUBMITTED".equals(status) ? """
                [{"id":5,"submittedAt":"2024-03-10T03:00:00Z","documentNumber":"88/BC-CCHC",
                  "issuedOn":"2024-03-10","summary":"Báo cáo tiến độ CCHC","link":null}]""" : "[]";
        return """
                {"id":%d,"planItemId":%s,"title":"Nhiệm vụ thử %d","unitCode":"CCHC","assigneeId":49,"assignedBy":"head.cchc",
                 "dueDate":"%s","ratedDueDate":"%s","status":"%s","timeliness":"%s","version":3,
                 "history":[{"at":"2024-03-01T02:00:00Z","actor":"head.cchc","action":"ASSIGNED","detail":"Giao cho CCHC"}],
                 "submissions":%s,"extensions":%s,"coordinating":%s}
                """.formatted(id, id == 11 ? 7 : null, id, LocalDate.now().plusDays(dueInDays),
                        LocalDate.now().plusDays(ratedDueInDays), status, timeliness, submissions, extensions,
                        coordinating);
    }

    /** Quarter and year ratings: 2024-Q1 and 2024 have two officers, a period of another form is refused. */
    private static void periods(HttpExchange exchange) throws IOException {
        record(exchange);
        String period = exchange.getRequestURI().getPath().split("/")[4];
        if (!period.matches("\\d{4}(-Q[1-4])?")) {
            reply(exchange, 400, "application/problem+json", "{\"status\":400,\"code\":\"invalid-period\","
                    + "\"detail\":\"" + PERIOD_REFUSAL + "\"}");
        } else if (exchange.getRequestURI().getPath().endsWith("/export")) {
            byte[] file = "PK-fake-xlsx".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", EvaluationGateway.XLSX);
            exchange.sendResponseHeaders(200, file.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(file);
            }
        } else {
            reply(exchange, 200, "application/json", """
                    [{"period":"%1$s","officerId":49,"fullName":"Nguyễn Văn Khánh","unitCode":"CCHC",
                      "unitName":"Phòng Cải cách hành chính","position":"Chuyên viên","monthsEvaluated":3,
                      "total":83.83,"level":"HTTNV","bandLevel":"HTTNV","ruleAdjustments":[],"reason":""},
                     {"period":"%1$s","officerId":47,"fullName":"Lê Thị Hoa","unitCode":"CCHC",
                      "unitName":"Phòng Cải cách hành chính","position":"Trưởng phòng","monthsEvaluated":3,
                      "total":92.10,"level":"HTTNV","bandLevel":"HTXSNV","ruleAdjustments":["QUOTA"],
                      "reason":"hạ một mức do vượt tỷ lệ Hoàn thành xuất sắc nhiệm vụ của nhóm"}]""".formatted(period));
        }
    }

    /**
     * CCHC's deputy head 48 in charge of "Cải cách hành chính" since 2024-03; an assignment without a month is
     * refused as plan-service refuses it.
     */
    private static void deputies(HttpExchange exchange) throws IOException {
        String body = record(exchange);
        if (exchange.getRequestMethod().equals("PUT") && body.contains("\"from\":null")) {
            reply(exchange, 400, "application/problem+json", "{\"status\":400,\"code\":\"invalid-from\","
                    + "\"detail\":\"" + DEPUTY_REFUSAL + "\"}");
            return;
        }
        String deputy = """
                {"officerId":48,"fullName":"Trần Văn Phó","username":"deputyhead.cchc.1","position":"Phó Trưởng phòng",
                 "fields":["Cải cách hành chính"],"fieldsFrom":"2024-03","mayAssign":true,
                 "history":[{"from":"2024-03","to":null,"fields":["Cải cách hành chính"],"recordedBy":"head.cchc"}]}""";
        reply(exchange, 200, "application/json", exchange.getRequestMethod().equals("PUT") ? deputy
                : "[" + deputy + "]");
    }

    static void reply(HttpExchange exchange, int status, String type, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
