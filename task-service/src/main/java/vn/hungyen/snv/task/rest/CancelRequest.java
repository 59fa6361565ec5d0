package vn.hungyen.snv.task.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** POST /api/tasks/{id}/cancel body; {@code version} is the task version the client saw (alternative to If-Match). */
public record CancelRequest(
        @NotBlank(message = "cần lý do hủy nhiệm vụ")
        @Size(max = 2000, message = "lý do tối đa 2000 ký tự") String reason,
        Long version) {
}
