package vn.hungyen.snv.evaluation.rest;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.hungyen.snv.common.rest.Problem;
import vn.hungyen.snv.evaluation.rules.RuleViolationException;
import vn.hungyen.snv.evaluation.rules.Violation;

/**
 * Steps the month's workflow rules refuse, as problem bodies with the violation's code and message and the
 * violations the refusal lists (the missing steps of a month that cannot be published yet). The status and title
 * follow its kind: 400 for invalid input, 403 for a refusal, 409 for a clash with the month's state or a month still
 * lacking steps, 422 for a broken rule.
 */
public class RuleViolationMapper {

    @ServerExceptionMapper
    public Response refused(RuleViolationException e) {
        Violation violation = e.violation();
        Violation.Kind kind = violation.kind();
        return Response.status(status(kind)).type(Problem.MEDIA_TYPE).entity(new Problem("urn:snv:problem:"
                + violation.code(), title(kind), status(kind), violation.code(), violation.message(), e.listed()
                .stream().map(listed -> new Problem.Violation(listed.field(), listed.message())).toList())).build();
    }

    private static int status(Violation.Kind kind) {
        return switch (kind) {
            case INPUT -> 400;
            case FORBIDDEN -> 403;
            case CONFLICT, INCOMPLETE -> 409;
            case UNPROCESSABLE -> 422;
        };
    }

    private static String title(Violation.Kind kind) {
        return switch (kind) {
            case INPUT -> "Dữ liệu không hợp lệ";
            case FORBIDDEN -> "Không có quyền";
            case CONFLICT -> "Xung đột trạng thái";
            case INCOMPLETE -> "Chưa thể công bố";
            case UNPROCESSABLE -> "Yêu cầu không hợp lệ";
        };
    }
}
