package vn.hungyen.snv.common.rest;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.hungyen.snv.common.rules.RuleViolationException;
import vn.hungyen.snv.common.rules.Violation;

/**
 * Steps the services' rules refuse, as problem bodies with the violation's code and message and the violations the
 * refusal lists. The status and title follow the kind, in every service: 400 for invalid input, 403 for a refusal,
 * 409 for a clash with the current state or a step that needs earlier steps done first, 422 for a broken rule.
 */
public class RuleViolationMapper {

    @ServerExceptionMapper
    public Response refused(RuleViolationException e) {
        return respond(e.violation(), e.listed().stream()
                .map(listed -> new Problem.Violation(listed.field(), listed.message())).toList());
    }

    /** The answer to a violation, by its kind, with its code and message, listing the given problems. */
    public static Response respond(Violation violation, List<Problem.Violation> listed) {
        Violation.Kind kind = violation.kind();
        return Response.status(status(kind)).type(Problem.MEDIA_TYPE).entity(new Problem("urn:snv:problem:"
                + violation.code(), title(kind), status(kind), violation.code(), violation.message(), listed)).build();
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
