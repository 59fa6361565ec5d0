package vn.hungyen.snv.webui.client;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A refusal or failure of a service, with the message to show a person: the service's own
 * Vietnamese detail for a refused request (and the items it lists, such as the steps still
 * missing before a month can be published), or that the service cannot be reached.
 */
public class ServiceMessage extends RuntimeException {

    private final int status;
    private final List<String> details;

    public ServiceMessage(int status, String message) {
        this(status, message, List.of());
    }

    private ServiceMessage(int status, String message, List<String> details) {
        super(message);
        this.status = status;
        this.details = details;
    }

    public int status() {
        return status;
    }

    /**
     * The message followed by the problem's {@code violations}, one line each (such as the steps still
     * missing before a month can be published), for pages that show a list of messages.
     */
    public List<String> lines() {
        return Stream.concat(Stream.of(getMessage()), details.stream()).toList();
    }

    /** Runs a call to the named service, turning its failures into messages. */
    static <T> T call(String service, Supplier<T> request) {
        try {
            return request.get();
        } catch (WebApplicationException e) {
            throw of(e.getResponse());
        } catch (ProcessingException e) {
            throw new ServiceMessage(503, service + " tạm thời không phản hồi. Vui lòng thử lại sau ít phút.");
        }
    }

    /** Runs a call that answers nothing the page needs. */
    static void run(String service, Runnable request) {
        call(service, () -> {
            request.run();
            return null;
        });
    }

    static ServiceMessage of(Response response) {
        int status = response.getStatus();
        Map<?, ?> problem = problem(response);
        Object detail = problem.get("detail");
        if (detail != null && !detail.toString().isBlank()) {
            return new ServiceMessage(status, detail.toString(), violations(problem));
        }
        return new ServiceMessage(status, switch (status) {
            case 401 -> "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.";
            case 403 -> "Bạn không có quyền thực hiện thao tác này.";
            case 404 -> "Không tìm thấy dữ liệu, hoặc dữ liệu không thuộc phạm vi của bạn.";
            default -> "Dịch vụ báo lỗi (" + status + "). Vui lòng thử lại sau.";
        });
    }

    /** A problem+json body, or an empty map when the body is something else. */
    private static Map<?, ?> problem(Response response) {
        if (response.getMediaType() == null || !response.getMediaType().getSubtype().endsWith("json")) {
            return Map.of();
        }
        return response.readEntity(Map.class);
    }

    private static List<String> violations(Map<?, ?> problem) {
        if (!(problem.get("violations") instanceof List<?> violations)) {
            return List.of();
        }
        return violations.stream().filter(Map.class::isInstance).map(v -> ((Map<?, ?>) v).get("message"))
                .filter(Objects::nonNull).map(Object::toString).toList();
    }
}
