package vn.hungyen.snv.webui.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * task-service for the pages; every failure becomes a {@link ServiceMessage} a person can read.
 */
@ApplicationScoped
public class TaskGateway {

    /** One line of a task's history. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HistoryLine(Instant at, String actor, String action, String detail) {
    }

    /** A completion report and, once reviewed, its verdict. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SubmissionLine(long id, Instant submittedAt, String documentNumber, LocalDate issuedOn,
            String summary, String link, String verdict, Boolean majorError, String reviewNote, String reviewedBy,
            Instant reviewedAt) {
    }

    /** A task as task-service returns it; lists carry no history or submissions. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Task(long id, Long planItemId, String title, String unitCode, Long assigneeId, String assignedBy,
            LocalDate dueDate, String expectedProduct, String status, String timeliness, long version,
            List<HistoryLine> history, List<SubmissionLine> submissions) {

        public Task {
            history = history == null ? List.of() : history;
            submissions = submissions == null ? List.of() : submissions;
        }
    }

    /** A new assignment from the unit page. */
    public record Assignment(String title, String unitCode, Long assigneeId, LocalDate dueDate,
            String expectedProduct) {
    }

    /** The assigner's verdict on the latest submission. */
    public record Review(String verdict, boolean majorError, String note, long version) {
    }

    /** One page of tasks. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TaskPage(List<Task> items, long total) {
    }

    /** A completion report with its product. */
    public record Submission(String documentNumber, LocalDate issuedOn, String summary, String link) {
    }

    private final TaskClient client;

    TaskGateway(@RestClient TaskClient client) {
        this.client = client;
    }

    public List<Task> tasksOf(long officerId) {
        return call(() -> client.list(officerId, null, null, null, 0, 200)).items();
    }

    /** A unit's tasks, optionally only those with one status or only the overdue ones. */
    public TaskPage unitTasks(String unit, String status, Boolean overdue, int page) {
        return call(() -> client.list(null, unit, status, overdue, page, 50));
    }

    public long assign(Assignment assignment) {
        return call(() -> client.assign(assignment)).id();
    }

    public void review(long id, Review review) {
        call(() -> {
            client.review(id, review);
            return null;
        });
    }

    public Task task(long id) {
        return call(() -> client.get(id));
    }

    public void submit(long id, Submission submission) {
        call(() -> {
            client.submit(id, submission);
            return null;
        });
    }

    private static <T> T call(Supplier<T> request) {
        return ServiceMessage.call("Dịch vụ nhiệm vụ", request);
    }
}
