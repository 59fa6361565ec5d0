package vn.hungyen.snv.common.rest;

/**
 * A business-rule failure to be answered with a problem body. Services throw the narrow
 * subclasses; each carries its HTTP status and stable code.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;

    public ProblemException(int status, String code, String title, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
    }

    public Problem problem() {
        return Problem.of(status, code, title, getMessage());
    }

    /** 404: the resource does not exist or lies outside the caller's scope. */
    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Không tìm thấy", "Không tìm thấy " + what + ".");
    }

    /** 409: the request conflicts with the current state. */
    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(409, code, "Xung đột trạng thái", detail);
    }

    /** 422: the request is well formed but breaks a business rule. */
    public static ProblemException unprocessable(String code, String detail) {
        return new ProblemException(422, code, "Yêu cầu không hợp lệ", detail);
    }

    /** 403: the caller may not do this. */
    public static ProblemException forbidden(String code, String detail) {
        return new ProblemException(403, code, "Không có quyền", detail);
    }
}
