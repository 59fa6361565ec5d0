package vn.hungyen.snv.webui.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.hungyen.snv.webui.client.ScoringGateway;
import vn.hungyen.snv.webui.client.ScoringGateway.Difference;
import vn.hungyen.snv.webui.client.ScoringGateway.Verification;
import vn.hungyen.snv.webui.client.ServiceMessage;
import vn.hungyen.snv.webui.domain.RatingLabels;
import vn.hungyen.snv.webui.domain.ScoringLabels;

/**
 * "Kiểm tra lại kết quả": every month of a range recomputed by evaluation-service from the stored facts, with the
 * profile and the Director's quota exceptions recorded at its publication, and compared with what was published: the
 * months identical, and for the others the officers and units that differ, published against recomputed.
 * evaluation-service decides who may run it and which months can be checked (a month not published is answered with
 * its message).
 */
@Path("/verification")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class VerificationPageResource {

    /** The most months one run checks: each is a whole recomputation. */
    static final int MAX_MONTHS = 24;
    static final String REFUSED_TITLE = "Không có quyền kiểm tra lại kết quả";
    private static final Set<String> LEVELS = Set.of("level", "bandLevel");
    private static final Set<String> PRESENCE = Set.of("officer", "unit");

    /** A figure that differs, in words: as published, as recomputed. */
    public record DifferenceRow(String field, String published, String recomputed) {

        static DifferenceRow of(Difference difference) {
            String field = difference.field();
            return new DifferenceRow(ScoringLabels.figure(field), shown(field, difference.published()),
                    shown(field, difference.recomputed()));
        }
    }

    /** An officer or unit that differs, with each figure that does. */
    public record CheckRow(String name, String unit, List<DifferenceRow> differences) {
    }

    /** A month of the range: its verification, or the service's message when it was not checked. */
    public record MonthRow(YearMonth month, Verification verification, List<CheckRow> officers, List<CheckRow> units,
            String message) {
    }

    /** The range asked for, its months and how many were checked and found different. */
    public record View(String from, String to, List<MonthRow> months, long checked, long differing,
            List<String> errors) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance verification(View view);
    }

    private final ScoringGateway scoring;
    private final Clock clock;

    VerificationPageResource(ScoringGateway scoring, Clock clock) {
        this.scoring = scoring;
        this.clock = clock;
    }

    @GET
    @Operation(hidden = true)
    public Response page(@QueryParam("from") String from, @QueryParam("to") String to) {
        if (blank(from) && blank(to)) {
            YearMonth now = YearMonth.now(clock);
            return view(200, now.minusMonths(6).toString(), now.minusMonths(1).toString(), List.of(), List.of());
        }
        List<String> errors = new ArrayList<>();
        YearMonth first = month(from, "Từ tháng", errors);
        YearMonth last = month(to, "Đến tháng", errors);
        if (errors.isEmpty() && last.isBefore(first)) {
            errors.add("Đến tháng phải sau hoặc trùng Từ tháng.");
        } else if (errors.isEmpty() && first.plusMonths(MAX_MONTHS).isBefore(last.plusMonths(1))) {
            errors.add("Mỗi lần kiểm tra tối đa " + MAX_MONTHS + " tháng; hãy chọn khoảng ngắn hơn.");
        }
        if (!errors.isEmpty()) {
            return view(400, from, to, List.of(), errors);
        }
        List<MonthRow> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            try {
                months.add(row(month, scoring.verification(month)));
            } catch (ServiceMessage e) {
                if (e.status() == 403) {
                    return ScoringProfilePageResource.refused(REFUSED_TITLE, e);
                }
                months.add(new MonthRow(month, null, List.of(), List.of(), e.getMessage()));
            }
        }
        return view(200, first.toString(), last.toString(), months, errors);
    }

    private static Response view(int status, String from, String to, List<MonthRow> months, List<String> errors) {
        long checked = months.stream().filter(m -> m.verification() != null).count();
        long differing = months.stream().filter(m -> m.verification() != null && !m.verification().identical())
                .count();
        return Response.status(status).entity(Templates.verification(new View(from, to, months, checked, differing,
                errors))).build();
    }

    private static MonthRow row(YearMonth month, Verification verification) {
        List<CheckRow> officers = verification.officers().stream().filter(o -> !o.identical())
                .map(o -> new CheckRow(o.fullName(), o.unitCode(), differences(o.differences()))).toList();
        List<CheckRow> units = verification.units().stream().filter(u -> !u.identical())
                .map(u -> new CheckRow(u.name() == null ? u.unitCode() : u.name(), u.unitCode(),
                        differences(u.differences())))
                .toList();
        return new MonthRow(month, verification, officers, units, null);
    }

    private static List<DifferenceRow> differences(List<Difference> differences) {
        return differences.stream().map(DifferenceRow::of).toList();
    }

    /** A compared value in words: a level by its name, a score with a decimal comma, presence as có / không có. */
    private static String shown(String field, Object value) {
        if (value == null) {
            return "không có";
        }
        if (PRESENCE.contains(field)) {
            return "có";
        }
        if (LEVELS.contains(field)) {
            return RatingLabels.level(value.toString()).label();
        }
        return value instanceof Number ? Formats.vn(new BigDecimal(value.toString())) : value.toString();
    }

    private static YearMonth month(String text, String name, List<String> errors) {
        try {
            return YearMonth.parse(text == null ? "" : text.trim());
        } catch (DateTimeException e) {
            errors.add(name + " \"" + (text == null ? "" : text) + "\" không hợp lệ; chọn "
                    + "tháng theo dạng năm-tháng, ví dụ 2024-06.");
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
