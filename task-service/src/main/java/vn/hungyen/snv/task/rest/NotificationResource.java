package vn.hungyen.snv.task.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hungyen.snv.common.security.CurrentCaller;
import vn.hungyen.snv.common.security.Roles;
import vn.hungyen.snv.task.domain.ReminderStep;
import vn.hungyen.snv.task.repository.Notification;
import vn.hungyen.snv.task.service.MailService;
import vn.hungyen.snv.task.service.NotificationService;

/** The caller's notification centre: reminders and escalations addressed to them. */
@Path("/api/notifications")
@Tag(name = "Thông báo", description = "The caller's reminders and escalations (đôn đốc), read and unread")
public class NotificationResource {

    /** A notification as the API shows it. */
    public record NotificationView(long id,
            @Schema(description = "The task it is about; null for a step of a month's rating (MONTH_…)") Long taskId,
            ReminderStep step,
            @Schema(description = "Vietnamese text naming the task or the month's step") String message,
            @Schema(description = "The page in web-ui where the step is done, e.g. /tasks/42 or "
                    + "/evaluation?month=2027-04") String link,
            @Schema(description = "The due date, the day or the request's day the reminder is about; a month's "
                    + "first day for its steps")
            LocalDate occasion, Instant createdAt, Instant readAt, boolean read) {

        static NotificationView of(Notification n) {
            return new NotificationView(n.id, n.taskId, n.step, n.message, n.link,
                    n.occasion, n.createdAt, n.readAt, n.readAt != null);
        }
    }

    /** One page of notifications, newest first, with the caller's unread count. */
    public record NotificationPageView(List<NotificationView> items, int page, int size, long total, long unread) {
    }

    /**
     * GET and PUT /api/notifications/settings: the caller's e-mail address for reminders (null: no mail) and whether
     * they want one digest a day instead of one mail per reminder.
     */
    public record MailSettingsView(
            @Email(message = "địa chỉ thư điện tử không hợp lệ, ví dụ ten.nguoi@hungyen.gov.vn")
            @Size(max = 254, message = "địa chỉ thư điện tử tối đa 254 ký tự") String email,
            boolean dailyDigest) {
    }

    /** How many notifications one request marked read. */
    public record MarkedView(int marked) {
    }

    private final NotificationService service;
    private final MailService mail;
    private final CurrentCaller caller;

    NotificationResource(NotificationService service, MailService mail, CurrentCaller caller) {
        this.service = service;
        this.mail = mail;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD, Roles.OFFICER})
    @Operation(summary = "The caller's notifications, newest first, with the unread count",
            description = "Addressed to the caller's officer id or username, to their unit's leaders when they "
                    + "are a head or deputy head, or to a unit they supervise when they are a deputy director; "
                    + "within their organisation.")
    public NotificationPageView list(
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "trang bắt đầu từ 0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "cỡ trang tối thiểu 1")
            @Max(value = 200, message = "cỡ trang tối đa 200") int size) {
        NotificationService.Page result = service.list(caller.get(), page, size);
        return new NotificationPageView(result.items().stream().map(NotificationView::of).toList(), page, size,
                result.total(), result.unread());
    }

    @POST
    @Path("/{id}/read")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD, Roles.OFFICER})
    @Operation(summary = "Marks one of the caller's notifications read; 404 when it is not theirs")
    @APIResponse(responseCode = "200", description = "the notification, read")
    public NotificationView markRead(@PathParam("id") long id) {
        return NotificationView.of(service.markRead(id, caller.get()));
    }

    @GET
    @Path("/settings")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD, Roles.OFFICER})
    @Operation(summary = "The caller's e-mail choice for reminders")
    public MailSettingsView mailSettings() {
        MailService.Settings settings = mail.settings(caller.get());
        return new MailSettingsView(settings.email(), settings.dailyDigest());
    }

    @PUT
    @Path("/settings")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD, Roles.OFFICER})
    @Operation(summary = "Chooses the caller's e-mail address for reminders and the daily digest",
            description = "email null stops the mails. dailyDigest=false: one mail per reminder, sent within "
                    + "app.mail.every of it; true: one mail a day gathering the day's reminders.")
    public MailSettingsView chooseMail(@Valid @NotNull(message = "cần nội dung yêu cầu") MailSettingsView body) {
        MailService.Settings settings = mail.choose(caller.get(),
                new MailService.Settings(body.email(), body.dailyDigest()));
        return new MailSettingsView(settings.email(), settings.dailyDigest());
    }

    @POST
    @Path("/read-all")
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.DEPUTY_DIRECTOR, Roles.HEAD, Roles.OFFICER})
    @Operation(summary = "Marks every unread notification of the caller read")
    public MarkedView markAllRead() {
        return new MarkedView(service.markAllRead(caller.get()));
    }
}
