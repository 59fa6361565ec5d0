package vn.hungyen.snv.task.service;

import static vn.hungyen.snv.common.rules.RuleViolationException.throwIfAny;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.hungyen.snv.common.deadline.Deadline;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.common.security.Caller;
import vn.hungyen.snv.task.client.PlanGateway;
import vn.hungyen.snv.task.domain.AssignmentRules;
import vn.hungyen.snv.task.domain.RecurringSchedule;
import vn.hungyen.snv.task.domain.TaskWorkflowRules;
import vn.hungyen.snv.task.repository.RecurringAssignment;
import vn.hungyen.snv.task.repository.RecurringRepository;
import vn.hungyen.snv.task.repository.Task;

/**
 * Recurring work (thường xuyên, trước ngày N hằng tháng): a catalogue item assigned once produces one task a month
 * until it is stopped. The month is claimed in PostgreSQL before its task is written, so a second run, a second
 * instance or a retry writes nothing.
 */
@ApplicationScoped
public class RecurringTaskService {

    /** A recurring assignment with what it has written so far. */
    public record RecurringView(RecurringAssignment assignment, RecurringRepository.Written written) {
    }

    private static final Logger LOG = Logger.getLogger(RecurringTaskService.class);
    /** The actor of the tasks the schedule writes. */
    static final String SCHEDULER = "system";

    private final RecurringRepository recurring;
    private final AssignmentWriter writer;
    private final TaskJournal journal;
    private final PlanGateway plans;

    RecurringTaskService(RecurringRepository recurring, AssignmentWriter writer, TaskJournal journal,
            PlanGateway plans) {
        this.recurring = recurring;
        this.writer = writer;
        this.journal = journal;
        this.plans = plans;
    }

    /** Records a recurring assignment, of the organisation of its first month's task just written. */
    @Transactional(Transactional.TxType.MANDATORY)
    void start(AssignmentRules.Draft draft, Deadline deadline, Task firstTask, TaskJournal.Change change,
            LocalDate today) {
        RecurringAssignment assignment = new RecurringAssignment();
        assignment.planItemId = draft.planItemId();
        assignment.organisationCode = firstTask.organisationCode;
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
        recurring.recordTask(assignment.id, first, firstTask.id);
    }

    @Scheduled(cron = "${app.tasks.recurring-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void generateThisMonth() {
        int written = generate(YearMonth.from(journal.today()));
        LOG.infof("Recurring work: %d tasks written for this month", written);
    }

    /**
     * Writes the month's task of every recurring assignment that has none yet, each in its own transaction;
     * returns how many this call wrote.
     */
    public int generate(YearMonth month) {
        int written = 0;
        Map<String, AssignmentRules.Directory> names = new HashMap<>();
        for (RecurringAssignment started : QuarkusTransaction.requiringNew().call(() -> recurring.startedBy(month))) {
            AssignmentRules.Directory directory = names.computeIfAbsent(started.organisationCode, this::namesOf);
            if (QuarkusTransaction.requiringNew().call(() -> generate(started.id, month, directory))) {
                written++;
            }
        }
        return written;
    }

    /**
     * The organisation's units and officers, read before any task is written, so that the history names them; while
     * plan-service cannot tell, the tasks are written all the same and their history gives the codes.
     */
    private AssignmentRules.Directory namesOf(String organisationCode) {
        try {
            return plans.directoryOf(organisationCode);
        } catch (ProblemException e) {
            LOG.warnf("Recurring work: plan-service could not name the units and officers of %s (%s)",
                    organisationCode, e.getMessage());
            return AssignmentWriter.UNNAMED;
        }
    }

    private boolean generate(long recurringId, YearMonth month, AssignmentRules.Directory names) {
        Optional<RecurringAssignment> active = recurring.lockIfActive(recurringId);
        if (active.isEmpty() || !recurring.claim(recurringId, month)) {
            return false;
        }
        RecurringAssignment assignment = active.get();
        LocalDate dueDate = Deadline.parse(assignment.deadline, month.getYear()).dueDateIn(month);
        var draft = new AssignmentRules.Draft(assignment.planItemId, assignment.title, assignment.unitCode,
                assignment.assigneeId, dueDate, assignment.coordinatingUnitList(), assignment.expectedProduct,
                assignment.weight, true);
        var change = new TaskJournal.Change(SCHEDULER, null, journal.now(), false);
        recurring.recordTask(recurringId, month,
                writer.write(assignment.organisationCode, draft, assignment.assignedBy, change, names).lead().id);
        return true;
    }

    /** The recurring assignments in the caller's scope (that of task lists), optionally of one unit, active or not. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RecurringView> list(String unitCode, Boolean active, Caller caller) {
        List<RecurringAssignment> assignments = recurring.list(unitCode, active, TaskService.scope(caller));
        Map<Long, RecurringRepository.Written> written = recurring.written(assignments.stream().map(a -> a.id)
                .toList());
        return assignments.stream().map(a -> view(a, written)).toList();
    }

    /**
     * Stops a recurring assignment: no later month gets a task; those written stay. Whoever may assign in its unit
     * (its leaders, the supervising deputy director, the Director, an administrator) or assigned it may stop it.
     */
    @Transactional
    public RecurringView stop(long id, String reason, Caller caller) {
        RecurringAssignment assignment = recurring.findInScopeForUpdate(id, TaskService.scope(caller))
                .orElseThrow(() -> ProblemException.notFound("việc định kỳ " + id));
        var state = new TaskWorkflowRules.RecurringState(assignment.unitCode, assignment.assignedBy,
                assignment.stoppedAt, assignment.stoppedBy);
        throwIfAny(TaskWorkflowRules.stopRecurring(state, TaskWorkflowService.actor(caller), journal.zone()));
        assignment.stoppedAt = journal.now();
        assignment.stoppedBy = caller.username();
        assignment.stopReason = reason;
        return view(assignment, recurring.written(List.of(id)));
    }

    private static RecurringView view(RecurringAssignment assignment, Map<Long, RecurringRepository.Written> written) {
        return new RecurringView(assignment, written.getOrDefault(assignment.id, RecurringRepository.Written.NONE));
    }
}
