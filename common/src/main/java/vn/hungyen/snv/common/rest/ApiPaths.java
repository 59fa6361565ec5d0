package vn.hungyen.snv.common.rest;

/**
 * The answers of the HTTP layer itself under {@code /api/}: a status the resource methods never chose (no such path,
 * method, media type) as a problem with a Vietnamese detail.
 */
public final class ApiPaths {

    private ApiPaths() {
    }

    /** Whether the path is one of the API's, whose errors are problem bodies. */
    public static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    /** The problem for a refusal of the HTTP layer with this status, for a request of this method to this path. */
    public static Problem problem(int status, String method, String path) {
        return switch (status) {
            case 400 -> Problem.of(400, "bad-request", "Yêu cầu không hợp lệ", "Yêu cầu không hợp lệ: kiểm tra "
                    + "địa chỉ, tham số và nội dung gửi lên.");
            case 401 -> Problem.of(401, "unauthenticated", "Chưa đăng nhập", "Cần đăng nhập: gửi kèm mã truy cập "
                    + "hợp lệ (Authorization: Bearer …).");
            case 403 -> Problem.of(403, "forbidden", "Không có quyền", "Bạn không có quyền thực hiện thao tác "
                    + "này.");
            case 404 -> Problem.of(404, "not-found", "Không tìm thấy", "Không có địa chỉ " + path + " trong API: "
                    + "kiểm tra đường dẫn và các mã số trong đó (mã số là số nguyên).");
            case 405 -> Problem.of(405, "method-not-allowed", "Phương thức không được hỗ trợ", "Địa chỉ " + path
                    + " không nhận phương thức " + method + "; các phương thức được nhận có trong header Allow.");
            case 406 -> Problem.of(406, "not-acceptable", "Định dạng trả lời không được hỗ trợ", "Không thể trả "
                    + "lời theo định dạng trong header Accept: API trả lời bằng application/json.");
            case 413 -> Problem.of(413, "payload-too-large", "Nội dung quá lớn", "Nội dung gửi lên quá lớn: hãy gửi "
                    + "tệp hoặc dữ liệu nhỏ hơn.");
            case 415 -> Problem.of(415, "unsupported-media-type", "Kiểu nội dung không được hỗ trợ", "Kiểu nội "
                    + "dung (Content-Type) của yêu cầu không được hỗ trợ: gửi JSON với Content-Type: "
                    + "application/json.");
            default -> Problem.of(status, "http-" + status, "Yêu cầu không thực hiện được", "Yêu cầu không thực "
                    + "hiện được (mã " + status + ").");
        };
    }
}
