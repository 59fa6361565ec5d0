package vn.hungyen.snv.webui.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * task-service for the pages. Turns every failure into a {@link ServiceMessage} a person can
 * read: the service's own Vietnamese detail for a refused request, or that it is unreachable.
 */
@ApplicationScoped
public class TaskGateway {

    /** One line of a task's history. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HistoryLine(Instant at, String actor, String action, String detail) {
    }

    /** A task as task-service returns it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Task(long id, Long planItemId, String title, String unitCode, Long assigneeId, String assignedBy,
            LocalDate dueDate, String expectedProduct, String status, String timeliness, long version,
            List<HistoryLine> history) {
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
        return call(() -> client.list(officerId, null, 0, 200)).items();
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
        try {
            return request.get();
        } catch (WebApplicationException e) {
            throw ServiceMessage.of(e.getResponse());
        } catch (ProcessingException e) {
            throw new ServiceMessage(503, "Dịch vụ nhiệm vụ tạm thời không phản hồi. Vui lòng thử lại sau ít phút.");
        }
    }

    /** A refusal or failure of a service, with the message to show. */
    public static class ServiceMessage extends RuntimeException {
        private final int status;

        public ServiceMessage(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }

        static ServiceMessage of(Response response) {
            int status = response.getStatus();
            String detail = problemDetail(response);
            if (!detail.isBlank()) {
                return new ServiceMessage(status, detail);
            }
            return new ServiceMessage(status, switch (status) {
                case 401 -> "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.";
                case 403 -> "Bạn không có quyền thực hiện thao tác này.";
                case 404 -> "Không tìm thấy nhiệm vụ, hoặc nhiệm vụ không thuộc phạm vi của bạn.";
                default -> "Dịch vụ nhiệm vụ báo lỗi (" + status + "). Vui lòng thử lại sau.";
            });
        }

        /** The {@code detail} of a problem+json body, or "" when the body is something else. */
        private static String problemDetail(Response response) {
            if (response.getMediaType() == null || !response.getMediaType().getSubtype().endsWith("json")) {
                return "";
            }
            Object detail = response.readEntity(Map.class).get("detail");
            return detail == null ? "" : detail.toString();
        }
    }
}
