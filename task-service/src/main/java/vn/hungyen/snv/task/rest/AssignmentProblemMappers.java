package vn.hungyen.snv.task.rest;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.hungyen.snv.common.rest.Problem;
import vn.hungyen.snv.task.domain.AssignmentRules;
import vn.hungyen.snv.task.domain.AssignmentRules.Kind;
import vn.hungyen.snv.task.service.TaskService;

/** Refused assignments as problem bodies that list every violation. */
public class AssignmentProblemMappers {

    /** A refused bulk assignment: the problem and the per-row report. */
    public record BulkProblem(String type, String title, int status, String code, String detail,
            TaskResource.BulkReportView report) {
    }

    /**
     * Answers for the first problem in field order: 400 listing the missing or invalid fields (as bean validation
     * answers) when it is one, 403 when the caller may not assign to the unit, else 422 with its code. Every
     * violation is listed.
     */
    @ServerExceptionMapper
    public Response rejected(TaskService.AssignmentRejectedException e) {
        AssignmentRules.Violation first = e.problems().get(0);
        if (first.kind() == Kind.INPUT) {
            List<AssignmentRules.Violation> input = e.problems().stream().filter(v -> v.kind() == Kind.INPUT)
                    .toList();
            return respond(new Problem("urn:snv:problem:validation", "Dữ liệu không hợp lệ", 400, "validation",
                    input.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")),
                    violations(input)));
        }
        boolean forbidden = first.kind() == Kind.FORBIDDEN;
        return respond(new Problem("urn:snv:problem:" + first.code(), forbidden ? "Không có quyền"
                : "Yêu cầu không hợp lệ", forbidden ? 403 : 422, first.code(), first.message(),
                violations(e.problems())));
    }

    @ServerExceptionMapper
    public Response bulkRejected(TaskService.BulkRejectedException e) {
        var report = TaskResource.BulkReportView.of(e.outcome());
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(new BulkProblem("urn:snv:problem:bulk-invalid",
                "Danh sách có lỗi", 422, "bulk-invalid", report.problemRowCount() + " trong " + report.rowCount()
                        + " dòng có lỗi; không nhiệm vụ nào được giao. Sửa các dòng được liệt kê rồi gửi lại.",
                report)).build();
    }

    private static List<Problem.Violation> violations(List<AssignmentRules.Violation> problems) {
        return problems.stream().map(v -> new Problem.Violation(v.field(), v.message())).toList();
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
