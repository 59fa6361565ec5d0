package vn.hungyen.snv.task.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * POST /api/tasks/{id}/extensions/{extensionId}/decision body.
 *
 * @param objectiveCause approvals only: the cause is objective (nguyên nhân khách quan), so scoring uses the new date
 * @param version        the task version the client saw (alternative to If-Match)
 */
public record ExtensionDecisionRequest(
        @NotNull(message = "cần quyết định: approved = true (đồng ý) hoặc false (không đồng ý)") Boolean approved,
        Boolean objectiveCause,
        @Size(max = 2000, message = "ghi chú tối đa 2000 ký tự") String note,
        Long version) {
}
