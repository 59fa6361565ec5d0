package vn.hungyen.snv.webui.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.hungyen.snv.webui.client.ScoringGateway;
import vn.hungyen.snv.webui.client.ScoringGateway.Move;
import vn.hungyen.snv.webui.client.ScoringGateway.Profile;
import vn.hungyen.snv.webui.client.ServiceMessage;
import vn.hungyen.snv.webui.domain.RatingLabels;
import vn.hungyen.snv.webui.domain.ScoringLabels;

/**
 * "Bộ tiêu chí chấm điểm": the scoring profile that rates a month (every HY-540 setting in words with its value), the
 * history of the versions, and the differences between two of them; for the Director and administrators, a new
 * version from a month, and the same changes tried on a month without saving ("what-if"). evaluation-service decides
 * who reads and who changes the profiles and which settings are valid; its messages are shown as it words them.
 */
@Path("/scoring-profiles")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ScoringProfilePageResource {

    static final String REFUSED_TITLE = "Không có quyền xem bộ tiêu chí chấm điểm";
    static final String CREATED = "profile-created";

    /**
     * A setting of the profile shown: its name in the rules, its meaning, its value in words; whether it is a flag
     * (a yes/no choice on the form) and what was typed for it on the form.
     */
    public record SettingRow(String name, String label, String value, boolean flag, String entered) {
    }

    /** A setting that differs between the two versions compared. */
    public record ChangeRow(String name, String label, String from, String to) {
    }

    /** A level with its officers as the month stands and under the settings tried. */
    public record LevelCount(String label, long before, long after) {
    }

    /** An officer the settings tried move to another level. */
    public record MoveRow(Move move, String from, String to, String totalBefore, String totalAfter) {
    }

    /** What the settings tried would do to the month. */
    public record Trial(String month, int baseVersion, List<LevelCount> counts, List<MoveRow> moves) {
    }

    /**
     * The form as typed: the new version's first month, name and reason, the month to try the settings on, and the
     * value typed for each setting (its name and its value travel as two fields of the same row, in the same order).
     */
    public record Form(String firstMonth, String name, String reason, String trialMonth, Map<String, String> entered) {

        static Form of(Fields fields) {
            Map<String, String> entered = new LinkedHashMap<>();
            for (int i = 0; i < Math.min(fields.settings.size(), fields.values.size()); i++) {
                entered.put(fields.settings.get(i), fields.values.get(i));
            }
            return new Form(fields.firstMonth, fields.name, fields.reason, fields.trialMonth, entered);
        }

        static Form empty(YearMonth month) {
            return new Form(month.plusMonths(1).toString(), "", "", month.toString(), Map.of());
        }

        /** The settings typed, nested as evaluation-service reads them, each of the type of its value in force. */
        Map<String, Object> settings(Profile typedBy) {
            Map<String, Object> named = new LinkedHashMap<>();
            typedBy.named().forEach((name, current) -> {
                Object value = ScoringLabels.entry(entered.get(name), current);
                if (value != null) {
                    named.put(name, value);
                }
            });
            return ScoringLabels.nested(named);
        }
    }

    /** The fields of the form, both buttons sending them all. */
    public static class Fields {
        @FormParam("month")
        String month;
        @FormParam("firstMonth")
        String firstMonth;
        @FormParam("name")
        String name;
        @FormParam("reason")
        String reason;
        @FormParam("trialMonth")
        String trialMonth;
        @FormParam("setting")
        List<String> settings = List.of();
        @FormParam("value")
        List<String> values = List.of();
    }

    /** Everything the page shows. */
    public record View(YearMonth month, Profile inForce, List<SettingRow> settings, List<Profile> history,
            Integer from, Integer to, List<ChangeRow> changes, boolean mayChange, Form form, Trial trial,
            List<String> errors, String notice) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scoringProfiles(View view);
    }

    private final ScoringGateway scoring;
    private final UserSession session;
    private final Clock clock;

    ScoringProfilePageResource(ScoringGateway scoring, UserSession session, Clock clock) {
        this.scoring = scoring;
        this.session = session;
        this.clock = clock;
    }

    @GET
    @Operation(hidden = true)
    public Response page(@QueryParam("month") String month, @QueryParam("from") Integer from,
            @QueryParam("to") Integer to, @QueryParam("notice") String notice) {
        List<String> errors = new ArrayList<>();
        YearMonth shown = EvaluationPageResource.month(month, clock, errors);
        String done = CREATED.equals(notice) ? "Đã ban hành phiên bản mới của bộ tiêu chí chấm điểm." : null;
        return page(errors.isEmpty() ? 200 : 400, shown, from, to, Form.empty(shown), null, errors, done);
    }

    /** A new version, as evaluation-service accepts it; its refusal is shown with the form as typed. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response publish(@BeanParam Fields fields) {
        return act(fields, (shown, form) -> {
            Profile made = scoring.publish(new ScoringGateway.NewProfile(form.name(), form.firstMonth(),
                    form.reason(), form.settings(scoring.inForce(shown))));
            return Response.seeOther(UriBuilder.fromPath("/scoring-profiles").queryParam("month", made.firstMonth())
                    .queryParam("notice", CREATED).build()).build();
        });
    }

    /** The settings typed tried on a month: nothing is saved. */
    @POST
    @Path("/what-if")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response whatIf(@BeanParam Fields fields) {
        return act(fields, (shown, form) -> {
            List<String> errors = new ArrayList<>();
            YearMonth tried = EvaluationPageResource.month(form.trialMonth(), clock, errors);
            if (!errors.isEmpty()) {
                throw new ServiceMessage(400, errors.get(0));
            }
            ScoringGateway.WhatIf result = scoring.whatIf(tried, form.settings(scoring.inForce(shown)));
            return page(200, shown, null, null, form, trial(result), List.of(), null);
        });
    }

    /**
     * Does what the form asks, on the month the page showed; a refusal (evaluation-service's, or a month the page
     * cannot read) is shown on the page with the form as typed.
     */
    private Response act(Fields fields, BiFunction<YearMonth, Form, Response> step) {
        List<String> errors = new ArrayList<>();
        YearMonth shown = EvaluationPageResource.month(fields.month, clock, errors);
        Form form = Form.of(fields);
        try {
            return step.apply(shown, form);
        } catch (ServiceMessage e) {
            errors.addAll(e.lines());
            return page(e.status(), shown, null, null, form, null, errors, null);
        }
    }

    private Response page(int status, YearMonth month, Integer from, Integer to, Form form, Trial trial,
            List<String> errors, String notice) {
        boolean mayChange = session.isDirector() || session.isAdmin();
        try {
            List<Profile> history = scoring.history();
            Profile inForce = scoring.inForce(month);
            List<SettingRow> settings = inForce.named().entrySet().stream()
                    .map(s -> new SettingRow(s.getKey(), ScoringLabels.setting(s.getKey()),
                            ScoringLabels.value(s.getValue()), s.getValue() instanceof Boolean,
                            form.entered().getOrDefault(s.getKey(), "")))
                    .toList();
            Integer shownTo = to != null ? to : history.isEmpty() ? null : history.get(history.size() - 1).version();
            Integer shownFrom = from != null ? from : history.size() < 2 ? null
                    : history.get(history.size() - 2).version();
            List<ChangeRow> changes = shownFrom == null || shownTo == null || shownFrom.equals(shownTo) ? List.of()
                    : scoring.differences(shownTo, shownFrom).stream()
                            .map(c -> new ChangeRow(c.setting(), ScoringLabels.setting(c.setting()),
                                    ScoringLabels.value(c.from()), ScoringLabels.value(c.to())))
                            .toList();
            return Response.status(status).entity(Templates.scoringProfiles(new View(month, inForce, settings,
                    history, shownFrom, shownTo, changes, mayChange, form, trial, errors, notice))).build();
        } catch (ServiceMessage e) {
            if (e.status() == 403) {
                return refused(REFUSED_TITLE, e);
            }
            List<String> all = new ArrayList<>(errors);
            all.addAll(e.lines());
            return Response.status(status == 200 ? e.status() : status).entity(Templates.scoringProfiles(new View(
                    month, null, List.of(), List.of(), from, to, List.of(), mayChange, form, trial, all, notice)))
                    .build();
        }
    }

    /** evaluation-service's refusal to let the signed-in person see a page, on a page of its own. */
    static Response refused(String title, ServiceMessage e) {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(FormGuard.Templates.refused(title, e.getMessage())).build();
    }

    private static Trial trial(ScoringGateway.WhatIf result) {
        List<LevelCount> counts = new ArrayList<>();
        RatingLabels.LEVELS.forEach(level -> counts.add(new LevelCount(level.label(),
                result.before().getOrDefault(level.code(), 0L), result.after().getOrDefault(level.code(), 0L))));
        result.before().keySet().stream().filter(code -> RatingLabels.LEVELS.stream()
                .noneMatch(l -> l.code().equals(code))).forEach(code -> counts.add(new LevelCount(
                        RatingLabels.level(code).label(), result.before().getOrDefault(code, 0L),
                        result.after().getOrDefault(code, 0L))));
        List<MoveRow> moves = result.moves().stream().map(m -> new MoveRow(m, RatingLabels.level(m.from()).label(),
                RatingLabels.level(m.to()).label(), Formats.vn(m.totalBefore()), Formats.vn(m.totalAfter())))
                .toList();
        return new Trial(result.month(), result.baseProfileVersion(), counts, moves);
    }
}
