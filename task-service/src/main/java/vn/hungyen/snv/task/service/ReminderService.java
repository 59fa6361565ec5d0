package vn.hungyen.snv.task.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.hungyen.snv.common.calendar.CalendarSource;
import vn.hungyen.snv.common.calendar.WorkingDayCalendar;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.task.client.EvaluationGateway;
import vn.hungyen.snv.task.config.ReminderConfig;
import vn.hungyen.snv.task.domain.ReminderRules;
import vn.hungyen.snv.task.repository.NotificationRepository;

/**
 * Sends the day's reminders and escalations (đôn đốc): reads the open tasks, asks {@link ReminderRules} what each
 * calls for today on the working-day calendar, and records every reminder once (the notification's unique key), so
 * that a second run, a restart or a second instance on the same day sends nothing twice. The same for the steps of
 * last month's rating that someone still has, as evaluation-service decides them: each once per month and recipient. The mails of the new
 * reminders, and the day's digests, are queued in the same transaction and sent by {@link MailService} after it.
 */
@ApplicationScoped
public class ReminderService {

    private static final Logger LOG = Logger.getLogger(ReminderService.class);

    private final NotificationRepository notifications;
    private final CalendarSource calendar;
    private final ReminderConfig config;
    private final MailService mail;
    private final EvaluationGateway evaluation;
    private final Clock clock;

    ReminderService(NotificationRepository notifications, CalendarSource calendar, ReminderConfig config,
            MailService mail, EvaluationGateway evaluation, Clock clock) {
        this.notifications = notifications;
        this.evaluation = evaluation;
        this.mail = mail;
        this.calendar = calendar;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(cron = "${app.reminders.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void remindOnSchedule() {
        LOG.infof("Reminders: %d sent", remindToday());
    }

    /** Sends what today (the organisation's clock) calls for and was not sent before; returns how many this call sent. */
    public int remindToday() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        WorkingDayCalendar days = calendar.current();
        ReminderRules.Settings settings = config.settings();
        if (!days.isWorkingDay(today)) {
            return 0;
        }
        LocalDate horizon = days.addWorkingDays(today, settings.daysBefore());
        Map<String, List<ReminderRules.MonthStep>> monthSteps = monthSteps(YearMonth.from(today).minusMonths(1));
        return QuarkusTransaction.requiringNew().call(() -> {
            int sent = 0;
            for (NotificationRepository.TaskFactsOf task : notifications.openTaskFacts(horizon, clock.getZone())) {
                for (ReminderRules.Reminder reminder : ReminderRules.due(task.facts(), today, days, settings)) {
                    sent += queued(notifications.recordOnce(task.organisationCode(), reminder,
                            NotificationService.taskPage(reminder.taskId()), now), now);
                }
            }
            for (Map.Entry<String, List<ReminderRules.MonthStep>> organisation : monthSteps.entrySet()) {
                for (ReminderRules.MonthReminder reminder : ReminderRules.dueMonthSteps(organisation.getValue(), today,
                        days)) {
                    sent += queued(notifications.recordMonthOnce(organisation.getKey(), reminder,
                            NotificationService.monthPage(reminder.month()), now), now);
                }
            }
            mail.queueDigests(today, today.atStartOfDay(clock.getZone()).toInstant(), now);
            return sent;
        });
    }

    /** Queues the mail of a reminder when this run wrote it; 1 then, else 0. */
    private int queued(Optional<Long> recorded, Instant now) {
        recorded.ifPresent(id -> mail.queueReminder(id, now));
        return recorded.isPresent() ? 1 : 0;
    }

    /**
     * Each organisation's steps of the month still to do, read from evaluation-service before the reminders'
     * transaction; an organisation whose steps cannot be read now is left to a later run, which sends what is due then.
     */
    private Map<String, List<ReminderRules.MonthStep>> monthSteps(YearMonth month) {
        Map<String, List<ReminderRules.MonthStep>> steps = new LinkedHashMap<>();
        for (String organisation : QuarkusTransaction.requiringNew().call(notifications::organisations)) {
            try {
                steps.put(organisation, evaluation.pendingSteps(month, organisation));
            } catch (ProblemException e) {
                LOG.warnf("Reminders: the steps of %s in %s could not be read (%s); tried again at the next run",
                        month, organisation, e.getMessage());
            }
        }
        return steps;
    }
}
