package vn.hungyen.snv.evaluation.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hungyen.snv.common.input.VisibleText;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.common.security.CurrentCaller;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.evaluation.domain.ScoringProfile;
import vn.hungyen.snv.evaluation.domain.ScoringProfileRules;
import vn.hungyen.snv.evaluation.service.ScoringProfileService;
import vn.hungyen.snv.evaluation.service.ScoringProfileService.ProfileView;

/**
 * The caller's organisation's scoring profiles (issue 14): versions of every HY-540 setting, each in force from its
 * first month (scoring-hy540 §10).
 */
@Path("/api/scoring-profiles")
@Tag(name = "Quy định chấm điểm", description = "Versions of the HY-540 settings, by period")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD, Roles.OFFICER})
public class ScoringProfileResource {

    /** A new version: its name, first month, reason, and the settings it changes (any subset). */
    public record ProfileRequest(
            @VisibleText(message = "Cần tên của quy định")
            @Size(max = 200, message = "Tên tối đa 200 ký tự") String name,
            @NotNull(message = "Cần tháng đầu áp dụng (firstMonth, dạng YYYY-MM)")
            @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])",
                    message = "Tháng đầu áp dụng phải có dạng YYYY-MM, ví dụ 2024-07") String firstMonth,
            @VisibleText(message = "Cần ghi lý do thay đổi quy định")
            @Size(max = 2000, message = "Lý do tối đa 2000 ký tự") String reason,
            @NotNull(message = "Cần các thiết lập (settings)") JsonNode settings) {
    }

    private final ScoringProfileService profiles;
    private final CurrentCaller caller;
    private final Clock clock;

    ScoringProfileResource(ScoringProfileService profiles, CurrentCaller caller, Clock clock) {
        this.profiles = profiles;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "The organisation's scoring profiles, oldest version first, each with every setting")
    public List<ProfileView> history() {
        return profiles.history(caller.get().organisationCode()).stream().map(profiles::view).toList();
    }

    @GET
    @Path("/in-force")
    @Operation(summary = "The version that rates the month (default: the current month), with every setting; 400 "
            + "for a month not of the form YYYY-MM")
    public ProfileView inForce(@QueryParam("month") String month) {
        YearMonth rated = month == null || month.isBlank() ? YearMonth.now(clock) : EvaluationResource.parse(month);
        return profiles.view(profiles.inForce(caller.get().organisationCode(), rated));
    }

    @GET
    @Path("/{version}")
    @Operation(summary = "One version of the organisation's scoring profile; 404 when there is none")
    public ProfileView version(@PathParam("version") int version) {
        return profiles.version(caller.get().organisationCode(), version).map(profiles::view)
                .orElseThrow(() -> ProblemException.notFound("quy định chấm điểm phiên bản " + version));
    }

    @GET
    @Path("/{version}/differences")
    @Operation(summary = "The settings of this version that differ from those of version 'from' (default: the "
            + "previous version), by their names in the rules; 404 when either does not exist")
    public List<ScoringProfileRules.SettingChange> differences(@PathParam("version") int version,
            @QueryParam("from") Integer from) {
        String organisationCode = caller.get().organisationCode();
        int other = from == null ? version - 1 : from;
        ScoringProfile to = profiles.version(organisationCode, version)
                .orElseThrow(() -> ProblemException.notFound("quy định chấm điểm phiên bản " + version));
        ScoringProfile base = profiles.version(organisationCode, other)
                .orElseThrow(() -> ProblemException.notFound("quy định chấm điểm phiên bản " + other));
        return ScoringProfileRules.differences(base.settings(), to.settings());
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
    @Operation(summary = "Admin, Director: a new version from firstMonth, the given settings over those in force "
            + "then; 409 when firstMonth is published; 400/422 for a bad setting. 201")
    public Response publish(@Valid @NotNull(message = "Cần nội dung quy định") ProfileRequest request) {
        ProfileView made = profiles.view(profiles.publish(new ScoringProfileService.ProfileEntry(request.name(),
                YearMonth.parse(request.firstMonth()), request.reason(), request.settings()), caller.get()));
        return Response.created(URI.create("/api/scoring-profiles/" + made.version())).entity(made).build();
    }
}
