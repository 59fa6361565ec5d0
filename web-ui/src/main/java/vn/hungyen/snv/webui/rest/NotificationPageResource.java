package vn.hungyen.snv.webui.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.hungyen.snv.webui.client.NotificationGateway;
import vn.hungyen.snv.webui.client.ServiceMessage;

/** "Thông báo": the bell of every page, the list of reminders, opening one (read, then its task). */
@Path("/notifications")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class NotificationPageResource {

    @CheckedTemplate
    static class Templates {
        /** {@code previous} and {@code next}: the neighbouring pages, null when there is none. */
        static native TemplateInstance notifications(List<NotificationGateway.Notification> items, long unread,
                Integer previous, Integer next, String error);

        static native TemplateInstance bell(Long unread);
    }

    private final NotificationGateway notifications;

    NotificationPageResource(NotificationGateway notifications) {
        this.notifications = notifications;
    }

    @GET
    @Operation(hidden = true)
    public Response list(@QueryParam("page") @DefaultValue("0") int page) {
        int shown = Math.max(page, 0);
        try {
            NotificationGateway.NotificationPage result = notifications.page(shown);
            boolean hasNext = (long) (shown + 1) * NotificationGateway.PAGE_SIZE < result.total();
            return Response.ok(Templates.notifications(result.items(), result.unread(), shown > 0 ? shown - 1 : null,
                    hasNext ? shown + 1 : null, null)).build();
        } catch (ServiceMessage e) {
            return Response.status(e.status()).entity(failure(e)).build();
        }
    }

    /** The bell with the unread count, loaded by every page; without the count when task-service cannot tell. */
    @GET
    @Path("/bell")
    @Operation(hidden = true)
    public TemplateInstance bell() {
        try {
            return Templates.bell(notifications.unread());
        } catch (ServiceMessage e) {
            return Templates.bell(null);
        }
    }

    private static TemplateInstance failure(ServiceMessage e) {
        return Templates.notifications(List.of(), 0, null, null, e.getMessage());
    }

    @POST
    @Path("/{id}/open")
    @Operation(hidden = true)
    public Response open(@PathParam("id") long id) {
        try {
            return Response.seeOther(URI.create(notifications.open(id).link())).build();
        } catch (ServiceMessage e) {
            return Response.status(e.status()).entity(failure(e)).build();
        }
    }

    @POST
    @Path("/read-all")
    @Operation(hidden = true)
    public Response readAll() {
        try {
            notifications.markAllRead();
            return Response.seeOther(URI.create("/notifications")).build();
        } catch (ServiceMessage e) {
            return Response.status(e.status()).entity(failure(e)).build();
        }
    }
}
