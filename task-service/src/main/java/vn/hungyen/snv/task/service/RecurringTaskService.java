package vn.hungyen.snv.task.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jboss.logging.Logger;
import vn.hungyen.snv.common.deadline.Deadline;
import vn.hungyen.snv.task.config.TaskConfig;
import vn.hungyen.snv.task.domain.AssignmentRules;
import vn.hungyen.snv.task.domain.RecurringSchedule;
import vn.hungyen.snv.task.repository.RecurringAssignment;
import vn.hungyen.snv.task.repository.RecurringRepository;

/**
 * Recurring work (thường xuyên, trước ngày N hằng tháng): a catalogue item assigned once produces one task a month.
 * The month is claimed in PostgreSQL before its task is written, so a second run, a second instance or a retry
 * writes nothing.
 */
@ApplicationScoped
public class RecurringTaskService {

    private static final Logger LOG = Logger.getLogger(RecurringTaskService.class);
    /** The actor of the tasks the schedule writes. */
    static final String SCHEDULER = "system";

    private final RecurringRepository recurring;
    private final AssignmentWriter writer;
    private final TaskConfig config;

    RecurringTaskService(RecurringRepository recurring, AssignmentWriter writer, TaskConfig config) {
        this.recurring = recurring;
        this.writer = writer;
        this.config = config;
    }

    /** Records a recurring assignment whose first month's task has just been written. */
    @Transactional(Transactional.TxType.MANDATORY)
    void start(AssignmentRules.Draft draft, Deadline deadline, long firstTaskId, TaskJournal.Change change,
            LocalDate today) {
        RecurringAssignment assignment = new RecurringAssignment();
        assignment.planItemId = draft.planItemId();
        assignment.title = draft.title();
        assignment.unitCode = draft.unitCode();
        assignment.assigneeId = draft.assigneeId();
        assignment.coordinatingUnits(draft.otherCoordinatingUnits());
        assignment.expectedProduct = draft.expectedProduct();
        assignment.weight = draft.weightOrDefault();
        assignment.deadline = deadline.text();
        assignment.assignedBy = change.actor();
        YearMonth first = RecurringSchedule.firstMonth(deadline, today);
        assignment.firstMonth = first.atDay(1);
        assignment.createdAt = change.at();
        assignment.persist();
        recurring.claim(assignment.id, first);
        recurring.recordTask(assignment.id, first, firstTaskId);
    }

    @Scheduled(cron = "${app.tasks.recurring-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void generateThisMonth() {
        int written = generate(YearMonth.now(config.zone()));
        LOG.infof("Recurring work: %d tasks written for this month", written);
    }

    /**
     * Writes the month's task of every recurring assignment that has none yet, each in its own transaction;
     * returns how many this call wrote.
     */
    public int generate(YearMonth month) {
        int written = 0;
        for (Long id : QuarkusTransaction.requiringNew().call(() -> recurring.startedBy(month).stream()
                .map(r -> r.id).toList())) {
            if (QuarkusTransaction.requiringNew().call(() -> generate(id, month))) {
                written++;
            }
        }
        return written;
    }

    private boolean generate(long recurringId, YearMonth month) {
        if (!recurring.claim(recurringId, month)) {
            return false;
        }
        RecurringAssignment assignment = RecurringAssignment.findById(recurringId);
        LocalDate dueDate = Deadline.parse(assignment.deadline, month.getYear()).dueDateIn(month);
        var draft = new AssignmentRules.Draft(assignment.planItemId, assignment.title, assignment.unitCode,
                assignment.assigneeId, dueDate, assignment.coordinatingUnitList(), assignment.expectedProduct,
                assignment.weight, true);
        var change = new TaskJournal.Change(SCHEDULER, null, TaskJournal.now(), false);
        recurring.recordTask(recurringId, month, writer.write(draft, assignment.assignedBy, change).lead().id);
        return true;
    }
}
