package vn.hungyen.snv.webui.client;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A refusal or failure of a service, with the message to show a person: the service's own
 * Vietnamese detail for a refused request, or that the service cannot be reached.
 */
public class ServiceMessage extends RuntimeException {

    private final int status;

    public ServiceMessage(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
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

    static ServiceMessage of(Response response) {
        int status = response.getStatus();
        String detail = problemDetail(response);
        if (!detail.isBlank()) {
            return new ServiceMessage(status, detail);
        }
        return new ServiceMessage(status, switch (status) {
            case 401 -> "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.";
            case 403 -> "Bạn không có quyền thực hiện thao tác này.";
            case 404 -> "Không tìm thấy dữ liệu, hoặc dữ liệu không thuộc phạm vi của bạn.";
            default -> "Dịch vụ báo lỗi (" + status + "). Vui lòng thử lại sau.";
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
