package vn.hungyen.snv.plan.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hungyen.snv.common.client.CalendarYear;
import vn.hungyen.snv.common.security.CurrentCaller;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.plan.domain.CalendarRows;
import vn.hungyen.snv.plan.service.CalendarService;

/**
 * The working-day calendar (ngày nghỉ lễ, ngày làm bù) every service counts working days with: public reference
 * data, read without a token; an administrator replaces a year's entries.
 */
@Path("/api/calendar")
@Tag(name = "Lịch làm việc")
public class CalendarResource {

    /** A year with entries and their number. */
    public record YearCount(int year, long entries) {
    }

    /** The years entered, and the current and next year when they have no entry yet. */
    public record CalendarOverview(List<YearCount> years, List<Integer> missingYears) {
    }

    /** The new entries of a year, replacing all of its entries. */
    public record CalendarChange(List<CalendarRows.Row> entries) {
    }

    private final CalendarService calendar;
    private final CurrentCaller caller;

    CalendarResource(CalendarService calendar, CurrentCaller caller) {
        this.calendar = calendar;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(summary = "The years of the working-day calendar with their number of entries (no token needed)",
            description = "missingYears lists the current and the next year when they have no entry: a year "
                    + "without its holidays counts weekends only.")
    public CalendarOverview overview() {
        CalendarService.Overview overview = calendar.overview();
        return new CalendarOverview(overview.entriesByYear().entrySet().stream()
                .map(e -> new YearCount(e.getKey(), e.getValue())).toList(), overview.missingYears());
    }

    @GET
    @Path("/{year}")
    @PermitAll
    @Operation(summary = "The holidays (HOLIDAY) and worked weekend days (WORKDAY) of a year (no token needed)")
    public CalendarYear year(@PathParam("year") int year) {
        return new CalendarYear(year, calendar.year(year));
    }

    @PUT
    @Path("/{year}")
    @RolesAllowed({Roles.ADMIN, Roles.SYSTEM_ADMIN})
    @Operation(summary = "Replace every entry of a year (admin, sysadmin)", description = "Each entry {date, type, "
            + "name}: a date of that year given once, HOLIDAY or WORKDAY (a Saturday or Sunday only), a name. Any "
            + "problem answers 400 naming its row and nothing is written.")
    public CalendarYear replace(@PathParam("year") int year,
            @NotNull(message = "Cần gửi danh sách ngày của năm (entries).") CalendarChange change) {
        return new CalendarYear(year, calendar.replace(year, change.entries(), caller.get()));
    }
}
