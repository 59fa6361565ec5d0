package vn.hungyen.snv.task.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.hungyen.snv.common.rest.Problem;

/** Two changes to one task raced and this one lost: a 409 the client answers by reloading, never a lost update. */
public class ConcurrencyMapper {

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e) {
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(Problem.of(409, "concurrent-change",
                "Xung đột trạng thái", "Nhiệm vụ vừa được người khác thay đổi. Hãy tải lại nhiệm vụ rồi thử lại."))
                .build();
    }
}
