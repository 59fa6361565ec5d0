package vn.hungyen.snv.task.rest;

import jakarta.validation.constraints.NotNull;

/** PUT /api/tasks/{id}/assignee body; {@code version} is the task version the client saw (alternative to If-Match). */
public record AssigneeRequest(
        @NotNull(message = "cần mã cán bộ được giao (assigneeId)") Long assigneeId,
        Long version) {
}
