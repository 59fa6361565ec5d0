package vn.hungyen.snv.webui.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** task-service's notification centre as the pages see it; used only through {@link NotificationGateway}. */
@RegisterRestClient(configKey = "task")
@RegisterClientHeaders(BearerTokenHeaders.class)
@Path("/api/notifications")
interface NotificationClient {

    @GET
    NotificationGateway.NotificationPage list(@QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/{id}/read")
    NotificationGateway.Notification markRead(@PathParam("id") long id);

    @POST
    @Path("/read-all")
    void markAllRead();
}
