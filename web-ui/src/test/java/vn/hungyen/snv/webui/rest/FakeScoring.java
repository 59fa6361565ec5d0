package vn.hungyen.snv.webui.rest;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Set;

/**
 * evaluation-service's scoring profiles and recomputations, for {@link FakeServices}: versions 1 (the seed, from
 * 2024-01) and 2 (bands.excellent 92, from 2024-07), the version in force for a month, their one difference; a new
 * version is 3, refused from the published month 2024-06 with {@link #PUBLISHED_MONTH_REFUSAL}; the verification of
 * 2024-01 (identical) and 2024-02 (officer 49's S and level and unit CCHC's S differ), later months refused with
 * {@link #NOT_PUBLISHED}; a what-if in which officer 49 moves from HTXSNV to HTTNV. Only the Director and
 * administrators publish, verify and try (others: 403); the system administrator reads nothing (403).
 */
final class FakeScoring {

    static final String PUBLISHED_MONTH_REFUSAL = "Tháng 2024-06 đã công bố; kết quả đã công bố giữ nguyên quy định "
            + "đã dùng. Hãy chọn tháng đầu áp dụng là một tháng chưa công bố.";
    static final String NOT_PUBLISHED = "Tháng %s chưa công bố; chỉ kiểm tra lại được tháng đã công bố.";
    static final String INVALID_MONTH = "Tháng phải có dạng YYYY-MM, ví dụ 2024-03; nhận được \"2024-13\".";
    private static final Set<String> CHANGERS = Set.of("director", "admin");

    private static final String SETTINGS = """
            {"scale":{"generalMax":30,"taskMax":70,"bonusMax":0},
             "deductions":{"qualityPerReturn":0.25,"timelinessPerLate":0.25},"lateMode":"partial-credit",
             "cutoff":{"graceDays":0},"carryOver":"none","bands":{"excellent":%d,"good":70,"complete":50},
             "quota":{"ratio":0.20,"base":"good-only","monthly":true,"groups":["leaders","staff","contract"]},
             "leader":{"capByUnit":true,"capDeputies":false,"prolongedOverdueWorkingDays":10},
             "unit":{"enabled":true,"capIfMemberNotComplete":true},"rounding":{"decimals":2,"mode":"half-up"},
             "leave":{"minShareOfWorkingDays":0.5}}""";
    private static final String V1 = """
            {"version":1,"name":"Cấu hình ban đầu","firstMonth":"2024-01","settings":%s,"createdBy":"system",
             "reason":"Khởi tạo từ cấu hình app.scoring của dịch vụ","createdAt":"2024-01-02T01:00:00Z"}"""
            .formatted(SETTINGS.formatted(90));
    private static final String V2 = """
            {"version":2,"name":"540-QĐ/TU sửa đổi","firstMonth":"2024-07","settings":%s,"createdBy":"director",
             "reason":"Nâng ngưỡng Hoàn thành xuất sắc nhiệm vụ","createdAt":"2024-07-01T01:00:00Z"}"""
            .formatted(SETTINGS.formatted(92));

    private FakeScoring() {
    }

    static void profiles(HttpExchange exchange) throws IOException {
        String body = FakeServices.record(exchange);
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getQuery();
        Object caller = FakeServices.callerClaim(exchange, "upn");
        if ("sysadmin".equals(caller) || "POST".equals(exchange.getRequestMethod()) && !CHANGERS.contains(caller)) {
            refuse(exchange);
        } else if ("POST".equals(exchange.getRequestMethod()) && body.contains("\"firstMonth\":\"2024-06\"")) {
            problem(exchange, 409, "month-published", PUBLISHED_MONTH_REFUSAL);
        } else if ("POST".equals(exchange.getRequestMethod())) {
            String firstMonth = body.replaceAll(".*\"firstMonth\":\"([^\"]*)\".*", "$1");
            FakeServices.reply(exchange, 201, "application/json", V2.replace("\"version\":2", "\"version\":3")
                    .replace("2024-07", firstMonth));
        } else if (path.equals("/api/scoring-profiles")) {
            FakeServices.reply(exchange, 200, "application/json", "[" + V1 + "," + V2 + "]");
        } else if (path.endsWith("/in-force") && query != null && query.contains("2024-13")) {
            problem(exchange, 400, "invalid-month", INVALID_MONTH);
        } else if (path.endsWith("/in-force")) {
            String month = query == null ? "2026-12" : query.substring(query.indexOf('=') + 1);
            FakeServices.reply(exchange, 200, "application/json", month.compareTo("2024-07") < 0 ? V1 : V2);
        } else if (path.endsWith("/2/differences") && "from=1".equals(query)) {
            FakeServices.reply(exchange, 200, "application/json",
                    "[{\"setting\":\"bands.excellent\",\"from\":90,\"to\":92}]");
        } else if (path.endsWith("/1/differences") && "from=2".equals(query)) {
            FakeServices.reply(exchange, 200, "application/json",
                    "[{\"setting\":\"bands.excellent\",\"from\":92,\"to\":90}]");
        } else {
            FakeServices.reply(exchange, 200, "application/json", "[]");
        }
    }

    /** {@code /api/evaluations/{month}/verification} and {@code /what-if}. */
    static void replay(HttpExchange exchange, String path, String body) throws IOException {
        String month = path.split("/")[3];
        if (!CHANGERS.contains(FakeServices.callerClaim(exchange, "upn"))) {
            refuse(exchange);
        } else if (path.endsWith("/what-if")) {
            FakeServices.reply(exchange, 200, "application/json", """
                    {"month":"%s","baseProfileVersion":1,"settings":{},
                     "before":{"HTXSNV":3,"HTTNV":40,"HTNV":5,"KHTNV":0,"NO_TASK_DATA":2,"ON_LEAVE":0,"UNRATED":1},
                     "after":{"HTXSNV":2,"HTTNV":41,"HTNV":5,"KHTNV":0,"NO_TASK_DATA":2,"ON_LEAVE":0,"UNRATED":1},
                     "moves":[{"officerId":49,"fullName":"Mai Minh Khánh","unitCode":"CCHC","from":"HTXSNV",
                               "to":"HTTNV","totalBefore":91.5,"totalAfter":91.5}]}""".formatted(month));
        } else if (month.equals("2024-01")) {
            FakeServices.reply(exchange, 200, "application/json", verification(month, true, "[]", "[]"));
        } else if (month.equals("2024-02")) {
            FakeServices.reply(exchange, 200, "application/json", verification(month, false, """
                    [{"officerId":49,"fullName":"Mai Minh Khánh","unitCode":"CCHC","identical":false,
                      "differences":[{"field":"total","published":80,"recomputed":75.5},
                                     {"field":"level","published":"HTTNV","recomputed":"HTNV"}]},
                     {"officerId":50,"fullName":"Trịnh Thị Thảo","unitCode":"CCHC","identical":true,"differences":[]}]""",
                    """
                    [{"unitCode":"CCHC","name":"Phòng Cải cách hành chính","identical":false,
                      "differences":[{"field":"total","published":84.5,"recomputed":83.25}]}]"""));
        } else {
            problem(exchange, 409, "month-not-published", NOT_PUBLISHED.formatted(month));
        }
    }

    private static String verification(String month, boolean identical, String officers, String units) {
        return """
                {"month":"%s","profileVersion":1,"quotaExceptions":[],"recordedDigest":"abc","currentDigest":"abc",
                 "inputsUnchanged":true,"identical":%b,"officers":%s,"units":%s}"""
                .formatted(month, identical, officers, units);
    }

    private static void refuse(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(403, -1);
        exchange.close();
    }

    private static void problem(HttpExchange exchange, int status, String code, String detail) throws IOException {
        FakeServices.reply(exchange, status, "application/problem+json",
                "{\"status\":%d,\"code\":\"%s\",\"detail\":\"%s\"}".formatted(status, code, detail));
    }
}
