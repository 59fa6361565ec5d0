package vn.hungyen.snv.webui.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The signed-in person's reminders (thông báo đôn đốc), read and marked read in task-service. */
@ApplicationScoped
public class NotificationGateway {

    /** A reminder; {@code link} is the page where its step is done: the task's, or the month's evaluation. */
    public record Notification(long id, Long taskId, String message, String link, Instant createdAt, boolean read) {
    }

    /** One page, newest first, with the unread count. */
    public record NotificationPage(List<Notification> items, long total, long unread) {
    }

    /** Reminders one page shows. */
    public static final int PAGE_SIZE = 30;

    private final NotificationClient client;

    NotificationGateway(@RestClient NotificationClient client) {
        this.client = client;
    }

    public NotificationPage page(int page) {
        return call(() -> client.list(page, PAGE_SIZE));
    }

    /** The unread count alone, for the bell. */
    public long unread() {
        return call(() -> client.list(0, 1)).unread();
    }

    /** Marks the reminder read and returns it (404 as a message when it is not the person's). */
    public Notification open(long id) {
        return call(() -> client.markRead(id));
    }

    public void markAllRead() {
        ServiceMessage.run("Dịch vụ nhiệm vụ", client::markAllRead);
    }

    private static <T> T call(Supplier<T> request) {
        return ServiceMessage.call("Dịch vụ nhiệm vụ", request);
    }
}
