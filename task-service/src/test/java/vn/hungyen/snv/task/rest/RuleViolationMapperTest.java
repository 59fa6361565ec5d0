package vn.hungyen.snv.task.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.rest.Problem;
import vn.hungyen.snv.common.rest.ProblemException;
import vn.hungyen.snv.task.domain.RuleViolationException;
import vn.hungyen.snv.task.domain.Violation;
import vn.hungyen.snv.task.domain.Violation.Kind;

class RuleViolationMapperTest {

    private static final String DETAIL = "Nhiệm vụ đang chờ nghiệm thu; hãy nghiệm thu trước khi thay đổi.";

    private static Response answer(Kind kind) {
        RuleViolationException refused = catchThrowableOfType(RuleViolationException.class,
                () -> RuleViolationException.throwIfAny(Optional.of(new Violation(null, "awaiting-review", kind,
                        DETAIL))));
        return new RuleViolationMapper().refused(refused);
    }

    @Test
    void eachKindIsAnsweredWithTheStatusTitleAndBodyOfItsProblem() {
        assertThat(answer(Kind.FORBIDDEN)).returns(403, Response::getStatus).returns(
                ProblemException.forbidden("awaiting-review", DETAIL).problem(), Response::getEntity);
        assertThat(answer(Kind.CONFLICT)).returns(409, Response::getStatus).returns(
                ProblemException.conflict("awaiting-review", DETAIL).problem(), Response::getEntity);
        assertThat(answer(Kind.UNPROCESSABLE)).returns(422, Response::getStatus).returns(
                ProblemException.unprocessable("awaiting-review", DETAIL).problem(), Response::getEntity);
        assertThat(answer(Kind.INPUT).getStatus()).isEqualTo(400);
        assertThat(answer(Kind.CONFLICT).getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
    }

    @Test
    void noViolationRefusesNothing() {
        assertThatCode(() -> RuleViolationException.throwIfAny(Optional.empty())).doesNotThrowAnyException();
    }
}
