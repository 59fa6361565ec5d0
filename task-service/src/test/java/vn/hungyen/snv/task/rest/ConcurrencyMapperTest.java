package vn.hungyen.snv.task.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.rest.Problem;

class ConcurrencyMapperTest {

    @Test
    void aLostRaceIsAConflictProblemNotAServerError() {
        Response response = new ConcurrencyMapper().concurrentChange(new OptimisticLockException("stale"));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.code()).isEqualTo("concurrent-change");
        assertThat(problem.detail()).contains("tải lại");
    }
}
