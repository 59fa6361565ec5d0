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
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.hungyen.snv.webui.client.EvaluationGateway;
import vn.hungyen.snv.webui.client.EvaluationGateway.PeriodRating;
import vn.hungyen.snv.webui.client.ServiceMessage;
import vn.hungyen.snv.webui.domain.RatingLabels;

/**
 * "Kết quả quý" / "Kết quả năm": the officers' quarter or year ratings evaluation-service rolls up from the published
 * months, within the signed-in person's scope, with the XLSX download. evaluation-service checks the period; its
 * message is shown as it words it.
 */
@Path("/periods")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class PeriodPageResource {

    /** A period of the chooser: its value ({@code YYYY-Qn} or {@code YYYY}) and its Vietnamese name. */
    public record PeriodChoice(String value, String label) {
    }

    /** One officer's row: the rating with its score and both levels in words. */
    public record PeriodRow(PeriodRating rating, String total, String band, String level) {

        static PeriodRow of(PeriodRating rating) {
            return new PeriodRow(rating, rating.total() == null ? "" : Formats.vn(rating.total()),
                    RatingLabels.level(rating.bandLevel()).label(), RatingLabels.level(rating.level()).label());
        }
    }

    private static final List<String> ROMAN = List.of("I", "II", "III", "IV");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance periods(String title, String period, List<PeriodChoice> choices,
                List<PeriodRow> rows, String error);
    }

    private final EvaluationGateway evaluations;
    private final Clock clock;

    PeriodPageResource(EvaluationGateway evaluations, Clock clock) {
        this.evaluations = evaluations;
        this.clock = clock;
    }

    @GET
    @Operation(hidden = true)
    public Response page(@QueryParam("period") String period) {
        LocalDate today = LocalDate.now(clock);
        String shown = period == null || period.isBlank()
                ? today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1) : period.trim();
        String title = shown.contains("-") ? "Kết quả quý" : "Kết quả năm";
        List<PeriodChoice> choices = choices(today.getYear(), shown);
        try {
            List<PeriodRow> rows = evaluations.periodOfficers(shown).stream().map(PeriodRow::of).toList();
            return Response.ok(Templates.periods(title, shown, choices, rows, null)).build();
        } catch (ServiceMessage e) {
            return Response.status(e.status()).entity(Templates.periods(title, shown, choices, List.of(),
                    e.getMessage())).build();
        }
    }

    /** The period's ratings as the XLSX workbook evaluation-service makes; a refusal is the page with its message. */
    @GET
    @Path("/export")
    @Produces({EvaluationGateway.XLSX, MediaType.TEXT_HTML})
    @Operation(hidden = true)
    public Response export(@QueryParam("period") String period) {
        String shown = period == null ? "" : period.trim();
        try {
            return Response.ok(evaluations.periodExport(shown), EvaluationGateway.XLSX)
                    .header("Content-Disposition", "attachment; filename=\"ket-qua-danh-gia-" + shown + ".xlsx\"")
                    .build();
        } catch (ServiceMessage e) {
            LocalDate today = LocalDate.now(clock);
            return Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE).entity(Templates.periods(
                    shown.contains("-") ? "Kết quả quý" : "Kết quả năm", shown, choices(today.getYear(), shown), List.of(),
                    e.getMessage())).build();
        }
    }

    /** The quarters and the whole of this year, the year before and the year of the period shown, latest first. */
    static List<PeriodChoice> choices(int year, String shown) {
        Stream<Integer> shownYear = shown.matches("\\d{4}(-.*)?") ? Stream.of(Integer.valueOf(shown.substring(0, 4)))
                : Stream.empty();
        return Stream.concat(Stream.of(year, year - 1), shownYear).distinct().sorted(Comparator.reverseOrder())
                .flatMap(y -> Stream.concat(
                IntStream.rangeClosed(1, 4).mapToObj(q -> new PeriodChoice(y + "-Q" + q,
                        "Quý " + ROMAN.get(q - 1) + " năm " + y)),
                Stream.of(new PeriodChoice(String.valueOf(y), "Cả năm " + y)))).toList();
    }
}
