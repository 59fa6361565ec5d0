package vn.hungyen.snv.task.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.common.security.Caller;
import vn.hungyen.snv.task.repository.Notification;
import vn.hungyen.snv.task.repository.NotificationRepository;

/** The caller's notification centre: the reminders addressed to them, read and unread. */
@ApplicationScoped
public class NotificationService {

    /** One page of the caller's notifications with the counts the bell shows. */
    public record Page(List<Notification> items, long total, long unread) {
    }

    private final NotificationRepository notifications;
    private final MailService mail;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, MailService mail, Clock clock) {
        this.notifications = notifications;
        this.mail = mail;
        this.clock = clock;
    }

    /** The page of web-ui that shows a task: where a task's notification links to. */
    public static String taskPage(long taskId) {
        return "/tasks/" + taskId;
    }

    /** The page of web-ui where a month's steps are done: where a month step's notification links to. */
    public static String monthPage(YearMonth month) {
        return "/evaluation?month=" + month;
    }

    /** The page, and the caller's mail addressing brought up to date with their token. */
    @Transactional
    public Page list(Caller caller, int page, int size) {
        mail.refreshClaims(caller);
        return new Page(notifications.page(caller, page, size), notifications.count(caller, false),
                notifications.count(caller, true));
    }

    /** Marks one of the caller's notifications read (a second time changes nothing); 404 when it is not theirs. */
    @Transactional
    public Notification markRead(long id, Caller caller) {
        Notification notification = notifications.findFor(id, caller)
                .orElseThrow(() -> ProblemException.notFound("thông báo " + id));
        if (notification.readAt == null) {
            notification.readAt = TaskJournal.stored(clock.instant());
        }
        return notification;
    }

    /** Marks every unread notification of the caller read; returns how many. */
    @Transactional
    public int markAllRead(Caller caller) {
        return notifications.markAllRead(caller, TaskJournal.stored(clock.instant()));
    }
}
