package vn.hungyen.snv.common.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.rest.Problem;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.common.rules.RuleViolationException;
import vn.hungyen.snv.common.rules.Violation;
import vn.hungyen.snv.common.rules.Violation.Kind;

class RuleViolationMapperTest {

    private static final String DETAIL = "Kết quả tháng 2024-03 đã công bố và khóa; không thể sửa.";

    private static Response answer(Kind kind) {
        return answer(new Violation(null, "month-published", kind, DETAIL), List.of());
    }

    private static Response answer(Violation violation, List<Violation> listed) {
        RuleViolationException refused = catchThrowableOfType(RuleViolationException.class,
                () -> RuleViolationException.throwIfAny(Optional.of(violation), listed));
        return new RuleViolationMapper().refused(refused);
    }

    @Test
    void eachKindIsAnsweredWithTheStatusTitleAndBodyOfItsProblem() {
        assertThat(answer(Kind.INPUT)).returns(400, Response::getStatus).returns(
                new ProblemException(400, "month-published", "Dữ liệu không hợp lệ", DETAIL).problem(),
                Response::getEntity);
        assertThat(answer(Kind.FORBIDDEN)).returns(403, Response::getStatus).returns(
                ProblemException.forbidden("month-published", DETAIL).problem(), Response::getEntity);
        assertThat(answer(Kind.CONFLICT)).returns(409, Response::getStatus).returns(
                ProblemException.conflict("month-published", DETAIL).problem(), Response::getEntity);
        assertThat(answer(Kind.UNPROCESSABLE)).returns(422, Response::getStatus).returns(
                ProblemException.unprocessable("month-published", DETAIL).problem(), Response::getEntity);
        assertThat(answer(Kind.CONFLICT).getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
    }

    @Test
    void anIncompleteMonthIsAConflictListingEveryMissingStep() {
        String detail = "Còn 2 việc phải hoàn thành trước khi công bố kết quả tháng.";
        Response answer = answer(new Violation(null, "month-incomplete", Kind.INCOMPLETE, detail), List.of(
                new Violation("officers/50", "awaiting-self-assessment", Kind.INCOMPLETE,
                        "Trịnh Thị Thảo (CCHC) chưa tự đánh giá."),
                new Violation("units/CCHC", "unit-awaiting-review", Kind.INCOMPLETE,
                        "Phòng Cải cách hành chính chưa có điểm G của đơn vị.")));

        assertThat(answer.getStatus()).isEqualTo(409);
        assertThat(answer.getEntity()).isEqualTo(new Problem("urn:snv:problem:month-incomplete", "Chưa thể công bố",
                409, "month-incomplete", detail, List.of(
                        new Problem.Violation("officers/50", "Trịnh Thị Thảo (CCHC) chưa tự đánh giá."),
                        new Problem.Violation("units/CCHC", "Phòng Cải cách hành chính chưa có điểm G của đơn vị."))));
    }

    @Test
    void noViolationRefusesNothing() {
        assertThatCode(() -> RuleViolationException.throwIfAny(Optional.empty())).doesNotThrowAnyException();
        assertThatCode(() -> RuleViolationException.throwIfAny(Optional.empty(), List.of())).doesNotThrowAnyException();
    }
}
