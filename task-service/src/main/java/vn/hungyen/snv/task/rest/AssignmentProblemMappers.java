package vn.hungyen.snv.task.rest;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.hungyen.snv.common.rest.Problem;
import vn.hungyen.snv.common.rest.RuleViolationMapper;
import vn.hungyen.snv.common.rules.Violation;
import vn.hungyen.snv.common.rules.Violation.Kind;
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
        Violation first = e.problems().get(0);
        if (first.kind() == Kind.INPUT) {
            List<Violation> input = e.problems().stream().filter(v -> v.kind() == Kind.INPUT).toList();
            String detail = input.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
            return RuleViolationMapper.respond(new Violation(null, "validation", Kind.INPUT, detail),
                    violations(input));
        }
        return RuleViolationMapper.respond(first, violations(e.problems()));
    }

    @ServerExceptionMapper
    public Response bulkRejected(TaskService.BulkRejectedException e) {
        var report = TaskResource.BulkReportView.of(e.outcome());
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(new BulkProblem("urn:snv:problem:bulk-invalid",
                "Danh sách có lỗi", 422, "bulk-invalid", report.problemRowCount() + " trong " + report.rowCount()
                        + " dòng có lỗi; không nhiệm vụ nào được giao. Sửa các dòng được liệt kê rồi gửi lại.",
                report)).build();
    }

    private static List<Problem.Violation> violations(List<Violation> problems) {
        return problems.stream().map(v -> new Problem.Violation(v.field(), v.message())).toList();
    }
}
